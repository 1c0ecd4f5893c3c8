// explain() and explainCodeText(): pick the table row for an error and fit it to the context.

#include "explain/ErrorCatalogue.h"

#include "CatalogueInternal.h"
#include "protocol/Constants.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace tpm::explain {
namespace {

using namespace detail;

constexpr std::uint32_t kVendorFatalFirst = 0x400;
constexpr std::uint32_t kVendorFatalLast = 0x7FF;
constexpr std::uint32_t kVendorNonFatalFirst = 0xC00;
constexpr std::uint32_t kVendorNonFatalLast = 0xFFF;
// Windows shows TPM 1.2 codes as TPM_E_* = 0x80280000 | code.
constexpr std::uint32_t kWindowsTpmBase = 0x80280000;

Explanation successExplanation() {
    Explanation out;
    out.code = "0x00";
    out.name = "TPM_SUCCESS";
    out.meaning = "No error: the command succeeded.";
    out.detail = "A return code of 0 means the TPM did what was asked.";
    out.nextAction = "Nothing to do.";
    out.harmless = true;
    return out;
}

// TPM codes outside the table: vendor ranges, unassigned values, TPM 2.0 answers.
Explanation unlistedTpmCode(std::uint32_t rc) {
    Explanation out;
    out.code = hexCode(rc);
    const bool vendorFatal = rc >= kVendorFatalFirst && rc <= kVendorFatalLast;
    const bool vendorNonFatal = rc >= kVendorNonFatalFirst && rc <= kVendorNonFatalLast;
    if (vendorFatal || vendorNonFatal) {
        out.name = vendorFatal ? "TPM_VENDOR_ERROR" : "TPM_VENDOR_NONFATAL";
        out.meaning = "The chip returned an error code its vendor defined.";
        out.detail = vendorFatal
                         ? "Codes 0x400-0x7FF are fatal errors defined by the chip's maker, not "
                           "by the TPM specification; only the vendor documents them."
                         : "Codes 0xC00-0xFFF are non-fatal conditions defined by the chip's "
                           "maker; the command may succeed if repeated later.";
        out.nextAction = vendorFatal
                             ? "Shut the computer down completely, start again and retry. If it "
                               "repeats, report the code with the chip's vendor and version."
                             : "Wait a moment and retry. If it repeats, report the code with the "
                               "chip's vendor and version.";
        return out;
    }
    out.name = "TPM_UNKNOWN_CODE";
    out.meaning = "The TPM returned a code that the TPM 1.2 specification does not define.";
    out.detail = "TPM 1.2 return codes go up to 0x63 and 0x800-0x803.";
    if (rc == rc::Tpm2BadTag) {
        out.detail += " 0x84 is what a TPM 2.0 answers to a TPM 1.2 command (TPM_RC_BAD_TAG): "
                      "this machine most likely has a TPM 2.0, which this version does not "
                      "provision.";
        out.nextAction = "Use tpm2-tools or systemd-cryptenroll for a TPM 2.0.";
        return out;
    }
    out.nextAction = "Report the code with the chip's vendor and version.";
    return out;
}

Explanation explainTpm(std::uint32_t rc) {
    if (rc == 0) {
        return successExplanation();
    }
    if (const CatalogueEntry* entry = findTpmCode(rc)) {
        return fromEntry(*entry, hexCode(rc));
    }
    if ((rc & kLayerMask) != 0 && rc <= 0x3FFF) {
        if (auto tss = explainTssCode(rc)) {
            return *tss;
        }
    }
    return unlistedTpmCode(rc);
}

Explanation explainErrno(int err) {
    if (const CatalogueEntry* entry = findErrno(err)) {
        return fromEntry(*entry, entry->name);
    }
    Explanation out;
    out.code = "errno " + std::to_string(err);
    out.name = out.code;
    out.meaning = "A system call failed: " + std::string{std::strerror(err)} + ".";
    out.detail = "The operating system refused or failed an operation on the TPM device or "
                 "connection.";
    out.nextAction = "Retry once; if it repeats, report the message with the step that failed.";
    return out;
}

Explanation fromTable(std::span<const CatalogueEntry> table, std::uint32_t code,
                      const char* prefix) {
    for (const CatalogueEntry& entry : table) {
        if (entry.code == code) {
            return fromEntry(entry, std::string{prefix} + std::to_string(code));
        }
    }
    Explanation out;
    out.code = std::string{prefix} + std::to_string(code);
    out.name = "UNKNOWN";
    out.meaning = "An internal error without a catalogue entry.";
    out.detail = "This error code is not described yet.";
    out.nextAction = "Report it with the message shown.";
    return out;
}

// --- code text parsing ---

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::strchr(" \t\r\n", text.front()) != nullptr) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::strchr(" \t\r\n", text.back()) != nullptr) {
        text.remove_suffix(1);
    }
    return text;
}

