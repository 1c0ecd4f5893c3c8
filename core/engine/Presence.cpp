#include "engine/Presence.h"

#include "engine/Plan.h"
#include "protocol/Commands.h"

namespace tpm {

Result<PresenceAssertion> assertPresence(TpmClient& client, const TpmState& state) {
    if (!state.permanent || !state.stclear)
        return Error::protocol(ProtocolErrorCode::BadValue,
                               "the TPM did not report its permanent and volatile flags");
    const PermanentFlags& p = *state.permanent;
    const StclearFlags& s = *state.stclear;
    PresenceAssertion result;
    if (s.physicalPresence)
        return result;
    const PresenceRule rule = presenceRule(p, s, true);
    if (rule.status == StepStatus::Blocked)
        return Error::engine(EngineStopCode::Blocked,
                             "Physical presence cannot be asserted: " + rule.reason.text);
    if (!p.physicalPresenceCMDEnable) {
        if (auto enabled = client.runPlain(buildPhysicalPresence(pp::CmdEnable), "CMD_ENABLE");
            !enabled)
            return enabled.error();
        result.cmdEnableSwitchedOn = true;
    }
    if (auto present = client.runPlain(buildPhysicalPresence(pp::Present), "PRESENT"); !present)
        return present.error();
    result.sentPresent = true;
    return result;
}

Result<void> releasePresence(TpmClient& client, bool lock) {
    if (auto released = client.runPlain(buildPhysicalPresence(pp::NotPresent), "NOTPRESENT");
        !released)
        return released;
    if (!lock)
        return {};
    return client.runPlain(buildPhysicalPresence(pp::Lock), "LOCK");
}

Result<void> turnOn(TpmClient& client, const PermanentFlags& flags) {
    if (flags.disable) {
        if (auto enabled = client.runPlain(buildPhysicalEnable()); !enabled)
            return enabled;
    }
    if (!flags.ownership)
        return client.runPlain(buildSetOwnerInstall(true), "TRUE");
    return {};
}

} // namespace tpm
