#pragma once
// The ACPI Physical Presence Interface as the kernel shows it under
// /sys/class/tpm/tpmN/ppi (drivers/char/tpm/tpm_ppi.c): the operations the firmware offers
// with their status, the pending request, the firmware's answer to the last one, and what
// the next boot takes to carry it out. Parsed from the files' text, so it works on a sysfs
// tree a test made.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tpm {

// tcg_operations: "5 3: User required" -> {5, UserRequired}.
enum class PpiOperationStatus : std::uint8_t {
    NotImplemented = 0,
    FirmwareOnly = 1,   // "BIOS only": the OS may not request it
    Blocked = 2,        // "Blocked for OS by BIOS"
    UserRequired = 3,   // the firmware asks the person at the next boot
    NoConfirmation = 4, // "User not required"
};

struct PpiOperation {
    std::uint32_t operation = 0;
    PpiOperationStatus status = PpiOperationStatus::NotImplemented;
};

// response: "5 0: Success", "5 0xFFFFFFF0: User Abort", "0: No Recent Request", ...
struct PpiResponse {
    enum class Outcome { NoRecentRequest, Success, UserAbort, FirmwareFailure, TpmError, Error };
    std::uint32_t request = 0; // the operation answered (0: none)
    std::uint64_t result = 0;
    Outcome outcome = Outcome::NoRecentRequest;
};

struct PpiState {
    std::string version;                  // "1.3"
    std::vector<PpiOperation> operations; // offered: status 1..4 (the kernel lists no others)
    std::optional<std::uint32_t> request; // pending request ("0": none)
    std::optional<PpiResponse> response;
    std::optional<int> transitionAction; // 0 none, 1 shutdown, 2 reboot, 3 OS vendor-specific
};

std::vector<PpiOperation> parsePpiOperations(std::string_view text);
std::optional<PpiResponse> parsePpiResponse(std::string_view text);
std::optional<int> parsePpiTransitionAction(std::string_view text);  // "2: Reboot" -> 2
std::optional<std::uint32_t> parsePpiRequest(std::string_view text); // "0" / "5" / "23 4"

std::string ppiStatusName(PpiOperationStatus status); // "user-required"
std::string ppiStatusWords(PpiOperationStatus status);
std::string ppiOutcomeName(PpiResponse::Outcome outcome); // "user-abort"
std::string ppiOutcomeWords(const PpiResponse& response);
std::string ppiTransitionWords(int action); // "the computer restarts"
// The TPM 2.0 operation's name ("clear", "enable-clear"), or "" when it has none here.
std::string ppiTpm2OperationName(std::uint32_t operation);

} // namespace tpm