std::optional<std::uint32_t> parseNumber(std::string_view digits, int base) {
    if (digits.empty() || digits.size() > 10) {
        return std::nullopt;
    }
    std::uint32_t value = 0;
    const auto [ptr, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
    if (ec != std::errc{} || ptr != digits.data() + digits.size()) {
        return std::nullopt;
    }
    return value;
}

// "0x26", "0X00001087", "26h", "38" -> the number; anything else -> nullopt.
std::optional<std::uint32_t> parseCodeNumber(std::string_view text) {
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        return parseNumber(text.substr(2), 16);
    }
    if (text.size() > 1 && (text.back() == 'h' || text.back() == 'H')) {
        return parseNumber(text.substr(0, text.size() - 1), 16);
    }
    return parseNumber(text, 10);
}

std::optional<Explanation> explainNumber(std::uint32_t value) {
    if (value >= kWindowsTpmBase && value <= kWindowsTpmBase + 0xFFF) {
        value -= kWindowsTpmBase;
    }
    if (value == 0) {
        return successExplanation();
    }
    if (value < 0x1000) {
        if (const CatalogueEntry* entry = findTpmCode(value)) {
            return fromEntry(*entry, hexCode(value));
        }
        const bool vendor = (value >= kVendorFatalFirst && value <= kVendorFatalLast) ||
                            (value >= kVendorNonFatalFirst && value <= kVendorNonFatalLast);
        if (vendor) {
            return unlistedTpmCode(value);
        }
        // Bit 7 (format 1) or bit 8 (TPM 2.0 format 0) on a code the TPM 2.0 table lists: no
        // TPM 1.2 code has either bit.
        if ((value & 0x180) && isListedTpm2Code(value)) {
            Explanation e = explainTss2(value);
            appendSentence(e.detail, "This number is a TPM 2.0 code (TPM 1.2 codes have "
                                     "neither bit 7 nor bit 8 set).");
            return e;
        }
        return std::nullopt;
    }
    if (value <= 0x3FFF) {
        return explainTssCode(value);
    }
    // tpm2-tss codes carry their layer in bits 16-23 (6 FAPI ... 12 resource manager).
    if (const std::uint32_t layer = value >> 16; layer >= 6 && layer <= 12) {
        return explainTss2(value);
    }
    return std::nullopt;
}

std::optional<Explanation> explainErrnoText(std::string_view text) {
    if (const auto number = parseNumber(text, 10)) {
        if (const CatalogueEntry* entry = findErrno(static_cast<int>(*number))) {
            return fromEntry(*entry, entry->name);
        }
        return std::nullopt;
    }
    if (const CatalogueEntry* entry = findErrnoName(upper(text))) {
        return fromEntry(*entry, entry->name);
    }
    return std::nullopt;
}

std::optional<Explanation> explainName(const std::string& name) {
    if (const CatalogueEntry* entry = findErrnoName(name)) {
        return fromEntry(*entry, entry->name);
    }
    if (name == "TPM_SUCCESS" || name == "TSS_SUCCESS") {
        return successExplanation();
    }
    if (const auto tss = findTssName(name)) {
        return explainTssCode(*tss);
    }
    if (const CatalogueEntry* entry = findTpmName(name)) {
        return fromEntry(*entry, hexCode(entry->code));
    }
    for (const CatalogueEntry& entry : protocolCodes()) {
        if (name == entry.name) {
            return fromEntry(entry, "protocol:" + std::to_string(entry.code));
        }
    }
    for (const CatalogueEntry& entry : cryptoCodes()) {
        if (name == entry.name) {
            return fromEntry(entry, "crypto:" + std::to_string(entry.code));
        }
    }
    for (const CatalogueEntry& entry : engineCodes()) {
        if (name == entry.name) {
            return fromEntry(entry, "engine:" + std::to_string(entry.code));
        }
    }
    return std::nullopt;
}

