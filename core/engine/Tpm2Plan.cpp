#include "engine/Tpm2Plan.h"

namespace tpm {

std::string srkAlgorithmName(SrkAlgorithm algorithm) {
    return algorithm == SrkAlgorithm::Ecc ? "ecc" : "rsa";
}

std::string srkAlgorithmTitle(SrkAlgorithm algorithm) {
    return algorithm == SrkAlgorithm::Ecc ? "ECC P-256" : "RSA-2048";
}

bool lockoutSetBefore(const TpmState& state, const Tpm2Progress& progress) {
    return state.tpm2.permanent && state.tpm2.permanent->lockoutAuthSet && !progress.lockoutAuthSet;
}

namespace {

struct Facts {
    const Tpm2Permanent& p;
    const Tpm2StartupClear& s;
    const Tpm2Details& d;
    const Tpm2Policy& policy;
    const Tpm2Progress& progress;
};

PlanStep step(StepId id, StepStatus status, MessageId reason, std::vector<std::string> args = {}) {
    return {id, status, say(reason, std::move(args))};
}

// The lockout password predates this run: the TPM was set up by someone else, and this run
// changes nothing in it.
bool othersTpm(const Facts& f) {
    return f.p.lockoutAuthSet && !f.progress.lockoutAuthSet;
}

PlanStep srkStep(const Facts& f) {
    if (f.d.srk && f.progress.srkCreated)
        return step(StepId::CreateSrk, StepStatus::Done, MessageId::Tpm2SrkCreated);
    if (f.d.srk && f.d.srk->sharedTemplate)
        return step(StepId::CreateSrk, StepStatus::Done, MessageId::Tpm2SrkShared);
    if (f.d.srk)
        return step(StepId::CreateSrk, StepStatus::Done, MessageId::Tpm2SrkOther,
                    {f.d.srk->templateDetail});
    if (othersTpm(f))
        return step(StepId::CreateSrk, StepStatus::Skipped, MessageId::Tpm2LeftToItsOwner);
    if (!f.s.shEnable)
        return step(StepId::CreateSrk, StepStatus::Blocked, MessageId::Tpm2SrkHierarchyOff);
    if (f.p.ownerAuthSet && !f.progress.ownerAuthSet)
        return step(StepId::CreateSrk, StepStatus::Blocked, MessageId::Tpm2SrkOwnerAuthSet);
    return step(StepId::CreateSrk, StepStatus::Needed, MessageId::Tpm2SrkNeeded,
                {srkAlgorithmTitle(f.policy.srkAlgorithm)});
}

std::vector<std::string> daArgs(const Tpm2Policy& policy) {
    return {std::to_string(policy.daMaxTries), std::to_string(policy.daRecoveryTime),
            std::to_string(policy.daLockoutRecovery)};
}

PlanStep dictionaryAttackStep(const Facts& f) {
    const auto& da = f.d.dictionaryAttack;
    if (da && da->maxTries == f.policy.daMaxTries && da->interval == f.policy.daRecoveryTime &&
        da->lockoutRecovery == f.policy.daLockoutRecovery)
        return step(StepId::DictionaryAttack, StepStatus::Done, MessageId::Tpm2DaAsAsked,
                    daArgs(f.policy));
    if (othersTpm(f))
        return step(StepId::DictionaryAttack, StepStatus::Skipped, MessageId::Tpm2DaNotOurs);
    return step(StepId::DictionaryAttack, StepStatus::Needed, MessageId::Tpm2DaNeeded,
                daArgs(f.policy));
}

PlanStep lockoutStep(const Facts& f) {
    if (f.progress.lockoutAuthSet)
        return step(StepId::LockoutAuth, StepStatus::Done, MessageId::Tpm2LockoutSetThisRun);
    if (f.p.lockoutAuthSet)
        return step(StepId::LockoutAuth, StepStatus::Done, MessageId::Tpm2LockoutSetBefore);
    return step(StepId::LockoutAuth, StepStatus::Needed, MessageId::Tpm2LockoutNeeded);
}

PlanStep ownerStep(const Facts& f) {
    if (f.p.ownerAuthSet)
        return step(StepId::OwnerAuth, StepStatus::Done, MessageId::Tpm2OwnerSet);
    if (!f.policy.setOwnerAuth)
        return step(StepId::OwnerAuth, StepStatus::Skipped, MessageId::Tpm2OwnerLeftEmpty);
    if (othersTpm(f))
        return step(StepId::OwnerAuth, StepStatus::Skipped, MessageId::Tpm2LeftToItsOwner);
    return step(StepId::OwnerAuth, StepStatus::Needed, MessageId::Tpm2OwnerNeeded);
}

PlanStep endorsementStep(const Facts& f) {
    if (f.p.endorsementAuthSet)
        return step(StepId::EndorsementAuth, StepStatus::Done, MessageId::Tpm2EndorsementSet);
    if (!f.policy.setEndorsementAuth)
        return step(StepId::EndorsementAuth, StepStatus::Skipped,
                    MessageId::Tpm2EndorsementLeftEmpty);
    if (othersTpm(f))
        return step(StepId::EndorsementAuth, StepStatus::Skipped, MessageId::Tpm2LeftToItsOwner);
    if (!f.s.ehEnable)
        return step(StepId::EndorsementAuth, StepStatus::Blocked,
                    MessageId::Tpm2EndorsementHierarchyOff);
    return step(StepId::EndorsementAuth, StepStatus::Needed, MessageId::Tpm2EndorsementNeeded);
}

PlanStep checkStep(const Facts& f) {
    if (f.progress.checked)
        return step(StepId::CheckProvisioning, StepStatus::Done, MessageId::Tpm2CheckDone);
    const bool setSomething = f.progress.lockoutAuthSet || f.progress.ownerAuthSet ||
                              f.progress.endorsementAuthSet || f.progress.srkCreated;
    if (!setSomething && othersTpm(f))
        return step(StepId::CheckProvisioning, StepStatus::Skipped, MessageId::Tpm2CheckNotOurs);
    return step(StepId::CheckProvisioning, StepStatus::Needed, MessageId::Tpm2CheckNeeded);
}

// Every step with one status and reason: a TPM waiting for Startup, or one not read.
Plan uniformPlan(StepStatus status, MessageId why) {
    Plan plan;
    for (StepId id : {StepId::CreateSrk, StepId::DictionaryAttack, StepId::LockoutAuth,
                      StepId::OwnerAuth, StepId::EndorsementAuth, StepId::CheckProvisioning})
        plan.steps.push_back(step(id, status, why));
    return plan;
}

} // namespace

Plan makeTpm2Plan(const TpmState& state, const Tpm2Policy& policy, const Tpm2Progress& progress) {
    const Tpm2Details& d = state.tpm2;
    if (state.awaitingStartup)
        return uniformPlan(StepStatus::Needed, MessageId::Tpm2AwaitingStartup);
    if (!d.permanent || !d.startupClear)
        return uniformPlan(StepStatus::Skipped, MessageId::UnsupportedUnreadable);
    const Facts facts{*d.permanent, *d.startupClear, d, policy, progress};
    Plan plan;
    plan.steps = {srkStep(facts),   dictionaryAttackStep(facts), lockoutStep(facts),
                  ownerStep(facts), endorsementStep(facts),      checkStep(facts)};
    return plan;
}

} // namespace tpm
