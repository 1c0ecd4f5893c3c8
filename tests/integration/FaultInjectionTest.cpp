// Transport faults injected by FaultProxy between the engine and swtpm: lost answers around
// TakeOwnership, TPM resets (INVALID_POSTINIT) at other points, and garbled answers while
// the state is read.

#include "FactoryState.h"
#include "ProxiedTpmTest.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace tpm;
using namespace tpm::test;

namespace {

using FaultInjectionTest = ProxiedTpmTest;

const char* faultName(FaultKind kind) {
    switch (kind) {
    case FaultKind::DropBeforeForward:
        return "DropBeforeForward";
    case FaultKind::DropAfterForward:
        return "DropAfterForward";
    case FaultKind::ResetBeforeForward:
        return "ResetBeforeForward";
    case FaultKind::ResetAfterForward:
        return "ResetAfterForward";
    case FaultKind::Delay:
        return "Delay";
    case FaultKind::Truncate:
        return "Truncate";
    case FaultKind::Garbage:
        return "Garbage";
    case FaultKind::Answer:
        return "Answer";
    case FaultKind::Rewrite:
        return "Rewrite";
    }
    return "Unknown";
}

std::size_t ownerSetAnswers(const Trace& trace) {
    return static_cast<std::size_t>(std::count_if(trace.begin(), trace.end(), [](const auto& e) {
        return e.ordinal == ordinal::TakeOwnership && e.returnCode == rc::OwnerSet;
    }));
}

struct TakeOwnershipFault {
    Fault fault;
    unsigned takeOwnershipSends; // what reaches the proxy: 1 if the TPM ran the first one
    const char* notePart;        // what the report must mention
    const char* secondNotePart;  // and this too (or nullptr)
};

void PrintTo(const TakeOwnershipFault& param, std::ostream* out) {
    *out << faultName(param.fault.kind);
}

class TakeOwnershipFaultTest : public FaultInjectionTest,
                               public ::testing::WithParamInterface<TakeOwnershipFault> {};

} // namespace

TEST_P(TakeOwnershipFaultTest, EndsOwnedAndVerifiedWithOwnershipTakenOnce) {
    const TakeOwnershipFault& param = GetParam();
    startupDirectly();
    startProxyAndClient();
    proxy->injectFault(ordinal::TakeOwnership, 1, param.fault);

    const ProvisionReport report = runProvisioner(secret);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report, client.get());
    EXPECT_EQ(proxy->faultsApplied(), 1u);
    EXPECT_EQ(proxy->commandsSeen(ordinal::TakeOwnership), param.takeOwnershipSends)
        << describe(report, client.get());
    EXPECT_EQ(ownerSetAnswers(client->trace()), 0u) << describeTrace(client->trace());
    EXPECT_TRUE(anyNoteContains(report, param.notePart))
        << "no note mentions \"" << param.notePart << "\"" << describe(report);
    if (param.secondNotePart != nullptr) {
        EXPECT_TRUE(anyNoteContains(report, param.secondNotePart))
            << "no note mentions \"" << param.secondNotePart << "\"" << describe(report);
    }
    EXPECT_EQ(report.srkFingerprint.size(), 40u);

    closeClient();
    auto checker = clientFor(swtpm.spec());
    ASSERT_TRUE(checker);
    auto check = checkOwnerSecret(*checker, secret);
    ASSERT_TRUE(check.ok()) << check.error().detail;
    EXPECT_EQ(*check, OwnerCheck::Accepted);
}

constexpr const char* kLost = "answer to TPM_TakeOwnership was lost";
constexpr const char* kTakenDespiteLoss = "ownership was taken even though the answer was lost";
constexpr const char* kReset = "TPM_INVALID_POSTINIT";

