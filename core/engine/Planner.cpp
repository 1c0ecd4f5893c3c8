#include "engine/Plan.h"
#include "engine/Tpm2Plan.h"

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

namespace {

// What the planner knows about a TPM 1.2 whose flags were read, shared by the step rules.
struct Facts {
    const PermanentFlags& p;
    const StclearFlags& s;
    const RunProgress& progress;
    EkStatus ek;
    bool owned;
    bool needEnable;
    bool needOwnerInstall;
    bool needActivate;
    PresenceRule presence;

    bool presenceBlocked() const { return presence.status == StepStatus::Blocked; }
    bool ready() const { return !p.disable && !s.deactivated; }
    // Needed, or blocked when physical presence is (the step needs it).
    StepStatus underPresence() const {
        return presenceBlocked() ? StepStatus::Blocked : StepStatus::Needed;
    }
};

PlanStep step(StepId id, StepStatus status, MessageId reason) {
    return {id, status, say(reason)};
}

PlanStep enableStep(const Facts& f) {
    if (!f.needEnable && !f.needOwnerInstall)
        return step(StepId::Enable, StepStatus::Done, MessageId::EnableDone);
    return step(StepId::Enable, f.underPresence(),
                f.presenceBlocked() ? MessageId::NeedsPresence
                                    : turnOnReason(f.needEnable, f.needOwnerInstall));
}

PlanStep activateStep(const Facts& f) {
    if (!f.needActivate)
        return step(StepId::Activate, StepStatus::Done, MessageId::ActivateDone);
    return step(StepId::Activate, f.underPresence(),
                f.presenceBlocked() ? MessageId::NeedsPresence
                : f.s.deactivated   ? MessageId::ActivateDeactivated
                                    : MessageId::ActivateStartsDeactivated);
}

// Only the live flag decides: after a clear in this boot the permanent flag says
// deactivated while the TPM still works until the next restart.
PlanStep restartStep(const Facts& f) {
    if (f.s.deactivated && f.needActivate)
        return step(StepId::Restart, f.underPresence(), MessageId::RestartAfterActivation);
    if (f.s.deactivated)
        return step(StepId::Restart, StepStatus::Needed, MessageId::RestartPending);
    return step(StepId::Restart, StepStatus::Done, MessageId::RestartNotNeeded);
}

PlanStep selfTestStep(const Facts& f) {
    if (f.owned && !f.progress.ownershipTaken)
        return step(StepId::SelfTest, StepStatus::Skipped, MessageId::AlreadyOwned);
    if (f.progress.selfTestDone)
        return step(StepId::SelfTest, StepStatus::Done, MessageId::SelfTestPassed);
    return step(StepId::SelfTest, StepStatus::Needed,
                f.ready() ? MessageId::SelfTestReady : MessageId::SelfTestLater);
}

PlanStep endorsementKeyStep(const Facts& f) {
    if (f.owned)
        return step(StepId::EndorsementKey, StepStatus::Done, MessageId::EkExistsOwned);
    if (f.ek == EkStatus::Present || f.ek == EkStatus::Unreadable)
        return step(StepId::EndorsementKey, StepStatus::Done, MessageId::EkPresent);
    if (f.ek == EkStatus::Absent)
        return step(StepId::EndorsementKey, StepStatus::Needed, MessageId::EkAbsent);
    return step(StepId::EndorsementKey, StepStatus::Needed,
                f.ready() ? MessageId::EkUnreadable : MessageId::EkLater);
}

PlanStep takeOwnershipStep(const Facts& f) {
    if (f.owned)
        return step(StepId::TakeOwnership, StepStatus::Done,
                    f.progress.ownershipTaken ? MessageId::OwnershipTakenThisRun
                                              : MessageId::AlreadyOwned);
    if (!f.p.ownership && f.presenceBlocked())
        return step(StepId::TakeOwnership, StepStatus::Blocked,
                    MessageId::OwnershipInstallOffBlocked);
    return step(StepId::TakeOwnership, StepStatus::Needed,
                f.p.ownership ? MessageId::OwnershipNeeded : MessageId::OwnershipAfterInstall);
}

PlanStep verifyStep(const Facts& f) {
    if (f.progress.verified)
        return step(StepId::Verify, StepStatus::Done, MessageId::VerifyDone);
    if (f.owned && !f.progress.ownershipTaken)
        return step(StepId::Verify, StepStatus::Skipped, MessageId::VerifyNotOurs);
    return step(StepId::Verify, StepStatus::Needed, MessageId::VerifyNeeded);
}

// A TPM this version cannot provision (or whose flags could not be read): every step is
// skipped, with why.
Plan unsupportedPlan(const TpmState& state) {
    // The family first: a TPM 2.0 waiting for Startup is still not one this version provisions.
    const MessageId why = state.family == TpmFamily::Tpm20   ? MessageId::UnsupportedTpm20
                          : state.awaitingStartup            ? MessageId::UnsupportedAwaitingStartup
                          : state.family == TpmFamily::Tpm11 ? MessageId::UnsupportedTpm11
                                                             : MessageId::UnsupportedUnreadable;
    Plan plan;
    for (StepId id :
         {StepId::PhysicalPresence, StepId::Enable, StepId::Activate, StepId::Restart,
          StepId::SelfTest, StepId::EndorsementKey, StepId::TakeOwnership, StepId::Verify})
        plan.steps.push_back(step(id, StepStatus::Skipped, why));
    return plan;
}

} // namespace

Plan makePlan(const TpmState& state, const RunProgress& progress) {
    if (state.family == TpmFamily::Tpm20)
        return makeTpm2Plan(state, Tpm2Policy{});
    if (state.family != TpmFamily::Tpm12 || !state.tpm12.permanent || !state.tpm12.stclear)
        return unsupportedPlan(state);
    const PermanentFlags& p = *state.tpm12.permanent;
    const StclearFlags& s = *state.tpm12.stclear;
    const bool owned = state.owned.value_or(false);
    const bool needEnable = p.disable;
    const bool needOwnerInstall = !p.ownership && !owned;
    const bool needActivate = p.deactivated;
    const Facts facts{p,
                      s,
                      progress,
                      state.tpm12.ek,
                      owned,
                      needEnable,
                      needOwnerInstall,
                      needActivate,
                      presenceRule(p, s, needEnable || needOwnerInstall || needActivate)};
    Plan plan;
    plan.steps = {{StepId::PhysicalPresence, facts.presence.status, facts.presence.reason},
                  enableStep(facts),
                  activateStep(facts),
                  restartStep(facts),
                  selfTestStep(facts),
                  endorsementKeyStep(facts),
                  takeOwnershipStep(facts),
                  verifyStep(facts)};
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
    case StepId::CreateSrk:
        return "create-srk";
    case StepId::DictionaryAttack:
        return "dictionary-attack";
    case StepId::LockoutAuth:
        return "lockout-password";
    case StepId::OwnerAuth:
        return "owner-password";
    case StepId::EndorsementAuth:
        return "endorsement-password";
    case StepId::CheckProvisioning:
        return "check-provisioning";
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
    case StepId::CreateSrk:
        return "Create the shared storage key";
    case StepId::DictionaryAttack:
        return "Set the dictionary-attack protection";
    case StepId::LockoutAuth:
        return "Set the lockout password";
    case StepId::OwnerAuth:
        return "Set the owner password";
    case StepId::EndorsementAuth:
        return "Set the endorsement password";
    case StepId::CheckProvisioning:
        return "Check what was set";
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
