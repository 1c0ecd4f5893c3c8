// The TPM 2.0 plan by the default policy: each rule, from the state tpm2-tools or a run left.

#include "engine/Tpm2Plan.h"

#include <gtest/gtest.h>

using namespace tpm;

namespace {

// A manufactured TPM 2.0 after Startup: nothing set, no SRK, DA at libtpms' defaults.
TpmState factoryTpm2() {
    TpmState state;
    state.family = TpmFamily::Tpm20;
    state.tpm2.permanent = Tpm2Permanent{};
    state.tpm2.startupClear = Tpm2StartupClear{true, true, true, true, true};
    state.tpm2.dictionaryAttack = Tpm2DictionaryAttack{0, 3, 1000, 1000};
    return state;
}

Tpm2Srk sharedSrk() {
    Tpm2Srk srk;
    srk.algorithm = "ecc";
    srk.attributes = 0x00030472;
    srk.sharedTemplate = true;
    return srk;
}

const PlanStep& stepOf(const Plan& plan, StepId id) {
    return plan.step(id);
}

} // namespace

TEST(Tpm2Plan, FactoryStateRunsTheDefaultPolicyInOrder) {
    const Plan plan = makeTpm2Plan(factoryTpm2(), Tpm2Policy{});
    const StepId order[] = {StepId::CreateSrk, StepId::DictionaryAttack, StepId::LockoutAuth,
                            StepId::OwnerAuth, StepId::EndorsementAuth,  StepId::CheckProvisioning};
    ASSERT_EQ(plan.steps.size(), std::size(order));
    for (std::size_t i = 0; i < plan.steps.size(); ++i)
        EXPECT_EQ(plan.steps[i].id, order[i]);
    EXPECT_EQ(plan.next()->id, StepId::CreateSrk);
    EXPECT_EQ(stepOf(plan, StepId::CreateSrk).reason.id, MessageId::Tpm2SrkNeeded);
    EXPECT_EQ(stepOf(plan, StepId::CreateSrk).reason.args.at(0), "ECC P-256");
    const PlanStep& da = stepOf(plan, StepId::DictionaryAttack);
    EXPECT_EQ(da.status, StepStatus::Needed);
    EXPECT_EQ(da.reason.args, (std::vector<std::string>{"32", "600", "86400"}));
    EXPECT_EQ(stepOf(plan, StepId::LockoutAuth).status, StepStatus::Needed);
    EXPECT_EQ(stepOf(plan, StepId::OwnerAuth).status, StepStatus::Skipped);
    EXPECT_EQ(stepOf(plan, StepId::OwnerAuth).reason.id, MessageId::Tpm2OwnerLeftEmpty);
    EXPECT_EQ(stepOf(plan, StepId::EndorsementAuth).status, StepStatus::Skipped);
    EXPECT_EQ(stepOf(plan, StepId::CheckProvisioning).status, StepStatus::Needed);
}

TEST(Tpm2Plan, EachPartAlreadyDoneIsDone) {
    TpmState state = factoryTpm2();
    state.tpm2.srk = sharedSrk();
    state.tpm2.dictionaryAttack = Tpm2DictionaryAttack{0, 32, 600, 86400};
    Tpm2Progress progress;
    progress.lockoutAuthSet = true;
    state.tpm2.permanent->lockoutAuthSet = true;
    const Plan plan = makeTpm2Plan(state, Tpm2Policy{}, progress);
    EXPECT_EQ(stepOf(plan, StepId::CreateSrk).status, StepStatus::Done);
    EXPECT_EQ(stepOf(plan, StepId::CreateSrk).reason.id, MessageId::Tpm2SrkShared);
    EXPECT_EQ(stepOf(plan, StepId::DictionaryAttack).reason.id, MessageId::Tpm2DaAsAsked);
    EXPECT_EQ(stepOf(plan, StepId::LockoutAuth).reason.id, MessageId::Tpm2LockoutSetThisRun);
    EXPECT_EQ(plan.next()->id, StepId::CheckProvisioning);
    progress.checked = true;
    EXPECT_EQ(makeTpm2Plan(state, Tpm2Policy{}, progress).next(), nullptr);
}

TEST(Tpm2Plan, AnSrkWithAnotherTemplateIsKeptNotReplaced) {
    TpmState state = factoryTpm2();
    Tpm2Srk other = sharedSrk();
    other.sharedTemplate = false;
    other.templateDetail = "attributes are not 0x00030472";
    state.tpm2.srk = other;
    const Plan plan = makeTpm2Plan(state, Tpm2Policy{});
    const PlanStep& srk = stepOf(plan, StepId::CreateSrk);
    EXPECT_EQ(srk.status, StepStatus::Done);
    EXPECT_EQ(srk.reason.id, MessageId::Tpm2SrkOther);
    EXPECT_NE(srk.reason.text.find("0x00030472"), std::string::npos);
}

