#pragma once
// Internal to core/explain: the data tables behind ErrorCatalogue.h and the helpers that turn
// a table row into an Explanation. Not part of the contract; tests may include it.

#include "explain/ErrorCatalogue.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tpm::explain::detail {

// --- TPM 1.2 return codes (TpmReturnCodes.cpp) ---
const CatalogueEntry* findTpmCode(std::uint32_t code);
// "TPM_INVALID_POSTINIT", "INVALID_POSTINIT", "TPM_E_INVALID_POSTINIT"; case-insensitive.
const CatalogueEntry* findTpmName(std::string_view name);

// --- TSS codes as trousers/tpm-tools report them (TssCodes.cpp) ---
inline constexpr std::uint32_t kLayerTpm = 0x0000;
inline constexpr std::uint32_t kLayerTddl = 0x1000;
inline constexpr std::uint32_t kLayerTcs = 0x2000;
inline constexpr std::uint32_t kLayerTsp = 0x3000;
inline constexpr std::uint32_t kLayerMask = 0xF000;
inline constexpr std::uint32_t kCodeMask = 0x0FFF;

std::span<const CatalogueEntry> tssCommonCodes(); // TSS_E_* valid in every layer (0x002..0x022)
std::span<const CatalogueEntry> tddlCodes();      // TDDL_E_* (0x081..0x089)
std::span<const CatalogueEntry> tcsCodes();       // TCS_E_* (0x0C1..0x0CD)
std::span<const CatalogueEntry> tspCodes();       // TSS_E_* of the TSP (0x101..0x142)
// Layer-specific rewrites for codes whose meaning depends on the layer (0x1087, 0x3011, ...).
std::span<const CatalogueEntry> tssLayerOverrides();
const char* tssLayerName(std::uint32_t layer); // "TDDL", "TCS", "TSP"; nullptr for others
// A full TSS code 0x1000..0x3FFF; std::nullopt when the layer or the code is unknown.
std::optional<Explanation> explainTssCode(std::uint32_t fullCode);
// "TDDL_E_IOERROR" -> 0x1087, "TCS_E_BAD_INDEX" -> 0x20CD, "TSS_E_NO_CONNECTION" -> 0x3102.
std::optional<std::uint32_t> findTssName(std::string_view upperName);

// --- TPM 2.0 and tpm2-tss codes, TSS2_RC (Tpm2Codes.cpp) ---
std::span<const CatalogueEntry> tpm2Codes(); // keyed by base code (format 1: 0x080 | code)
Explanation explainTss2(std::uint32_t rc);
bool isListedTpm2Code(std::uint32_t rc); // its base code has words in the table
// The words for what the failing step was doing (context.step: "create-srk", "clear", ...),
// where the TPM 2.0 code means something particular there.
void fitTss2ToStep(Explanation& out, std::uint32_t rc, const Context& context);

// --- errno values met with /dev/tpm0 or the swtpm socket (ErrnoCodes.cpp) ---
std::span<const CatalogueEntry> errnoCodes(); // code = errno number (Linux)
const CatalogueEntry* findErrno(int number);
const CatalogueEntry* findErrnoName(std::string_view upperName); // "ETIME"

// --- this project's own error kinds (InternalCodes.cpp) ---
std::span<const CatalogueEntry> protocolCodes(); // code = ProtocolErrorCode
std::span<const CatalogueEntry> cryptoCodes();   // code = CryptoErrorCode
std::span<const CatalogueEntry> engineCodes();   // code = EngineStopCode
const CatalogueEntry& usageEntry();
const CatalogueEntry& engineEntry(); // a stop code without its own entry

// --- shared helpers (Text.cpp) ---
Explanation fromEntry(const CatalogueEntry& entry, std::string code);
// "0x26", "0x0B", "0x803", "0x1087": upper-case digits, at least minDigits of them.
std::string hexCode(std::uint32_t value, int minDigits = 2);
std::string upper(std::string_view text);
bool containsNoCase(std::string_view haystack, std::string_view needle);
// "3015000 4508000 180995000 [original]" -> "3 s / 4.5 s / 181 s"; empty if unparsable.
std::string durationsInSeconds(std::string_view sysfsLine);
std::string secondsText(std::uint32_t microseconds); // 180995000 -> "181 s", 4508000 -> "4.5 s"
void appendSentence(std::string& text, std::string_view sentence);

// --- context fitting (TpmContext.cpp, SystemContext.cpp) ---
void fitTpm(Explanation& out, std::uint32_t rc, const Context& context);
void fitSystem(Explanation& out, int err, const Context& context);
// Firmware-setup steps shared by the presence explanations.
inline constexpr const char* kFirmwareSetupSteps =
    "Restart the computer and open the firmware setup (usually F1, F2, Del or Esc at "
    "power-on). Go to \"Security > Security Chip\" on ThinkPads, or \"Security > TPM\" "
    "(sometimes \"Trusted Computing\") elsewhere. There, enable and activate the TPM, or "
    "clear it if it already has an owner you cannot use. Save, restart, and run the wizard "
    "again: taking ownership needs no physical presence and continues from here.";
inline std::string firmwareSetupSteps() {
    return kFirmwareSetupSteps;
}

} // namespace tpm::explain::detail
