// makePlan for hand-built TpmState values: every branch of the planner, and the names.

#include "engine/Plan.h"

#include <gtest/gtest.h>
#include <stdexcept>

using namespace tpm;

namespace {

constexpr StepId kAllSteps[] = {StepId::PhysicalPresence, StepId::Enable,   StepId::Activate,
                                StepId::Restart,          StepId::SelfTest, StepId::EndorsementKey,
                                StepId::TakeOwnership,    StepId::Verify};

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A TPM 1.2 as swtpm_setup leaves it: enabled, active, unowned, EK present, CMD_ENABLE set.
TpmState readyState() {
    TpmState state;
    state.family = TpmFamily::Tpm12;
    state.tpm12.permanent = PermanentFlags{};
    state.tpm12.permanent->ownership = true;
    state.tpm12.permanent->physicalPresenceCMDEnable = true;
    state.tpm12.stclear = StclearFlags{};
    state.owned = false;
    state.tpm12.ek = EkStatus::Present;
    return state;
}

// The seed report's laptop: disabled, deactivated, presence lifetime-locked with
// CMD_ENABLE set; the firmware did not lock presence for this boot.
TpmState factoryState() {
    TpmState state = readyState();
    state.tpm12.permanent->disable = true;
    state.tpm12.permanent->deactivated = true;
    state.tpm12.permanent->physicalPresenceLifetimeLock = true;
    state.tpm12.stclear->deactivated = true;
    state.tpm12.ek = EkStatus::Unknown; // ReadPubek cannot tell while deactivated
    return state;
}

void expectStatus(const Plan& plan, StepId id, StepStatus status) {
    EXPECT_EQ(plan.step(id).status, status)
        << stepName(id) << " is " << stepStatusName(plan.step(id).status) << ": "
        << plan.step(id).reason.text;
}

} // namespace

TEST(Planner, EveryPlanListsAllStepsInOrder) {
    for (const TpmState& state : {readyState(), factoryState(), TpmState{}}) {
        const Plan plan = makePlan(state);
        ASSERT_EQ(plan.steps.size(), std::size(kAllSteps));
        for (std::size_t i = 0; i < plan.steps.size(); ++i) {
            EXPECT_EQ(plan.steps[i].id, kAllSteps[i]);
            EXPECT_FALSE(plan.steps[i].reason.text.empty()) << stepName(kAllSteps[i]);
        }
    }
}

TEST(Planner, FactoryStateNeedsPresenceEnableActivateAndRestart) {
    const Plan plan = makePlan(factoryState());
    expectStatus(plan, StepId::PhysicalPresence, StepStatus::Needed);
    expectStatus(plan, StepId::Enable, StepStatus::Needed);
    expectStatus(plan, StepId::Activate, StepStatus::Needed);
    expectStatus(plan, StepId::Restart, StepStatus::Needed);
    expectStatus(plan, StepId::SelfTest, StepStatus::Needed);
    expectStatus(plan, StepId::EndorsementKey, StepStatus::Needed);
    expectStatus(plan, StepId::TakeOwnership, StepStatus::Needed);
    expectStatus(plan, StepId::Verify, StepStatus::Needed);
    // CMD_ENABLE is set and lifetime-locked: only PRESENT is to be asserted.
    EXPECT_FALSE(contains(plan.step(StepId::PhysicalPresence).reason.text, "CMD_ENABLE"))
        << plan.step(StepId::PhysicalPresence).reason.text;
    ASSERT_NE(plan.next(), nullptr);
    EXPECT_EQ(plan.next()->id, StepId::PhysicalPresence);
}

TEST(Planner, PresenceAlreadyAssertedIsDone) {
    TpmState state = factoryState();
    state.tpm12.stclear->physicalPresence = true;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::PhysicalPresence, StepStatus::Done);
    ASSERT_NE(plan.next(), nullptr);
    EXPECT_EQ(plan.next()->id, StepId::Enable);
}

TEST(Planner, CmdEnableOffButNotLockedIsEnabledFirst) {
    TpmState state = factoryState();
    state.tpm12.permanent->physicalPresenceLifetimeLock = false;
    state.tpm12.permanent->physicalPresenceCMDEnable = false;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::PhysicalPresence, StepStatus::Needed);
    EXPECT_TRUE(contains(plan.step(StepId::PhysicalPresence).reason.text, "CMD_ENABLE"))
        << plan.step(StepId::PhysicalPresence).reason.text;
    expectStatus(plan, StepId::Enable, StepStatus::Needed);
}

