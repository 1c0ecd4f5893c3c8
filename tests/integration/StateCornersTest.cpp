// The engine in states beyond the happy path, against a private swtpm (some through a
// FaultProxy): owner install switched off, owned but turned off, a clear earlier in the same
// boot, lost answers followed by resets, an endorsement key that could not be read.

#include "ProxiedTpmTest.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace tpm;
using namespace tpm::test;

namespace {

// Sends `request` under software presence (CMD_ENABLE is set on a fresh swtpm), raw.
void underPresence(const std::string& spec, const Bytes& request) {
    auto raw = openOrFail(spec);
    ASSERT_TRUE(raw);
    ASSERT_EQ(rawCode(*raw, rawPhysicalPresence(pp::Present)), rc::Success);
    ASSERT_EQ(rawCode(*raw, request), rc::Success);
    ASSERT_EQ(rawCode(*raw, rawPhysicalPresence(pp::NotPresent)), rc::Success);
}

void expectAccepted(const std::string& spec, const Secret& secret) {
    auto checker = clientFor(spec);
    ASSERT_TRUE(checker);
    auto check = checkOwnerSecret(*checker, secret);
    ASSERT_TRUE(check.ok()) << check.error().detail;
    EXPECT_EQ(*check, OwnerCheck::Accepted);
}

class StateCornersTest : public ProxiedTpmTest {
protected:
    // Owned by `secret` (through the proxy), then turned off (disabled) behind its back.
    void ownThenDisable() {
        startupDirectly();
        startProxyAndClient();
        ASSERT_EQ(runProvisioner(secret).outcome, Outcome::OwnedAndVerified);
        closeClient();
        underPresence(swtpm.spec(), rawPhysicalDisable());
    }
};

} // namespace

// Item 5: owner install off was "allow it in the firmware setup" although presence works.
TEST_F(StateCornersTest, OwnerInstallSwitchedOffIsAllowedUnderPresence) {
    startupDirectly();
    underPresence(swtpm.spec(), buildSetOwnerInstall(false));
    startProxyAndClient();
    const ProvisionReport report = runProvisioner(secret);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report, client.get());
    EXPECT_EQ(countOrdinal(client->trace(), ordinal::SetOwnerInstall), 1u)
        << describeTrace(client->trace());
    closeClient();
    expectAccepted(swtpm.spec(), secret);
}

// Item 6: an owned TPM that is turned off is turned on; its owner is left alone.
TEST_F(StateCornersTest, OwnedButDisabledIsTurnedOnAndTheOwnerLeftAlone) {
    ASSERT_NO_FATAL_FAILURE(ownThenDisable());

    startProxyAndClient();
    const Secret other = secretFor("someone else", SecretEncoding::Sha1);
    const ProvisionReport report = runProvisioner(other);
    ASSERT_EQ(report.outcome, Outcome::AlreadyOwned) << describe(report, client.get());
    EXPECT_TRUE(ranStep(report, StepId::Enable)) << describe(report);
    ASSERT_TRUE(report.error.has_value());
    EXPECT_NE(report.error->detail.find("turned on"), std::string::npos) << report.error->detail;
    EXPECT_EQ(countOrdinal(client->trace(), ordinal::TakeOwnership), 0u);
    EXPECT_EQ(countOrdinal(client->trace(), ordinal::OIAP), 0u) << describeTrace(client->trace());
    ASSERT_TRUE(report.finalState.has_value());
    closeClient();
    const auto state = readStateVia(swtpm.spec());
    ASSERT_TRUE(state.has_value());
    EXPECT_TRUE(state->enabled());
    expectAccepted(swtpm.spec(), secret);
}

// Item 6: verify-owner on a disabled TPM says so and sends no owner command.
TEST_F(StateCornersTest, VerifyOwnerOnADisabledTpmSendsNoOwnerCommand) {
    ASSERT_NO_FATAL_FAILURE(ownThenDisable());

    auto verifier = clientFor(swtpm.spec());
    ASSERT_TRUE(verifier);
    auto state = StateReader(*verifier, nullptr).read();
    ASSERT_TRUE(state.ok());
    auto verified = verifyOwnerOf(*verifier, *state, secret);
    ASSERT_FALSE(verified.ok());
    EXPECT_EQ(verified.error().kind, ErrorKind::Engine);
    EXPECT_NE(verified.error().detail.find("turned off"), std::string::npos)
        << verified.error().detail;
    EXPECT_EQ(countOrdinal(verifier->trace(), ordinal::OIAP), 0u);
}

