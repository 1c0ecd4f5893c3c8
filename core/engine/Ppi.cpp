#include "engine/Ppi.h"

#include <cctype>
#include <charconv>

namespace tpm {

namespace {

// A leading unsigned number (decimal, or 0x hex) and where it ended; nullopt if none.
std::optional<std::uint64_t> number(std::string_view& text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    int base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        base = 16;
        text.remove_prefix(2);
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (ec != std::errc{} || end == text.data())
        return std::nullopt;
    text.remove_prefix(static_cast<std::size_t>(end - text.data()));
    return value;
}

std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto nl = text.find('\n');
        out.push_back(text.substr(0, nl));
        if (nl == std::string_view::npos)
            break;
        text.remove_prefix(nl + 1);
    }
    return out;
}

} // namespace

std::vector<PpiOperation> parsePpiOperations(std::string_view text) {
    std::vector<PpiOperation> out;
    for (std::string_view line : lines(text)) {
        const auto op = number(line);
        const auto status = number(line);
        if (!op || !status || *op > 0xFFFFFFFF || *status < 1 || *status > 4)
            continue; // not an operation line, or a status the kernel would not list
        out.push_back({static_cast<std::uint32_t>(*op), static_cast<PpiOperationStatus>(*status)});
    }
    return out;
}

std::optional<PpiResponse> parsePpiResponse(std::string_view text) {
    std::string_view rest = text;
    const auto first = number(rest);
    if (!first)
        return std::nullopt;
    PpiResponse r;
    const auto second = number(rest);
    if (!second) { // "0: No Recent Request"
        if (*first != 0)
            return std::nullopt;
        return r;
    }
    if (*first > 0xFFFFFFFF)
        return std::nullopt;
    r.request = static_cast<std::uint32_t>(*first);
    r.result = *second;
    if (r.result == 0)
        r.outcome = PpiResponse::Outcome::Success;
    else if (r.result == 0xFFFFFFF0)
        r.outcome = PpiResponse::Outcome::UserAbort;
    else if (r.result == 0xFFFFFFF1)
        r.outcome = PpiResponse::Outcome::FirmwareFailure;
    else if (r.result <= 0xFFF)
        r.outcome = PpiResponse::Outcome::TpmError;
    else
        r.outcome = PpiResponse::Outcome::Error;
    return r;
}

std::optional<int> parsePpiTransitionAction(std::string_view text) {
    const auto action = number(text);
    if (!action || *action > 4)
        return std::nullopt;
    return static_cast<int>(*action);
}

std::optional<std::uint32_t> parsePpiRequest(std::string_view text) {
    const auto request = number(text);
    if (!request || *request > 0xFFFFFFFF)
        return std::nullopt;
    return static_cast<std::uint32_t>(*request);
}

std::string ppiStatusName(PpiOperationStatus status) {
    switch (status) {
    case PpiOperationStatus::NotImplemented:
        return "not-implemented";
    case PpiOperationStatus::FirmwareOnly:
        return "firmware-only";
    case PpiOperationStatus::Blocked:
        return "blocked";
    case PpiOperationStatus::UserRequired:
        return "user-required";
    case PpiOperationStatus::NoConfirmation:
        return "no-confirmation";
    }
    return "unknown";
}

std::string ppiStatusWords(PpiOperationStatus status) {
    switch (status) {
    case PpiOperationStatus::NotImplemented:
        return "not offered";
    case PpiOperationStatus::FirmwareOnly:
        return "only in the firmware setup";
    case PpiOperationStatus::Blocked:
        return "blocked for the operating system by the firmware";
    case PpiOperationStatus::UserRequired:
        return "offered; the firmware asks for confirmation at the next boot";
    case PpiOperationStatus::NoConfirmation:
        return "offered; carried out at the next boot without asking";
    }
    return "unknown";
}

std::string ppiOutcomeName(PpiResponse::Outcome outcome) {
    switch (outcome) {
    case PpiResponse::Outcome::NoRecentRequest:
        return "no-recent-request";
    case PpiResponse::Outcome::Success:
        return "success";
    case PpiResponse::Outcome::UserAbort:
        return "user-abort";
    case PpiResponse::Outcome::FirmwareFailure:
        return "firmware-failure";
    case PpiResponse::Outcome::TpmError:
        return "tpm-error";
    case PpiResponse::Outcome::Error:
        return "error";
    }
    return "error";
}

std::string ppiOutcomeWords(const PpiResponse& r) {
    const std::string op = "operation " + std::to_string(r.request);
    switch (r.outcome) {
    case PpiResponse::Outcome::NoRecentRequest:
        return "no request was answered recently";
    case PpiResponse::Outcome::Success:
        return "the firmware carried out " + op;
    case PpiResponse::Outcome::UserAbort:
        return "the request for " + op + " was rejected in the firmware; nothing changed";
    case PpiResponse::Outcome::FirmwareFailure:
        return "the firmware failed to carry out " + op;
    case PpiResponse::Outcome::TpmError:
        return "the TPM refused " + op + " (TPM code " + std::to_string(r.result) + ")";
    case PpiResponse::Outcome::Error:
        return "the firmware reported an error for " + op;
    }
    return {};
}

std::string ppiTransitionWords(int action) {
    switch (action) {
    case 0:
        return "nothing more is needed";
    case 1:
        return "the computer must be shut down and switched on again";
    case 2:
        return "the computer must be restarted";
    case 3:
        return "the operating system's own way (vendor-specific)";
    default:
        return "unknown";
    }
}

std::string ppiTpm2OperationName(std::uint32_t operation) {
    switch (operation) {
    case 0:
        return "no-op";
    case 1:
        return "enable";
    case 2:
        return "disable";
    case 5:
        return "clear";
    case 14:
        return "enable-clear";
    case 21:
    case 22:
        return "enable-clear-variant";
    case 23:
        return "set-pcr-banks";
    case 24:
        return "change-eps";
    case 33:
        return "log-all-digests";
    case 34:
        return "disable-endorsement-enable-storage";
    default:
        return {};
    }
}

} // namespace tpm