TEST(Planner, PresenceLockedByFirmwareBlocksEnableAndActivate) {
    TpmState state = factoryState();
    state.tpm12.stclear->physicalPresenceLock = true;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::PhysicalPresence, StepStatus::Blocked);
    expectStatus(plan, StepId::Enable, StepStatus::Blocked);
    expectStatus(plan, StepId::Activate, StepStatus::Blocked);
    expectStatus(plan, StepId::Restart, StepStatus::Blocked);
    const std::string& reason = plan.step(StepId::PhysicalPresence).reason.text;
    EXPECT_TRUE(contains(reason, "locked physical presence for this boot")) << reason;
    EXPECT_TRUE(contains(reason, "firmware setup")) << reason;
    ASSERT_NE(plan.next(), nullptr);
    EXPECT_EQ(plan.next()->id, StepId::PhysicalPresence);
    EXPECT_EQ(plan.next()->status, StepStatus::Blocked);
}

TEST(Planner, LifetimeLockWithCmdEnableOffIsBlockedForever) {
    TpmState state = factoryState();
    state.tpm12.permanent->physicalPresenceCMDEnable = false;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::PhysicalPresence, StepStatus::Blocked);
    expectStatus(plan, StepId::Enable, StepStatus::Blocked);
    expectStatus(plan, StepId::Activate, StepStatus::Blocked);
    const std::string& reason = plan.step(StepId::PhysicalPresence).reason.text;
    EXPECT_TRUE(contains(reason, "lifetime")) << reason;
    EXPECT_TRUE(contains(reason, "firmware setup")) << reason;
}

TEST(Planner, PresenceLockDoesNotMatterWhenNothingNeedsPresence) {
    TpmState state = readyState();
    state.tpm12.stclear->physicalPresenceLock = true;
    state.tpm12.permanent->physicalPresenceCMDEnable = false;
    state.tpm12.permanent->physicalPresenceLifetimeLock = true;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::PhysicalPresence, StepStatus::Done);
    ASSERT_NE(plan.next(), nullptr);
    EXPECT_EQ(plan.next()->id, StepId::SelfTest);
}

TEST(Planner, DisabledButActiveNeedsOnlyEnable) {
    TpmState state = readyState();
    state.tpm12.permanent->disable = true;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::PhysicalPresence, StepStatus::Needed);
    expectStatus(plan, StepId::Enable, StepStatus::Needed);
    expectStatus(plan, StepId::Activate, StepStatus::Done);
    expectStatus(plan, StepId::Restart, StepStatus::Done);
}

TEST(Planner, ActivatedAwaitingRestartStopsAtRestart) {
    TpmState state = readyState();
    state.tpm12.stclear->deactivated = true; // permanent flag already cleared, live copy not yet
    state.tpm12.ek = EkStatus::Unknown;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::PhysicalPresence, StepStatus::Done);
    expectStatus(plan, StepId::Enable, StepStatus::Done);
    expectStatus(plan, StepId::Activate, StepStatus::Done);
    expectStatus(plan, StepId::Restart, StepStatus::Needed);
    EXPECT_TRUE(contains(plan.step(StepId::Restart).reason.text, "next restart"))
        << plan.step(StepId::Restart).reason.text;
    expectStatus(plan, StepId::SelfTest, StepStatus::Needed);
    EXPECT_TRUE(contains(plan.step(StepId::SelfTest).reason.text, "once the TPM is enabled"));
    ASSERT_NE(plan.next(), nullptr);
    EXPECT_EQ(plan.next()->id, StepId::Restart);
}

TEST(Planner, ReadyTpmStartsWithTheSelfTest) {
    const Plan plan = makePlan(readyState());
    for (StepId id : {StepId::PhysicalPresence, StepId::Enable, StepId::Activate, StepId::Restart,
                      StepId::EndorsementKey})
        expectStatus(plan, id, StepStatus::Done);
    expectStatus(plan, StepId::SelfTest, StepStatus::Needed);
    EXPECT_TRUE(contains(plan.step(StepId::SelfTest).reason.text, "storage root key"));
    expectStatus(plan, StepId::TakeOwnership, StepStatus::Needed);
    expectStatus(plan, StepId::Verify, StepStatus::Needed);
    ASSERT_NE(plan.next(), nullptr);
    EXPECT_EQ(plan.next()->id, StepId::SelfTest);
}

TEST(Planner, AfterTheSelfTestOwnershipIsNext) {
    RunProgress progress;
    progress.selfTestDone = true;
    const Plan plan = makePlan(readyState(), progress);
    expectStatus(plan, StepId::SelfTest, StepStatus::Done);
    ASSERT_NE(plan.next(), nullptr);
    EXPECT_EQ(plan.next()->id, StepId::TakeOwnership);
}

