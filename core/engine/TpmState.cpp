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
    return {};
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
