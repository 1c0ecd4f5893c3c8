#include "engine/TpmState.h"

namespace tpm {

std::string TpmState::vendor() const {
    if (tpm12.versionInfo) {
        std::string id = tpm12.versionInfo->vendorIdString();
        if (!id.empty())
            return id;
    }
    return manufacturer;
}

std::string TpmState::chipVersion() const {
    if (tpm12.versionInfo)
        return tpm12.versionInfo->version.toString();
    if (tpm12.legacyVersion)
        return tpm12.legacyVersion->toString();
    if (family == TpmFamily::Tpm20)
        return tpm2.firmwareVersion();
    return {};
}

std::string Tpm2Details::firmwareVersion() const {
    // TPM_PT_FIRMWARE_VERSION_1 holds the major and minor version in its two halves; the
    // second word is vendor-defined and shown only when set.
    if (firmwareVersion1 == 0 && firmwareVersion2 == 0)
        return {};
    std::string text =
        std::to_string(firmwareVersion1 >> 16) + "." + std::to_string(firmwareVersion1 & 0xFFFF);
    if (firmwareVersion2 != 0)
        text += "." + std::to_string(firmwareVersion2 >> 16) + "." +
                std::to_string(firmwareVersion2 & 0xFFFF);
    return text;
}

std::string fourCharText(std::uint32_t value) {
    std::string text;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto c = static_cast<char>((value >> shift) & 0xFF);
        if (c >= 0x20 && c < 0x7F)
            text.push_back(c);
    }
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    return text;
}

std::string familyName(TpmFamily family) {
    switch (family) {
    case TpmFamily::Tpm12:
        return "1.2";
    case TpmFamily::Tpm11:
        return "1.1";
    case TpmFamily::Tpm20:
        return "2.0";
    case TpmFamily::Unknown:
        break;
    }
    return "unknown";
}

std::string ekStatusName(EkStatus status) {
    switch (status) {
    case EkStatus::Present:
        return "present";
    case EkStatus::Absent:
        return "absent";
    case EkStatus::Unreadable:
        return "unreadable";
    case EkStatus::Unknown:
        break;
    }
    return "unknown";
}

} // namespace tpm