TEST(Planner, OwnershipTakenInThisRunIsVerifiedThenFinished) {
    TpmState state = readyState();
    state.owned = true;
    state.tpm12.ek = EkStatus::Unreadable;
    RunProgress progress;
    progress.selfTestDone = true;
    progress.ownershipTaken = true;
    Plan plan = makePlan(state, progress);
    expectStatus(plan, StepId::SelfTest, StepStatus::Done);
    expectStatus(plan, StepId::EndorsementKey, StepStatus::Done);
    expectStatus(plan, StepId::TakeOwnership, StepStatus::Done);
    EXPECT_TRUE(contains(plan.step(StepId::TakeOwnership).reason.text, "this run"));
    expectStatus(plan, StepId::Verify, StepStatus::Needed);
    ASSERT_NE(plan.next(), nullptr);
    EXPECT_EQ(plan.next()->id, StepId::Verify);

    progress.verified = true;
    plan = makePlan(state, progress);
    expectStatus(plan, StepId::Verify, StepStatus::Done);
    EXPECT_EQ(plan.next(), nullptr);
}

TEST(Planner, OwnedBeforeThisRunChangesNothing) {
    TpmState state = readyState();
    state.owned = true;
    state.tpm12.ek = EkStatus::Unreadable;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::SelfTest, StepStatus::Skipped);
    expectStatus(plan, StepId::EndorsementKey, StepStatus::Done);
    expectStatus(plan, StepId::TakeOwnership, StepStatus::Done);
    EXPECT_TRUE(contains(plan.step(StepId::TakeOwnership).reason.text, "already has an owner"));
    expectStatus(plan, StepId::Verify, StepStatus::Skipped);
    EXPECT_TRUE(contains(plan.step(StepId::Verify).reason.text, "verify-owner"));
    EXPECT_EQ(plan.next(), nullptr);
}

TEST(Planner, MissingEndorsementKeyIsCreated) {
    TpmState state = readyState();
    state.tpm12.ek = EkStatus::Absent;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::EndorsementKey, StepStatus::Needed);
    EXPECT_TRUE(contains(plan.step(StepId::EndorsementKey).reason.text, "no endorsement key"));
}

TEST(Planner, UnreadableEndorsementKeyCountsAsPresent) {
    TpmState state = readyState();
    state.tpm12.ek = EkStatus::Unreadable;
    expectStatus(makePlan(state), StepId::EndorsementKey, StepStatus::Done);
}

TEST(Planner, UnknownEndorsementKeyIsCheckedLater) {
    TpmState state = factoryState();
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::EndorsementKey, StepStatus::Needed);
    EXPECT_TRUE(contains(plan.step(StepId::EndorsementKey).reason.text, "once the TPM"));
}

// Issue 8, item 11: a ReadPubek that failed on a ready TPM is read again, not created.
TEST(Planner, UnreadableEndorsementKeyOnAReadyTpmIsReadAgain) {
    TpmState state = readyState();
    state.tpm12.ek = EkStatus::Unknown;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::EndorsementKey, StepStatus::Needed);
    EXPECT_TRUE(contains(plan.step(StepId::EndorsementKey).reason.text, "read it again"));
}

// Issue 8, item 5: owner install off is allowed under presence, with the enable step.
TEST(Planner, OwnerInstallDisabledIsAllowedUnderPresence) {
    TpmState state = readyState();
    state.tpm12.permanent->ownership = false;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::PhysicalPresence, StepStatus::Needed);
    expectStatus(plan, StepId::Enable, StepStatus::Needed);
    EXPECT_TRUE(contains(plan.step(StepId::Enable).reason.text, "TPM_SetOwnerInstall"));
    expectStatus(plan, StepId::Restart, StepStatus::Done);
    expectStatus(plan, StepId::TakeOwnership, StepStatus::Needed);
}

TEST(Planner, OwnerInstallDisabledBlocksOwnershipWhenPresenceIsLocked) {
    TpmState state = readyState();
    state.tpm12.permanent->ownership = false;
    state.tpm12.stclear->physicalPresenceLock = true;
    RunProgress progress;
    progress.selfTestDone = true;
    const Plan plan = makePlan(state, progress);
    expectStatus(plan, StepId::Enable, StepStatus::Blocked);
    expectStatus(plan, StepId::TakeOwnership, StepStatus::Blocked);
    EXPECT_TRUE(contains(plan.step(StepId::TakeOwnership).reason.text, "owner installation"));
    EXPECT_TRUE(contains(plan.step(StepId::TakeOwnership).reason.text, "firmware setup"));
    ASSERT_NE(plan.next(), nullptr);
    EXPECT_EQ(plan.next()->id, StepId::PhysicalPresence);
    EXPECT_EQ(plan.next()->status, StepStatus::Blocked);
}

