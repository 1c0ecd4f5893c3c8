#include "engine/Presence.h"

#include "engine/Plan.h"
#include "engine/StateReader.h"
#include "protocol/Commands.h"

namespace tpm {

Result<PresenceAssertion> assertPresence(TpmClient& client, const TpmState& state) {
    if (!state.tpm12.permanent || !state.tpm12.stclear)
        return Error::protocol(ProtocolErrorCode::BadValue,
                               "the TPM did not report its permanent and volatile flags");
    const PermanentFlags& p = *state.tpm12.permanent;
    const StclearFlags& s = *state.tpm12.stclear;
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

Result<void> activate(TpmClient& client) {
    return client.runPlain(buildPhysicalSetDeactivated(false), "FALSE");
}

Result<void> forceClear(TpmClient& client) {
    return client.runPlain(buildForceClear());
}

Result<TpmState> readPresenceState(TpmClient& client, const SysfsReader* sysfs) {
    StateReader reader(client, sysfs);
    auto state = reader.read();
    if (!state)
        return state.error();
    if (state->family != TpmFamily::Tpm12)
        return Error::engine(EngineStopCode::NotTpm12,
                             "This is a TPM " + familyName(state->family) +
                                 "; this operation works with TPM 1.2 only.");
    if (!state->tpm12.permanent || !state->tpm12.stclear)
        return Error::protocol(ProtocolErrorCode::BadValue,
                               "the TPM did not report its permanent and volatile flags");
    return state;
}

std::optional<PresenceGatedFailure> runUnderPresence(TpmClient& client, const SysfsReader* sysfs,
                                                     const PresenceWork& work) {
    for (int attempt = 1;; ++attempt) {
        auto state = readPresenceState(client, sysfs);
        if (!state)
            return PresenceGatedFailure{state.error(), std::nullopt, false};
        auto asserted = assertPresence(client, *state);
        Result<void> worked = asserted ? work(client, *state) : asserted.error();
        if (asserted) // released even when the work failed, whoever asserted it
            (void)releasePresence(client, false);
        if (!worked && worked.error().isTpm(rc::InvalidPostInit) && attempt == 1 &&
            client.startup(StartupType::Clear))
            continue;
        if (!worked)
            return PresenceGatedFailure{worked.error(), std::move(state.value()), !asserted};
        return std::nullopt;
    }
}

} // namespace tpm
