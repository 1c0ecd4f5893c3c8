// Chips that answer differently from libtpms, made by rewriting swtpm's answers in a
// FaultProxy: older spec revisions, error answers with stray bytes, a TPM that keeps saying
// "not now" or keeps resetting.

#include "ProxiedTpmTest.h"

#include <gtest/gtest.h>
#include <map>

using namespace std::chrono_literals;
using namespace tpm;
using namespace tpm::test;

namespace {

using ChipQuirksTest = ProxiedTpmTest;

std::uint32_t u32At(ByteView bytes, std::size_t offset) {
    return (std::uint32_t{bytes[offset]} << 24) | (std::uint32_t{bytes[offset + 1]} << 16) |
           (std::uint32_t{bytes[offset + 2]} << 8) | std::uint32_t{bytes[offset + 3]};
}

void putU32(Bytes& bytes, std::size_t offset, std::uint32_t value) {
    for (int i = 0; i < 4; ++i)
        bytes[offset + static_cast<std::size_t>(i)] =
            static_cast<std::uint8_t>(value >> (24 - 8 * i));
}

// GetCapability(TPM_CAP_FLAG, 0x108) answers with the last flag cut off, as a revision 85/94
// chip sends TPM_PERMANENT_FLAGS (19 flags, no disableFullDALogicInfo).
Bytes asRevision94Chip(ByteView request, Bytes response) {
    const bool permanentFlags = request.size() >= 22 && u32At(request, 10) == cap::Flag &&
                                u32At(request, 18) == cap::FlagPermanent;
    if (!permanentFlags || response.size() < 15 || u32At(response, 6) != rc::Success)
        return response;
    response.pop_back();
    putU32(response, 2, static_cast<std::uint32_t>(response.size()));
    putU32(response, 10, u32At(response, 10) - 1);
    return response;
}

} // namespace

// Item 2 of issue 8: status, provision and verify-owner all stopped at "truncated".
TEST_F(ChipQuirksTest, Revision94FlagsProvisionAndVerify) {
    startupDirectly();
    startProxyAndClient();
    proxy->injectFaultAlways(ordinal::GetCapability, Fault::rewriting(asRevision94Chip));

    auto state = StateReader(*client, nullptr).read();
    ASSERT_TRUE(state.ok()) << state.error().detail;
    ASSERT_TRUE(state->tpm12.permanent.has_value());
    EXPECT_EQ(state->tpm12.permanent->reported, 19);
    EXPECT_TRUE(state->tpm12.permanent->ownership);

    const ProvisionReport report = runProvisioner(secret);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report, client.get());
    auto check = checkOwnerSecret(*client, secret);
    ASSERT_TRUE(check.ok()) << check.error().detail;
    EXPECT_EQ(*check, OwnerCheck::Accepted);
    EXPECT_GT(proxy->faultsApplied(), 2u);
}

// Item 4: a refusal with stray parameter bytes was taken for a lost answer and retried.
TEST_F(ChipQuirksTest, RefusedTakeOwnershipWithStrayBytesIsNotRetried) {
    startupDirectly();
    startProxyAndClient();
    Bytes refusal{0x00, 0xC4, 0x00, 0x00, 0x00, 0x0E, 0x00,
                  0x00, 0x00, 0x01, 0xDE, 0xAD, 0xBE, 0xEF};
    proxy->injectFaultAlways(ordinal::TakeOwnership, Fault::answering(refusal));

    const ProvisionReport report = runProvisioner(secret);
    ASSERT_EQ(report.outcome, Outcome::Failed) << describe(report, client.get());
    ASSERT_TRUE(report.error.has_value());
    EXPECT_TRUE(report.error->isTpm(rc::AuthFail)) << describe(report);
    EXPECT_NE(report.error->detail.find("4 stray parameter bytes"), std::string::npos)
        << report.error->detail;
    EXPECT_EQ(proxy->commandsSeen(ordinal::TakeOwnership), 1u) << describe(report, client.get());
    EXPECT_FALSE(anyNoteContains(report, "was lost")) << describe(report);
}

// Item 3: libtpms keeps the OIAP session when it answers DEFEND_LOCK_RUNNING; unflushed,
// fourteen such checks used up the TPM's sessions (TPM_RESOURCES) for every program.
TEST_F(ChipQuirksTest, RefusedOwnerChecksDoNotLeakSessions) {
    startupDirectly();
    startProxyAndClient();
    ASSERT_EQ(runProvisioner(secret).outcome, Outcome::OwnedAndVerified);

    const Secret wrong = secretFor("not the owner password", SecretEncoding::Sha1);
    std::map<std::uint32_t, int> answers;
    for (int i = 0; i < 40; ++i) {
        auto check = checkOwnerSecret(*client, wrong);
        if (check.ok())
            ++answers[*check == OwnerCheck::Rejected ? rc::AuthFail : 0];
        else
            ++answers[check.error().kind == ErrorKind::Tpm ? check.error().code : 0xFFFFFFFF];
    }
    EXPECT_GT(answers[rc::DefendLockRunning], 20) << describeTrace(client->trace());
    EXPECT_EQ(answers.count(rc::Resources), 0u) << describeTrace(client->trace());
    EXPECT_GE(countOrdinal(client->trace(), ordinal::FlushSpecific), 20u);

    auto oiap = client->execute(buildOiap());
    ASSERT_TRUE(oiap.ok());
    auto session = parseOiap(*oiap);
    EXPECT_TRUE(session.ok()) << session.error().detail;
}

// Item 10: TPM_RETRY to an authorized command: nothing ran, so a fresh session tries again.
TEST_F(ChipQuirksTest, RetryAnswerToAnAuthorizedCommandIsRetried) {
    startupDirectly();
    startProxyAndClient();
    ASSERT_EQ(runProvisioner(secret).outcome, Outcome::OwnedAndVerified);

    const Bytes retry{0x00, 0xC4, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x08, 0x00};
    const unsigned before = proxy->commandsSeen(ordinal::GetCapabilityOwner);
    proxy->injectFault(ordinal::GetCapabilityOwner, before + 1, Fault::answering(retry));
    proxy->injectFault(
        ordinal::GetCapabilityOwner, before + 2,
        Fault::answering({0x00, 0xC4, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x08, 0x02}));
    auto check = checkOwnerSecret(*client, secret);
    ASSERT_TRUE(check.ok()) << check.error().detail << describeTrace(client->trace());
    EXPECT_EQ(*check, OwnerCheck::Accepted);
    EXPECT_EQ(proxy->commandsSeen(ordinal::GetCapabilityOwner), before + 3);
}
