#include "engine/Plan.h"

#include <stdexcept>

namespace tpm {

PresenceRule presenceRule(const PermanentFlags& p, const StclearFlags& s, bool needed) {
    if (!needed)
        return {StepStatus::Done, say(MessageId::PresenceNotNeeded)};
    if (s.physicalPresence)
        return {StepStatus::Done, say(MessageId::PresenceAlreadyAsserted)};
    if (!p.physicalPresenceCMDEnable && p.physicalPresenceLifetimeLock)
        return {StepStatus::Blocked, say(MessageId::PresenceLifetimeLock)};
    if (s.physicalPresenceLock)
        return {StepStatus::Blocked, say(MessageId::PresenceFirmwareLock)};
    if (!p.physicalPresenceCMDEnable)
        return {StepStatus::Needed, say(MessageId::PresenceEnableCmd)};
    return {StepStatus::Needed, say(MessageId::PresenceAssert)};
}

namespace {

MessageId turnOnReason(bool needEnable, bool needOwnerInstall) {
    if (needEnable && needOwnerInstall)
        return MessageId::EnableDisabledNoOwnerInstall;
    if (needEnable)
        return MessageId::EnableDisabled;
    return MessageId::EnableOwnerInstallOff;
}

} // namespace

const PlanStep* Plan::next() const {
    for (const PlanStep& s : steps)
        if (s.status == StepStatus::Needed || s.status == StepStatus::Blocked)
            return &s;
    return nullptr;
}

const PlanStep& Plan::step(StepId id) const {
    for (const PlanStep& s : steps)
        if (s.id == id)
            return s;
    throw std::logic_error("plan has no such step");
}

Plan makePlan(const TpmState& state, const RunProgress& progress) {
    Plan plan;
    auto add = [&plan](StepId id, StepStatus status, MessageId reason) {
        plan.steps.push_back({id, status, say(reason)});
    };

    if (state.family != TpmFamily::Tpm12 || !state.permanent || !state.stclear) {
        const MessageId why = state.awaitingStartup ? MessageId::UnsupportedAwaitingStartup
                              : state.family == TpmFamily::Tpm20 ? MessageId::UnsupportedTpm20
                              : state.family == TpmFamily::Tpm11 ? MessageId::UnsupportedTpm11
                                                                 : MessageId::UnsupportedUnreadable;
        for (StepId id :
             {StepId::PhysicalPresence, StepId::Enable, StepId::Activate, StepId::Restart,
              StepId::SelfTest, StepId::EndorsementKey, StepId::TakeOwnership, StepId::Verify})
            add(id, StepStatus::Skipped, why);
        return plan;
    }

    const PermanentFlags& p = *state.permanent;
    const StclearFlags& s = *state.stclear;
    const bool owned = state.owned.value_or(false);
    const bool needEnable = p.disable;
    const bool needOwnerInstall = !p.ownership && !owned;
    const bool needActivate = p.deactivated;
    const PresenceRule presence =
        presenceRule(p, s, needEnable || needOwnerInstall || needActivate);
    const bool presenceBlocked = presence.status == StepStatus::Blocked;

    plan.steps.push_back({StepId::PhysicalPresence, presence.status, presence.reason});

    if (needEnable || needOwnerInstall)
        add(StepId::Enable, presenceBlocked ? StepStatus::Blocked : StepStatus::Needed,
            presenceBlocked ? MessageId::NeedsPresence
                            : turnOnReason(needEnable, needOwnerInstall));
    else
        add(StepId::Enable, StepStatus::Done, MessageId::EnableDone);

    if (needActivate)
        add(StepId::Activate, presenceBlocked ? StepStatus::Blocked : StepStatus::Needed,
            presenceBlocked ? MessageId::NeedsPresence
            : s.deactivated ? MessageId::ActivateDeactivated
                            : MessageId::ActivateStartsDeactivated);
    else
        add(StepId::Activate, StepStatus::Done, MessageId::ActivateDone);

    // Only the live flag decides: after a clear in this boot the permanent flag says
    // deactivated while the TPM still works until the next restart.
    if (s.deactivated && needActivate)
        add(StepId::Restart, presenceBlocked ? StepStatus::Blocked : StepStatus::Needed,
            MessageId::RestartAfterActivation);
    else if (s.deactivated)
        add(StepId::Restart, StepStatus::Needed, MessageId::RestartPending);
    else
        add(StepId::Restart, StepStatus::Done, MessageId::RestartNotNeeded);

    const bool ready = !p.disable && !s.deactivated;
    if (owned && !progress.ownershipTaken)
        add(StepId::SelfTest, StepStatus::Skipped, MessageId::AlreadyOwned);
    else if (progress.selfTestDone)
        add(StepId::SelfTest, StepStatus::Done, MessageId::SelfTestPassed);
    else
        add(StepId::SelfTest, StepStatus::Needed,
            ready ? MessageId::SelfTestReady : MessageId::SelfTestLater);

    if (owned)
        add(StepId::EndorsementKey, StepStatus::Done, MessageId::EkExistsOwned);
    else if (state.ek == EkStatus::Present || state.ek == EkStatus::Unreadable)
        add(StepId::EndorsementKey, StepStatus::Done, MessageId::EkPresent);
    else if (state.ek == EkStatus::Absent)
        add(StepId::EndorsementKey, StepStatus::Needed, MessageId::EkAbsent);
    else if (ready)
        add(StepId::EndorsementKey, StepStatus::Needed, MessageId::EkUnreadable);
    else
        add(StepId::EndorsementKey, StepStatus::Needed, MessageId::EkLater);

    if (owned)
        add(StepId::TakeOwnership, StepStatus::Done,
            progress.ownershipTaken ? MessageId::OwnershipTakenThisRun : MessageId::AlreadyOwned);
    else if (!p.ownership && presenceBlocked)
        add(StepId::TakeOwnership, StepStatus::Blocked, MessageId::OwnershipInstallOffBlocked);
    else if (!p.ownership)
        add(StepId::TakeOwnership, StepStatus::Needed, MessageId::OwnershipAfterInstall);
    else
        add(StepId::TakeOwnership, StepStatus::Needed, MessageId::OwnershipNeeded);

    if (progress.verified)
        add(StepId::Verify, StepStatus::Done, MessageId::VerifyDone);
    else if (owned && !progress.ownershipTaken)
        add(StepId::Verify, StepStatus::Skipped, MessageId::VerifyNotOurs);
    else
        add(StepId::Verify, StepStatus::Needed, MessageId::VerifyNeeded);
    return plan;
}

std::string stepName(StepId id) {
    switch (id) {
    case StepId::PhysicalPresence:
        return "physical-presence";
    case StepId::Enable:
        return "enable";
    case StepId::Activate:
        return "activate";
    case StepId::Restart:
        return "restart";
    case StepId::SelfTest:
        return "self-test";
    case StepId::EndorsementKey:
        return "endorsement-key";
    case StepId::TakeOwnership:
        return "take-ownership";
    case StepId::Verify:
        return "verify";
    }
    return "unknown";
}

std::string stepTitle(StepId id) {
    switch (id) {
    case StepId::PhysicalPresence:
        return "Assert physical presence";
    case StepId::Enable:
        return "Turn the TPM on";
    case StepId::Activate:
        return "Activate the TPM";
    case StepId::Restart:
        return "Restart the computer";
    case StepId::SelfTest:
        return "Run the TPM's self-test";
    case StepId::EndorsementKey:
        return "Create the endorsement key";
    case StepId::TakeOwnership:
        return "Take ownership";
    case StepId::Verify:
        return "Verify the owner secret";
    }
    return "Unknown step";
}

std::string stepStatusName(StepStatus s) {
    switch (s) {
    case StepStatus::Needed:
        return "needed";
    case StepStatus::Done:
        return "done";
    case StepStatus::Skipped:
        return "skipped";
    case StepStatus::Blocked:
        return "blocked";
    }
    return "unknown";
}

} // namespace tpm
