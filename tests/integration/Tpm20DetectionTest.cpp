// A TPM 2.0 (swtpm --tpm2) is recognised from its answer and left alone.

#include "IntegrationSupport.h"

#include <gtest/gtest.h>

using namespace tpm;
using namespace tpm::test;

namespace {

class Tpm20DetectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        swtpm.setTpm2(true);
        auto started = swtpm.start();
        ASSERT_TRUE(started.ok()) << started.error().detail;
    }
    SwtpmInstance swtpm;
};

} // namespace

TEST_F(Tpm20DetectionTest, StateReaderReportsTpm20) {
    auto client = clientFor(swtpm.spec());
    ASSERT_TRUE(client);
    auto state = StateReader(*client, nullptr).read();
    ASSERT_TRUE(state.ok()) << state.error().detail << describeTrace(client->trace());
    EXPECT_EQ(state->family, TpmFamily::Tpm20);
    EXPECT_NE(state->familyDetail.find("TPM 2.0"), std::string::npos) << state->familyDetail;
    EXPECT_FALSE(state->tpm12.permanent.has_value());
    // One question was enough; nothing else was sent to it.
    ASSERT_EQ(client->trace().size(), 1u) << describeTrace(client->trace());
    EXPECT_EQ(client->trace()[0].ordinal, ordinal::GetCapability);
}

TEST_F(Tpm20DetectionTest, ProvisionerSaysNotSupported) {
    auto client = clientFor(swtpm.spec());
    ASSERT_TRUE(client);
    Provisioner provisioner(*client, nullptr);
    ProvisionOptions options;
    options.confirmOwnerSecretStored = [] { return true; };
    const ProvisionReport report = provisioner.run(options);
    ASSERT_EQ(report.outcome, Outcome::NotSupported) << describe(report, client.get());
    ASSERT_TRUE(report.error.has_value());
    EXPECT_EQ(report.error->kind, ErrorKind::Engine) << report.error->detail; // not Protocol
    EXPECT_EQ(report.error->code, static_cast<std::uint32_t>(EngineStopCode::NotTpm12));
    EXPECT_NE(report.error->detail.find("TPM 2.0"), std::string::npos) << report.error->detail;
    ASSERT_TRUE(report.explanation.has_value());
    EXPECT_TRUE(report.steps.empty());
    for (const TraceEntry& entry : client->trace())
        EXPECT_EQ(entry.ordinal, ordinal::GetCapability) << describeTrace(client->trace());
}