bool isPlainDecimal(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// "-62": the kernel logs failures as negative errno values ("tpm_send: error -62").
std::optional<Explanation> explainNegativeErrno(std::string_view digits) {
    const auto number = parseNumber(digits, 10);
    if (!number)
        return std::nullopt;
    const CatalogueEntry* entry = findErrno(static_cast<int>(*number));
    if (entry == nullptr)
        return std::nullopt;
    Explanation out = fromEntry(*entry, entry->name);
    appendSentence(out.detail, "The kernel logs this error as the negative number -" +
                                   std::string(digits) + ".");
    return out;
}

// A plain decimal number can be a TPM code and an errno at once (62: TPM_READ_ONLY and
// ETIME): the TPM meaning comes first, and the other is named, so neither is missed.
std::optional<Explanation> explainDecimal(std::string_view text, std::uint32_t value) {
    auto asTpm = explainNumber(value);
    const CatalogueEntry* asErrno = findErrno(static_cast<int>(value));
    if (asErrno == nullptr)
        return asTpm;
    if (!asTpm)
        return fromEntry(*asErrno, asErrno->name);
    appendSentence(asTpm->detail,
                   "Note: " + std::string(text) + " is also the Linux error number " +
                       asErrno->name + " (" + asErrno->meaning +
                       "), which the kernel logs as \"error -" + std::string(text) +
                       "\"; if the number came from the kernel log, see `tpmprov explain " +
                       asErrno->name + "`.");
    return asTpm;
}

bool isNameLike(std::string_view text) {
    for (char ch : text) {
        const bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                        (ch >= '0' && ch <= '9') || ch == '_';
        if (!ok) {
            return false;
        }
    }
    return !text.empty();
}

} // namespace

Explanation explain(const Error& error, const Context& context) {
    Explanation out;
    switch (error.kind) {
    case ErrorKind::Tpm:
        out = explainTpm(error.code);
        if (error.code < 0x1000) {
            fitTpm(out, error.code, context);
        }
        break;
    case ErrorKind::System:
        out = explainErrno(static_cast<int>(error.code));
        fitSystem(out, static_cast<int>(error.code), context);
        break;
    case ErrorKind::Protocol:
        out = fromTable(protocolCodes(), error.code, "protocol:");
        break;
    case ErrorKind::Crypto:
        out = fromTable(cryptoCodes(), error.code, "crypto:");
        if (error.code == static_cast<std::uint32_t>(CryptoErrorCode::ResponseAuthMismatch) &&
            (context.ordinal == ordinal::TakeOwnership || context.step == "take-ownership")) {
            appendSentence(out.detail,
                           "The TPM answered TakeOwnership with success, so it is probably "
                           "owned now; the answer is checked with the new owner password.");
            out.nextAction = "Do not take ownership again: read the owned flag, then verify the "
                             "owner password you chose. If it does not work, clear the TPM in "
                             "the firmware setup and run the wizard again.";
        }
        break;
    case ErrorKind::Usage:
        out = fromEntry(usageEntry(), "usage");
        break;
    case ErrorKind::Tss2:
        out = explainTss2(error.code);
        fitTss2ToStep(out, error.code, context);
        break;
    case ErrorKind::Engine:
        out = fromTable(engineCodes(), error.code, "engine:");
        if (out.name == "UNKNOWN") {
            out = fromEntry(engineEntry(), "engine:" + std::to_string(error.code));
        }
        break;
    }
    if (!error.detail.empty()) {
        if (error.kind == ErrorKind::Usage) {
            out.meaning = error.detail; // the message is the explanation
        } else if (error.kind == ErrorKind::Engine) {
            std::string detail = error.detail;
            appendSentence(detail, out.detail);
            out.detail = std::move(detail);
        } else {
            appendSentence(out.detail, "(Technical detail: " + error.detail + ")");
        }
    }
    return out;
}

std::optional<Explanation> explainCodeText(std::string_view rawText) {
    const std::string_view text = trim(rawText);
    if (text.empty() || text.size() > 64) {
        return std::nullopt;
    }
    const std::string up = upper(text);
    if (up.starts_with("ERRNO")) {
        std::string_view rest = text.substr(5);
        if (!rest.empty() && (rest.front() == ':' || rest.front() == '=' || rest.front() == ' ')) {
            rest.remove_prefix(1);
        }
        return explainErrnoText(trim(rest));
    }
    if (text.front() == '-' && isPlainDecimal(text.substr(1))) {
        return explainNegativeErrno(text.substr(1));
    }
    if (const auto number = parseCodeNumber(text)) {
        return isPlainDecimal(text) ? explainDecimal(text, *number) : explainNumber(*number);
    }
    if (isNameLike(text)) {
        return explainName(up);
    }
    return std::nullopt;
}

} // namespace tpm::explain
