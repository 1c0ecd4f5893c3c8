#pragma once
// Plain-words explanations for every code a user can meet: TPM 1.2 return codes, the TSS
// layer codes tpm-tools prints, errno values from the kernel driver, and this project's own
// protocol/crypto errors. English text; the wizard translates through the same strings.

#include "protocol/Result.h"
#include "protocol/Structures.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tpm::explain {

// What the engine knows when something fails; lets an explanation fit the step.
struct Context {
    std::string step;               // engine step id: "physical-presence", "take-ownership", ...
    std::uint32_t ordinal = 0;      // the command that failed (0: none / not a command)
    std::uint16_t presenceBits = 0; // for TSC_PhysicalPresence: the bits that were sent
    std::optional<PermanentFlags> permanent;
    std::optional<StclearFlags> stclear;
    std::string vendor;                    // "STM"
    std::string chipVersion;               // "1.2.13.12"
    std::string sysfsDurations;            // kernel's sysfs durations line, if read
    std::optional<Durations> tpmDurations; // what the TPM reports
    int attempts = 0;                      // tries the engine made of this step
    bool recovered = false;                // the engine already fixed it (e.g. Startup after 0x26)
    std::string deviceHolder;              // EBUSY: "tcsd (pid 812)" when /proc shows it
    bool emulated = false;                 // swtpm over TCP: no kernel driver in between
    std::string devicePath;                // "/dev/tpm0"
};

struct Explanation {
    std::string code;       // "0x26", "0x1087", "ETIME"
    std::string name;       // "TPM_INVALID_POSTINIT", "TDDL_E_IOERROR", "ETIME"
    std::string meaning;    // one line
    std::string detail;     // why it happens, fitted to the context; may be several sentences
    std::string nextAction; // what to do now (or what was done automatically)
    bool harmless = false;  // e.g. 0x03 on CMD_ENABLE when CMD_ENABLE is already set
};

// Explains any core error in its context.
Explanation explain(const Error& error, const Context& context = {});

// For `tpmprov explain CODE`: "0x26", "38", "0x1087", "ETIME", "EBUSY", "TPM_E_..." names.
// Codes 0x1000-0x3FFF are TSS layer codes (TDDL/TCS/TSP) as tpm-tools prints them.
std::optional<Explanation> explainCodeText(std::string_view text);

struct CatalogueEntry {
    std::uint32_t code;
    const char* name;
    const char* meaning;
    const char* detail;
    const char* nextAction;
};
// The whole TPM 1.2 table (base and non-fatal codes), for tests and docs.
std::span<const CatalogueEntry> tpmReturnCodes();

} // namespace tpm::explain