// Issue 8, item 14: after a clear in this boot the permanent flag says deactivated while
// the live one says active: activate for the next boot, but no restart is needed now.
TEST(Planner, PermanentDeactivatedButActiveNowNeedsNoRestart) {
    TpmState state = readyState();
    state.tpm12.permanent->disable = true;
    state.tpm12.permanent->deactivated = true;
    state.tpm12.stclear->deactivated = false;
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::Enable, StepStatus::Needed);
    expectStatus(plan, StepId::Activate, StepStatus::Needed);
    expectStatus(plan, StepId::Restart, StepStatus::Done);
    expectStatus(plan, StepId::TakeOwnership, StepStatus::Needed);
}

TEST(Planner, UnownedWhenTheOwnerPropertyIsUnknown) {
    TpmState state = readyState();
    state.owned.reset();
    const Plan plan = makePlan(state);
    expectStatus(plan, StepId::TakeOwnership, StepStatus::Needed);
}

struct FamilyCase {
    TpmFamily family;
    const char* reasonPart;
};

class PlannerFamilyTest : public ::testing::TestWithParam<FamilyCase> {};

TEST_P(PlannerFamilyTest, OtherFamiliesSkipEveryStep) {
    TpmState state = readyState(); // even with flags, only a TPM 1.2 is planned for
    state.family = GetParam().family;
    const Plan plan = makePlan(state);
    ASSERT_EQ(plan.steps.size(), std::size(kAllSteps));
    for (const PlanStep& step : plan.steps) {
        EXPECT_EQ(step.status, StepStatus::Skipped) << stepName(step.id);
        EXPECT_TRUE(contains(step.reason.text, GetParam().reasonPart)) << step.reason.text;
    }
    EXPECT_EQ(plan.next(), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Families, PlannerFamilyTest,
                         ::testing::Values(FamilyCase{TpmFamily::Tpm11, "TPM 1.1"},
                                           FamilyCase{TpmFamily::Unknown, "could not be read"}));

TEST(Planner, Tpm12WithoutFlagsIsNotPlanned) {
    TpmState noPermanent = readyState();
    noPermanent.tpm12.permanent.reset();
    TpmState noStclear = readyState();
    noStclear.tpm12.stclear.reset();
    for (const TpmState& state : {noPermanent, noStclear}) {
        const Plan plan = makePlan(state);
        for (const PlanStep& step : plan.steps) {
            EXPECT_EQ(step.status, StepStatus::Skipped);
            EXPECT_TRUE(contains(step.reason.text, "could not be read")) << step.reason.text;
        }
    }
}

TEST(Planner, StepOfAnEmptyPlanThrows) {
    const Plan empty;
    EXPECT_EQ(empty.next(), nullptr);
    EXPECT_THROW((void)empty.step(StepId::Verify), std::logic_error);
}

TEST(Planner, NamesAndTitles) {
    EXPECT_EQ(stepName(StepId::PhysicalPresence), "physical-presence");
    EXPECT_EQ(stepName(StepId::Enable), "enable");
    EXPECT_EQ(stepName(StepId::Activate), "activate");
    EXPECT_EQ(stepName(StepId::Restart), "restart");
    EXPECT_EQ(stepName(StepId::SelfTest), "self-test");
    EXPECT_EQ(stepName(StepId::EndorsementKey), "endorsement-key");
    EXPECT_EQ(stepName(StepId::TakeOwnership), "take-ownership");
    EXPECT_EQ(stepName(StepId::Verify), "verify");
    for (StepId id : kAllSteps)
        EXPECT_NE(stepTitle(id), "Unknown step");
    EXPECT_EQ(stepStatusName(StepStatus::Needed), "needed");
    EXPECT_EQ(stepStatusName(StepStatus::Done), "done");
    EXPECT_EQ(stepStatusName(StepStatus::Skipped), "skipped");
    EXPECT_EQ(stepStatusName(StepStatus::Blocked), "blocked");
    EXPECT_EQ(familyName(TpmFamily::Tpm12), "1.2");
    EXPECT_EQ(familyName(TpmFamily::Tpm20), "2.0");
    EXPECT_EQ(familyName(TpmFamily::Tpm11), "1.1");
    EXPECT_EQ(familyName(TpmFamily::Unknown), "unknown");
    EXPECT_EQ(ekStatusName(EkStatus::Absent), "absent");
}