INSTANTIATE_TEST_SUITE_P(
    OnFirstTakeOwnership, TakeOwnershipFaultTest,
    ::testing::Values(
        TakeOwnershipFault{{FaultKind::DropBeforeForward}, 2, kLost, "still unowned"},
        TakeOwnershipFault{{FaultKind::DropAfterForward}, 1, kLost, kTakenDespiteLoss},
        TakeOwnershipFault{{FaultKind::ResetBeforeForward}, 2, kReset, nullptr},
        TakeOwnershipFault{{FaultKind::ResetAfterForward}, 1, kLost, kReset},
        TakeOwnershipFault{{FaultKind::Delay, 3000ms}, 1, kLost, kTakenDespiteLoss},
        TakeOwnershipFault{{FaultKind::Truncate, 0ms, 20}, 1, kLost, kTakenDespiteLoss},
        TakeOwnershipFault{{FaultKind::Garbage}, 1, kLost, kTakenDespiteLoss}),
    [](const ::testing::TestParamInfo<TakeOwnershipFault>& paramInfo) {
        return std::string(faultName(paramInfo.param.fault.kind));
    });

TEST_F(FaultInjectionTest, EveryTakeOwnershipLostFailsClearlyAndLeavesTheTpmUnowned) {
    startupDirectly();
    startProxyAndClient();
    for (unsigned occurrence = 1; occurrence <= 3; ++occurrence)
        proxy->injectFault(ordinal::TakeOwnership, occurrence, {FaultKind::DropBeforeForward});

    const auto started = std::chrono::steady_clock::now();
    const ProvisionReport report = runProvisioner(secret, 3);
    EXPECT_LT(std::chrono::steady_clock::now() - started, kMaxFailingRun);
    ASSERT_EQ(report.outcome, Outcome::Failed) << describe(report, client.get());
    EXPECT_EQ(proxy->commandsSeen(ordinal::TakeOwnership), 3u) << describe(report, client.get());
    EXPECT_EQ(countOrdinal(client->trace(), ordinal::TakeOwnership), 3u);
    ASSERT_TRUE(report.error.has_value());
    EXPECT_NE(report.error->kind, ErrorKind::Engine) << report.error->detail; // the real cause
    ASSERT_TRUE(report.explanation.has_value());
    EXPECT_FALSE(report.explanation->meaning.empty());
    EXPECT_FALSE(report.explanation->nextAction.empty());
    EXPECT_TRUE(anyNoteContains(report, "attempt 3 of 3")) << describe(report);
    EXPECT_FALSE(anyNoteContains(report, "attempt 4")) << describe(report);

    closeClient();
    const auto state = readStateVia(swtpm.spec());
    ASSERT_TRUE(state.has_value());
    EXPECT_EQ(state->owned, false);
}

TEST_F(FaultInjectionTest, ResetBeforeThePresenceCommandFromTheFactoryState) {
    {
        auto raw = openOrFail(swtpm.spec());
        ASSERT_TRUE(raw);
        auto factory = putIntoFactoryState(*raw);
        ASSERT_TRUE(factory.ok()) << factory.error().detail;
    }
    startProxyAndClient();
    proxy->injectFault(ordinal::PhysicalPresence, 1, {FaultKind::ResetBeforeForward});

    const ProvisionReport report = runProvisioner(secret);
    ASSERT_EQ(report.outcome, Outcome::RestartRequired) << describe(report, client.get());
    EXPECT_EQ(proxy->faultsApplied(), 1u);
    EXPECT_TRUE(anyNoteContains(report, kReset)) << describe(report);
    EXPECT_GE(countOrdinal(client->trace(), ordinal::Startup), 1u)
        << describeTrace(client->trace());
    // PRESENT refused by the reset, PRESENT again, NOTPRESENT at the end; never CMD_ENABLE.
    EXPECT_EQ(proxy->commandsSeen(ordinal::PhysicalPresence), 3u) << describeTrace(client->trace());
    std::vector<std::string> presenceNotes;
    for (const TraceEntry& entry : client->trace())
        if (entry.ordinal == ordinal::PhysicalPresence)
            presenceNotes.push_back(entry.note);
    EXPECT_EQ(presenceNotes, (std::vector<std::string>{"PRESENT", "PRESENT", "NOTPRESENT"}))
        << describeTrace(client->trace());
    EXPECT_TRUE(ranStep(report, StepId::Enable)) << describe(report);
    EXPECT_TRUE(ranStep(report, StepId::Activate)) << describe(report);

    closeClient();
    const PermanentFlagBytes permanent = rawPermanentFlags(swtpm.spec());
    EXPECT_FALSE(permanent.disable);
    EXPECT_FALSE(permanent.deactivated);
}