TEST(Tpm2Plan, OwnerPasswordOfSomeoneElseWithoutSrkIsBlocked) {
    TpmState state = factoryTpm2();
    state.tpm2.permanent->ownerAuthSet = true;
    const Plan plan = makeTpm2Plan(state, Tpm2Policy{});
    EXPECT_EQ(plan.next()->id, StepId::CreateSrk);
    EXPECT_EQ(plan.next()->status, StepStatus::Blocked);
    EXPECT_EQ(plan.next()->reason.id, MessageId::Tpm2SrkOwnerAuthSet);
    EXPECT_EQ(stepOf(plan, StepId::OwnerAuth).reason.id, MessageId::Tpm2OwnerSet);
}

TEST(Tpm2Plan, TurnedOffHierarchiesBlockWhatNeedsThem) {
    TpmState state = factoryTpm2();
    state.tpm2.startupClear->shEnable = false;
    state.tpm2.startupClear->ehEnable = false;
    Tpm2Policy policy;
    policy.setEndorsementAuth = true;
    const Plan plan = makeTpm2Plan(state, policy);
    EXPECT_EQ(stepOf(plan, StepId::CreateSrk).reason.id, MessageId::Tpm2SrkHierarchyOff);
    EXPECT_EQ(stepOf(plan, StepId::EndorsementAuth).status, StepStatus::Blocked);
    EXPECT_EQ(stepOf(plan, StepId::EndorsementAuth).reason.id,
              MessageId::Tpm2EndorsementHierarchyOff);
}

TEST(Tpm2Plan, ALockoutPasswordSetBeforeLeavesTheTpmAlone) {
    TpmState state = factoryTpm2();
    state.tpm2.permanent->lockoutAuthSet = true;
    Tpm2Policy policy;
    policy.setOwnerAuth = true;
    const Plan plan = makeTpm2Plan(state, policy);
    EXPECT_EQ(plan.next(), nullptr);
    EXPECT_TRUE(lockoutSetBefore(state, {}));
    EXPECT_EQ(stepOf(plan, StepId::CreateSrk).reason.id, MessageId::Tpm2LeftToItsOwner);
    EXPECT_EQ(stepOf(plan, StepId::DictionaryAttack).reason.id, MessageId::Tpm2DaNotOurs);
    EXPECT_EQ(stepOf(plan, StepId::LockoutAuth).reason.id, MessageId::Tpm2LockoutSetBefore);
    EXPECT_EQ(stepOf(plan, StepId::OwnerAuth).reason.id, MessageId::Tpm2LeftToItsOwner);
    EXPECT_EQ(stepOf(plan, StepId::CheckProvisioning).reason.id, MessageId::Tpm2CheckNotOurs);
}

TEST(Tpm2Plan, SettingsAndAlgorithmAsAsked) {
    Tpm2Policy policy;
    policy.daMaxTries = 10;
    policy.daRecoveryTime = 3600;
    policy.daLockoutRecovery = 0;
    policy.srkAlgorithm = SrkAlgorithm::Rsa;
    policy.setOwnerAuth = true;
    const Plan plan = makeTpm2Plan(factoryTpm2(), policy);
    EXPECT_EQ(stepOf(plan, StepId::CreateSrk).reason.args.at(0), "RSA-2048");
    EXPECT_EQ(stepOf(plan, StepId::DictionaryAttack).reason.args,
              (std::vector<std::string>{"10", "3600", "0"}));
    EXPECT_EQ(stepOf(plan, StepId::OwnerAuth).status, StepStatus::Needed);
    EXPECT_EQ(stepOf(plan, StepId::OwnerAuth).reason.id, MessageId::Tpm2OwnerNeeded);
}

TEST(Tpm2Plan, WaitingForStartupOrUnreadable) {
    TpmState waiting;
    waiting.family = TpmFamily::Tpm20;
    waiting.awaitingStartup = true;
    for (const PlanStep& step : makeTpm2Plan(waiting, Tpm2Policy{}).steps) {
        EXPECT_EQ(step.status, StepStatus::Needed);
        EXPECT_EQ(step.reason.id, MessageId::Tpm2AwaitingStartup);
    }
    TpmState unread;
    unread.family = TpmFamily::Tpm20;
    const Plan plan = makePlan(unread); // makePlan plans a 2.0 by the default policy
    EXPECT_EQ(plan.next(), nullptr);
    for (const PlanStep& step : plan.steps)
        EXPECT_EQ(step.reason.id, MessageId::UnsupportedUnreadable);
}
