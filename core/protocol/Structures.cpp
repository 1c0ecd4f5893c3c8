// Version, flag and capability structures (the GetCapability answers the wizard reads).
// Key structures are in KeyStructures.cpp.

#include "Structures.h"

#include "Constants.h"
#include "ParseSupport.h"

#include <algorithm>

namespace tpm {

namespace {

constexpr PermanentFlagField kPermanentFlagFields[] = {
    {"disable", &PermanentFlags::disable},
    {"ownership", &PermanentFlags::ownership},
    {"deactivated", &PermanentFlags::deactivated},
    {"readPubek", &PermanentFlags::readPubek},
    {"disableOwnerClear", &PermanentFlags::disableOwnerClear},
    {"allowMaintenance", &PermanentFlags::allowMaintenance},
    {"physicalPresenceLifetimeLock", &PermanentFlags::physicalPresenceLifetimeLock},
    {"physicalPresenceHWEnable", &PermanentFlags::physicalPresenceHWEnable},
    {"physicalPresenceCMDEnable", &PermanentFlags::physicalPresenceCMDEnable},
    {"CEKPUsed", &PermanentFlags::CEKPUsed},
    {"TPMpost", &PermanentFlags::TPMpost},
    {"TPMpostLock", &PermanentFlags::TPMpostLock},
    {"FIPS", &PermanentFlags::FIPS},
    {"operator", &PermanentFlags::tpmOperator},
    {"enableRevokeEK", &PermanentFlags::enableRevokeEK},
    {"nvLocked", &PermanentFlags::nvLocked},
    {"readSRKPub", &PermanentFlags::readSRKPub},
    {"tpmEstablished", &PermanentFlags::tpmEstablished},
    {"maintenanceDone", &PermanentFlags::maintenanceDone},
    {"disableFullDALogicInfo", &PermanentFlags::disableFullDALogicInfo},
};

constexpr StclearFlagField kStclearFlagFields[] = {
    {"deactivated", &StclearFlags::deactivated},
    {"disableForceClear", &StclearFlags::disableForceClear},
    {"physicalPresence", &StclearFlags::physicalPresence},
    {"physicalPresenceLock", &StclearFlags::physicalPresenceLock},
    {"bGlobalLock", &StclearFlags::bGlobalLock},
};

static_assert(std::size(kPermanentFlagFields) == PermanentFlags::kPermanentFlagCount);
static_assert(std::size(kStclearFlagFields) == StclearFlags::kStclearFlagCount);

Result<void> expectStructTag(ByteReader& reader, std::uint16_t expected, std::string_view what) {
    std::uint16_t found = 0;
    if (!reader.readU16(found))
        return detail::truncated(what);
    if (found != expected)
        return Error::protocol(ProtocolErrorCode::BadTag, std::string(what) + ": tag " +
                                                              detail::hex16(found) + ", expected " +
                                                              detail::hex16(expected));
    return {};
}

// The flags the engine decides on: permanent flags up to physicalPresenceCMDEnable, and the
// stclear flags up to physicalPresenceLock. A blob shorter than that is truncated.
constexpr std::size_t kRequiredPermanentFlags = 9;
constexpr std::size_t kRequiredStclearFlags = 4;

// Flags blobs: a structure tag, then one TPM_BOOL per field in wire order. Spec revisions
// add flags at the end, so a blob may stop after `required` fields (the rest read FALSE and
// are counted as not reported) or carry flags this version does not know (ignored).
template <class Flags, class Field>
Result<Flags> parseFlagBlob(ByteView blob, std::uint16_t structTag, std::span<const Field> fields,
                            std::size_t required, std::string_view what) {
    ByteReader reader(blob);
    if (auto tagOk = expectStructTag(reader, structTag, what); !tagOk)
        return tagOk.error();
    if (reader.remaining() < required)
        return detail::truncated(what);
    Flags flags;
    flags.reported = 0;
    for (const Field& field : fields) {
        std::uint8_t raw = 0;
        if (!reader.readU8(raw))
            break;
        // TPM_BOOL is 0 or 1 (libtpms rejects other values on input too).
        if (raw > 1)
            return detail::badValue(what, std::string(field.name) + " is " + std::to_string(raw) +
                                              ", not a TPM_BOOL");
        flags.*(field.member) = raw == 1;
        ++flags.reported;
    }
    return flags;
}

} // namespace

std::string Version::toString() const {
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(revMajor) +
           "." + std::to_string(revMinor);
}

std::span<const PermanentFlagField> permanentFlagFields() {
    return kPermanentFlagFields;
}
std::span<const StclearFlagField> stclearFlagFields() {
    return kStclearFlagFields;
}

std::string CapVersionInfo::vendorIdString() const {
    // Vendors pad with spaces or NULs ("STM ", "IBM\0"); the first non-printable byte ends it.
    std::string text;
    for (std::uint8_t c : vendorId) {
        if (c < 0x20 || c >= 0x7F)
            break;
        text.push_back(static_cast<char>(c));
    }
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    return text;
}

Result<PermanentFlags> parsePermanentFlags(ByteView blob) {
    return parseFlagBlob<PermanentFlags>(blob, structtag::PermanentFlags, permanentFlagFields(),
                                         kRequiredPermanentFlags, "TPM_PERMANENT_FLAGS");
}

Result<StclearFlags> parseStclearFlags(ByteView blob) {
    return parseFlagBlob<StclearFlags>(blob, structtag::StclearFlags, stclearFlagFields(),
                                       kRequiredStclearFlags, "TPM_STCLEAR_FLAGS");
}

Result<CapVersionInfo> parseCapVersionInfo(ByteView blob) {
    constexpr std::string_view what = "TPM_CAP_VERSION_INFO";
    ByteReader reader(blob);
    if (auto tagOk = expectStructTag(reader, structtag::CapVersionInfo, what); !tagOk)
        return tagOk.error();
    CapVersionInfo info;
    ByteView vendorId;
    ByteView vendorSpecific;
    if (!detail::readVersion(reader, info.version) || !reader.readU16(info.specLevel) ||
        !reader.readU8(info.errataRev) || !reader.readBytes(info.vendorId.size(), vendorId) ||
        !reader.readSized16(vendorSpecific))
        return detail::truncated(what);
    if (auto end = detail::expectEnd(reader, what); !end)
        return end.error();
    std::copy(vendorId.begin(), vendorId.end(), info.vendorId.begin());
    info.vendorSpecific.assign(vendorSpecific.begin(), vendorSpecific.end());
    return info;
}

Result<Durations> parseDurations(ByteView blob) {
    constexpr std::string_view what = "TPM_CAP_PROP_DURATION";
    ByteReader reader(blob);
    Durations durations;
    if (!reader.readU32(durations.shortUs) || !reader.readU32(durations.mediumUs) ||
        !reader.readU32(durations.longUs))
        return detail::truncated(what);
    if (auto end = detail::expectEnd(reader, what); !end)
        return end.error();
    return durations;
}

Result<TisTimeouts> parseTisTimeouts(ByteView blob) {
    constexpr std::string_view what = "TPM_CAP_PROP_TIS_TIMEOUT";
    ByteReader reader(blob);
    TisTimeouts timeouts;
    if (!reader.readU32(timeouts.aUs) || !reader.readU32(timeouts.bUs) ||
        !reader.readU32(timeouts.cUs) || !reader.readU32(timeouts.dUs))
        return detail::truncated(what);
    if (auto end = detail::expectEnd(reader, what); !end)
        return end.error();
    return timeouts;
}

} // namespace tpm