// Item 14: after a clear earlier in this boot the TPM is active until the next restart,
// although its permanent flag says deactivated: provisioning needs no restart.
TEST_F(StateCornersTest, ClearInThisBootNeedsNoRestart) {
    startupDirectly();
    underPresence(swtpm.spec(), buildForceClear());
    {
        const auto state = readStateVia(swtpm.spec());
        ASSERT_TRUE(state.has_value());
        ASSERT_TRUE(state->tpm12.permanent && state->tpm12.stclear);
        ASSERT_TRUE(state->tpm12.permanent->deactivated) << "libtpms sets it on a clear";
        ASSERT_FALSE(state->tpm12.stclear->deactivated);
    }
    startProxyAndClient();
    const ProvisionReport report = runProvisioner(secret);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report, client.get());
    EXPECT_TRUE(ranStep(report, StepId::Activate)) << describe(report);
    closeClient();
    const PermanentFlagBytes permanent = rawPermanentFlags(swtpm.spec());
    EXPECT_FALSE(permanent.deactivated);
    EXPECT_FALSE(permanent.disable);

    // Item 13: the run asserted presence and released it, so no other program can clear the
    // new owner without being present (before: ForceClear answered 0 here).
    auto raw = openOrFail(swtpm.spec());
    ASSERT_TRUE(raw);
    EXPECT_EQ(rawCode(*raw, buildForceClear()), rc::BadPresence);
    raw.reset();
    expectAccepted(swtpm.spec(), secret);
}

// Item 8: a TPM that resets on every TakeOwnership is tried --max-attempts times, no more.
TEST_F(StateCornersTest, TakeOwnershipAttemptsAreCappedWhenEveryOneMeetsAReset) {
    startupDirectly();
    startProxyAndClient();
    proxy->injectFaultAlways(ordinal::TakeOwnership, {FaultKind::ResetBeforeForward});
    const ProvisionReport report = runProvisioner(secret, 2);
    ASSERT_EQ(report.outcome, Outcome::Failed) << describe(report, client.get());
    EXPECT_EQ(proxy->commandsSeen(ordinal::TakeOwnership), 2u) << describe(report, client.get());
    EXPECT_TRUE(anyNoteContains(report, "attempt 2 of 2")) << describe(report);
    EXPECT_FALSE(anyNoteContains(report, "attempt 3")) << describe(report);
    ASSERT_TRUE(report.error.has_value());
    EXPECT_TRUE(report.error->kind == ErrorKind::Engine) << report.error->detail;
}

// Item 9: a lost TakeOwnership answer, then a reset before the check: the run remembers
// that it sent TakeOwnership and verifies its owner instead of "nothing was changed".
TEST_F(StateCornersTest, LostAnswerThenResetStillEndsVerified) {
    startupDirectly();
    startProxyAndClient();
    proxy->injectFault(ordinal::TakeOwnership, 1, {FaultKind::DropAfterForward});
    proxy->injectFault(ordinal::OIAP, 2, {FaultKind::ResetBeforeForward});
    const ProvisionReport report = runProvisioner(secret);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report, client.get());
    EXPECT_EQ(proxy->faultsApplied(), 2u);
    EXPECT_EQ(proxy->commandsSeen(ordinal::TakeOwnership), 1u);
    EXPECT_TRUE(ranStep(report, StepId::Verify)) << describe(report);
    EXPECT_EQ(report.srkFingerprint.size(), 40u);
}

// Item 11: a transient ReadPubek failure is read again; no EK creation that must fail.
TEST_F(StateCornersTest, TransientReadPubekFailureCreatesNoEndorsementKey) {
    startupDirectly();
    startProxyAndClient();
    proxy->injectFault(ordinal::ReadPubek, 1, {FaultKind::Truncate, 0ms, 12});
    const ProvisionReport report = runProvisioner(secret);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report, client.get());
    EXPECT_EQ(proxy->commandsSeen(ordinal::CreateEndorsementKeyPair), 0u)
        << describe(report, client.get());
}

TEST_F(StateCornersTest, ReadPubekThatKeepsFailingStopsWithItsError) {
    startupDirectly();
    startProxyAndClient();
    proxy->injectFaultAlways(ordinal::ReadPubek, {FaultKind::Truncate, 0ms, 12});
    const ProvisionReport report = runProvisioner(secret);
    ASSERT_EQ(report.outcome, Outcome::Failed) << describe(report, client.get());
    EXPECT_EQ(proxy->commandsSeen(ordinal::CreateEndorsementKeyPair), 0u);
    ASSERT_TRUE(report.error.has_value());
    EXPECT_NE(report.error->kind, ErrorKind::Engine) << report.error->detail;
    ASSERT_FALSE(report.steps.empty());
    EXPECT_EQ(report.steps.back().step, StepId::EndorsementKey);
}

// Item 13: on request the run also locks presence until the next boot.
TEST_F(StateCornersTest, LockPresenceKeepsItOffUntilTheNextBoot) {
    startupDirectly();
    underPresence(swtpm.spec(), rawPhysicalDisable());
    startProxyAndClient();
    ProvisionOptions options = confirmedOptions(secret);
    options.lockPresence = true;
    const ProvisionReport report = Provisioner(*client, nullptr).run(options);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report, client.get());
    EXPECT_TRUE(anyNoteContains(report, "released and locked")) << describe(report);
    closeClient();
    const auto state = readStateVia(swtpm.spec());
    ASSERT_TRUE(state && state->tpm12.stclear);
    EXPECT_TRUE(state->tpm12.stclear->physicalPresenceLock);
    EXPECT_FALSE(state->tpm12.stclear->physicalPresence);
}