TEST_F(FaultInjectionTest, ResetBeforeOiapIsRecovered) {
    startupDirectly();
    startProxyAndClient();
    proxy->injectFault(ordinal::OIAP, 1, {FaultKind::ResetBeforeForward});

    const ProvisionReport report = runProvisioner(secret);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report, client.get());
    EXPECT_EQ(proxy->faultsApplied(), 1u);
    EXPECT_TRUE(anyNoteContains(report, kReset)) << describe(report);
    EXPECT_GE(countOrdinal(client->trace(), ordinal::Startup), 1u)
        << describeTrace(client->trace());
    EXPECT_EQ(ownerSetAnswers(client->trace()), 0u);

    closeClient();
    auto checker = clientFor(swtpm.spec());
    ASSERT_TRUE(checker);
    auto check = checkOwnerSecret(*checker, secret);
    ASSERT_TRUE(check.ok()) << check.error().detail;
    EXPECT_EQ(*check, OwnerCheck::Accepted);
}

// While the state is read: GetCapability 1 = version, 2 = permanent flags, 3 = stclear
// flags, 4 = owner. A garbled answer there is a clear error, never a wrong guess or a hang.
struct StateReadFault {
    FaultKind kind;
    unsigned occurrence;
};

void PrintTo(const StateReadFault& param, std::ostream* out) {
    *out << faultName(param.kind) << " on GetCapability #" << param.occurrence;
}

class StateReadFaultTest : public FaultInjectionTest,
                           public ::testing::WithParamInterface<StateReadFault> {};

TEST_P(StateReadFaultTest, IsAClearError) {
    const StateReadFault& param = GetParam();
    startupDirectly();
    startProxyAndClient();
    // 12 bytes: the header and a little more; every answer here is longer than that.
    proxy->injectFault(ordinal::GetCapability, param.occurrence, {param.kind, 0ms, 12});

    const auto started = std::chrono::steady_clock::now();
    const ProvisionReport report = runProvisioner(secret);
    EXPECT_LT(std::chrono::steady_clock::now() - started, kMaxFailingRun);
    EXPECT_EQ(proxy->faultsApplied(), 1u);
    ASSERT_EQ(report.outcome, Outcome::Failed) << describe(report, client.get());
    ASSERT_TRUE(report.error.has_value());
    EXPECT_TRUE(report.error->kind == ErrorKind::Protocol ||
                report.error->kind == ErrorKind::System)
        << describe(report, client.get());
    ASSERT_TRUE(report.explanation.has_value());
    EXPECT_FALSE(report.explanation->meaning.empty());
    EXPECT_EQ(countOrdinal(client->trace(), ordinal::TakeOwnership), 0u);
}

INSTANTIATE_TEST_SUITE_P(GetCapability, StateReadFaultTest,
                         ::testing::Values(StateReadFault{FaultKind::Truncate, 1},
                                           StateReadFault{FaultKind::Truncate, 2},
                                           StateReadFault{FaultKind::Truncate, 3},
                                           StateReadFault{FaultKind::Truncate, 4},
                                           StateReadFault{FaultKind::Garbage, 1},
                                           StateReadFault{FaultKind::Garbage, 2},
                                           StateReadFault{FaultKind::Garbage, 3},
                                           StateReadFault{FaultKind::Garbage, 4}),
                         [](const ::testing::TestParamInfo<StateReadFault>& paramInfo) {
                             return std::string(faultName(paramInfo.param.kind)) + "Occurrence" +
                                    std::to_string(paramInfo.param.occurrence);
                         });
