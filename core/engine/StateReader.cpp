#include "engine/StateReader.h"

#include "crypto/Crypto.h"
#include "engine/Maintenance.h"
#include "protocol/ByteReader.h"
#include "protocol/Commands.h"
#include "protocol/Response.h"

#include <filesystem>

namespace tpm {

namespace {

constexpr std::uint32_t kCapVersion = 0x06; // TPM_CAP_VERSION: what a 1.1 chip answers

} // namespace

StateReader::StateReader(TpmClient& client, const SysfsReader* sysfs)
    : m_client(client), m_sysfs(sysfs) {}

Result<TpmState> StateReader::read() {
    TpmState state;
    const std::size_t recoveriesBefore = m_client.recoveries().size();
    auto result = readInto(state);
    const auto& all = m_client.recoveries();
    state.recoveries.assign(all.begin() + static_cast<std::ptrdiff_t>(recoveriesBefore), all.end());
    if (!result)
        return result.error();
    return state;
}

Result<void> StateReader::readInto(TpmState& state) {

    if (m_sysfs) {
        state.sysfs = m_sysfs->read();
        std::error_code ec;
        const std::string rm = m_sysfs->resourceManagerPath();
        // A TPM 2.0 is recognised before anything is sent to it.
        if ((state.sysfs && state.sysfs->versionMajor == 2) ||
            (!rm.empty() && std::filesystem::exists(rm, ec))) {
            state.family = TpmFamily::Tpm20;
            state.familyDetail = state.sysfs && state.sysfs->versionMajor == 2
                                     ? "the kernel reports tpm_version_major 2"
                                     : rm + " exists (only TPM 2.0 devices have one)";
            return {};
        }
    }

    if (auto version = readVersion(state); !version)
        return version.error();
    if (state.family == TpmFamily::Tpm12 && !state.awaitingStartup) {
        if (auto flags = readFlags(state); !flags)
            return flags.error();
        readTimings(state);
        readEndorsementKey(state);
    }
    return {};
}

Result<void> StateReader::readVersion(TpmState& state) {
    auto blob = m_client.getCapability(cap::VersionVal, 0);
    if (!blob && blob.error().kind == ErrorKind::Protocol &&
        blob.error().code == static_cast<std::uint32_t>(ProtocolErrorCode::Tpm2Response)) {
        state.family = TpmFamily::Tpm20;
        state.familyDetail = "it answered a TPM 1.2 command with a TPM 2.0 response tag";
        return {};
    }
    if (!blob && blob.error().isTpm(rc::InvalidPostInit)) {
        // Only a TPM 1.x answers a TPM 1.2 command with this code; the rest needs Startup.
        state.family = TpmFamily::Tpm12;
        state.familyDetail = "it answers TPM 1.2 commands, with TPM_INVALID_POSTINIT";
        state.awaitingStartup = true;
        return {};
    }
    if (blob) {
        auto info = parseCapVersionInfo(*blob);
        if (!info)
            return info.error();
        state.tpm12.versionInfo = std::move(info.value());
        state.family = TpmFamily::Tpm12;
        state.familyDetail = "TPM_CAP_VERSION_VAL";
        return {};
    }
    // Only "unknown capability" sends us to the 1.1 query; anything else is a real failure.
    if (!blob.error().isTpm(rc::BadMode) && !blob.error().isTpm(rc::BadParameter))
        return blob.error();

    // TPM 1.1 chips do not know TPM_CAP_VERSION_VAL; they answer TPM_CAP_VERSION. (A 1.2 chip
    // answers 1.1.0.0 there too, by spec, but every 1.2 chip knows TPM_CAP_VERSION_VAL.)
    auto legacy = m_client.getCapability(kCapVersion, 0);
    if (!legacy)
        return legacy.error();
    ByteReader reader(*legacy);
    Version v;
    if (!reader.readU8(v.major) || !reader.readU8(v.minor) || !reader.readU8(v.revMajor) ||
        !reader.readU8(v.revMinor) || !reader.atEnd())
        return Error::protocol(ProtocolErrorCode::LengthMismatch, "TPM_CAP_VERSION is not 4 bytes");
    state.tpm12.legacyVersion = v;
    // 1.1.0.0 is what the spec makes every 1.2 chip answer here, so only a 1.1 chip that
    // names its revision is certainly a 1.1.
    const bool namesRevision = v.revMajor != 0 || v.revMinor != 0;
    state.family =
        (v.major == 1 && v.minor == 1 && namesRevision) ? TpmFamily::Tpm11 : TpmFamily::Unknown;
    state.familyDetail = "TPM_CAP_VERSION " + v.toString() +
                         (namesRevision ? std::string{}
                                        : ", and no TPM_CAP_VERSION_VAL: a TPM 1.1, or a 1.2 "
                                          "chip that does not report its version");
    return {};
}

Result<void> StateReader::readFlags(TpmState& state) {
    auto permanent = m_client.getCapability(cap::Flag, cap::FlagPermanent);
    if (!permanent)
        return permanent.error();
    auto parsedPermanent = parsePermanentFlags(*permanent);
    if (!parsedPermanent)
        return parsedPermanent.error();
    state.tpm12.permanent = *parsedPermanent;

    auto stclear = m_client.getCapability(cap::Flag, cap::FlagVolatile);
    if (!stclear)
        return stclear.error();
    auto parsedStclear = parseStclearFlags(*stclear);
    if (!parsedStclear)
        return parsedStclear.error();
    state.tpm12.stclear = *parsedStclear;

    auto owner = m_client.getCapability(cap::Property, cap::PropOwner);
    if (!owner)
        return owner.error();
    ByteReader reader(*owner);
    bool owned = false;
    if (!reader.readBool(owned) || !reader.atEnd())
        return Error::protocol(ProtocolErrorCode::BadValue, "owner property is not one TPM_BOOL");
    state.owned = owned;
    return {};
}

void StateReader::readTimings(TpmState& state) {
    // Optional facts: a chip that refuses them is still provisionable.
    if (auto blob = m_client.getCapability(cap::Property, cap::PropDuration)) {
        if (auto durations = parseDurations(*blob)) {
            state.tpm12.durations = *durations;
            m_client.setDurations(*durations);
        }
    }
    if (auto blob = m_client.getCapability(cap::Property, cap::PropTisTimeout)) {
        if (auto timeouts = parseTisTimeouts(*blob))
            state.tpm12.tisTimeouts = *timeouts;
    }
    if (auto blob = m_client.getCapability(cap::Property, cap::PropManufacturer)) {
        ByteReader reader(*blob);
        std::uint32_t id = 0;
        if (reader.readU32(id) && reader.atEnd())
            state.manufacturer = fourCharText(id);
    }
}

void StateReader::readEndorsementKey(TpmState& state) {
    auto ek = readPublicEndorsementKey(m_client);
    if (ek) {
        state.tpm12.ek = EkStatus::Present;
        if (auto digest = sha1({ek->modulus}))
            state.tpm12.ekFingerprint = toHex(*digest);
        state.tpm12.ekPublic = std::move(ek.value());
        return;
    }
    const Error& error = ek.error();
    if (error.isTpm(rc::NoEndorsement))
        state.tpm12.ek = EkStatus::Absent;
    else if (error.isTpm(rc::DisabledCmd) || (state.owned && *state.owned))
        state.tpm12.ek = EkStatus::Unreadable;
    else
        state.tpm12.ek = EkStatus::Unknown; // disabled or deactivated: cannot tell yet
}

} // namespace tpm
