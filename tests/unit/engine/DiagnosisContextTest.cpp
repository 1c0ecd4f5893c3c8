// diagnosisContext: what the explanation of a failure gets to know.

#include "FakeTransport.h"
#include "engine/Provisioner.h"
#include "protocol/Commands.h"

#include <gtest/gtest.h>

using namespace tpm;
using namespace tpm::test;

namespace {

using Rig = FakeClientRig;

TpmState stateWithFacts() {
    TpmState state;
    state.family = TpmFamily::Tpm12;
    state.tpm12.permanent = PermanentFlags{};
    state.tpm12.permanent->physicalPresenceLifetimeLock = true;
    state.tpm12.permanent->physicalPresenceCMDEnable = true;
    state.tpm12.stclear = StclearFlags{};
    state.tpm12.stclear->deactivated = true;
    CapVersionInfo info;
    info.version = Version{1, 2, 13, 12};
    info.vendorId = {'S', 'T', 'M', ' '};
    state.tpm12.versionInfo = info;
    state.tpm12.durations = Durations{3015000, 4508000, 180995000};
    SysfsInfo sysfs;
    sysfs.durations = "3015000 4508000 180995000 [original]";
    state.sysfs = sysfs;
    return state;
}

} // namespace

TEST(DiagnosisContext, WithoutTraceOrState) {
    Rig rig;
    const explain::Context context =
        diagnosisContext("take-ownership", *rig.client, nullptr, 2, true);
    EXPECT_EQ(context.step, "take-ownership");
    EXPECT_EQ(context.attempts, 2);
    EXPECT_TRUE(context.recovered);
    EXPECT_EQ(context.ordinal, 0u);
    EXPECT_EQ(context.presenceBits, 0);
    EXPECT_FALSE(context.permanent.has_value());
    EXPECT_FALSE(context.stclear.has_value());
    EXPECT_TRUE(context.vendor.empty());
    EXPECT_TRUE(context.sysfsDurations.empty());
}

TEST(DiagnosisContext, PresenceBitsComeBackFromTheTraceNote) {
    Rig rig;
    rig.transport->answer(headerOnlyResponse(rc::BadParameter));
    (void)rig.client->execute(buildPhysicalPresence(pp::CmdEnable), "CMD_ENABLE");
    explain::Context context =
        diagnosisContext("physical-presence", *rig.client, nullptr, 0, false);
    EXPECT_EQ(context.ordinal, ordinal::PhysicalPresence);
    EXPECT_EQ(context.presenceBits, pp::CmdEnable);

    rig.transport->answer(headerOnlyResponse(rc::BadParameter));
    (void)rig.client->execute(buildPhysicalPresence(pp::Present), "PRESENT");
    context = diagnosisContext("physical-presence", *rig.client, nullptr, 0, false);
    EXPECT_EQ(context.presenceBits, pp::Present);
}

TEST(DiagnosisContext, OrdinalIsTheLastCommandSent) {
    Rig rig;
    rig.transport->answer(headerOnlyResponse(rc::BadParameter));
    (void)rig.client->execute(buildPhysicalPresence(pp::Present), "PRESENT");
    rig.transport->fail(Error::system(62, "timed out"));
    (void)rig.client->execute(buildSelfTestFull());
    const explain::Context context = diagnosisContext("self-test", *rig.client, nullptr, 0, false);
    EXPECT_EQ(context.ordinal, ordinal::SelfTestFull);
    EXPECT_EQ(context.presenceBits, 0); // only for a presence command
}

TEST(DiagnosisContext, StateFillsFlagsVendorAndDurations) {
    Rig rig;
    const TpmState state = stateWithFacts();
    const explain::Context context = diagnosisContext("enable", *rig.client, &state, 0, false);
    ASSERT_TRUE(context.permanent.has_value());
    EXPECT_EQ(*context.permanent, *state.tpm12.permanent);
    ASSERT_TRUE(context.stclear.has_value());
    EXPECT_TRUE(context.stclear->deactivated);
    EXPECT_EQ(context.vendor, "STM");
    EXPECT_EQ(context.chipVersion, "1.2.13.12");
    ASSERT_TRUE(context.tpmDurations.has_value());
    EXPECT_EQ(context.tpmDurations->longUs, 180995000u);
    EXPECT_EQ(context.sysfsDurations, "3015000 4508000 180995000 [original]");
}

TEST(DiagnosisContext, VendorFallsBackToTheManufacturerProperty) {
    Rig rig;
    TpmState state;
    state.manufacturer = "IFX";
    state.tpm12.legacyVersion = Version{1, 1, 0, 0};
    const explain::Context context = diagnosisContext("", *rig.client, &state, 0, false);
    EXPECT_EQ(context.vendor, "IFX");
    EXPECT_EQ(context.chipVersion, "1.1.0.0");
    EXPECT_TRUE(context.sysfsDurations.empty());
}

TEST(DiagnosisContext, SeedReportPresenceErrorIsExplainedAsHarmless) {
    // The seed report's first symptom, as the engine would explain it: CMD_ENABLE answered
    // 0x03 while CMD_ENABLE was already set and lifetime-locked.
    Rig rig;
    rig.transport->answer(headerOnlyResponse(rc::BadParameter));
    auto response = rig.client->execute(buildPhysicalPresence(pp::CmdEnable), "CMD_ENABLE");
    ASSERT_TRUE(response.ok());
    const TpmState state = stateWithFacts();
    const explain::Explanation explanation =
        explain::explain(Error::tpm(rc::BadParameter),
                         diagnosisContext("physical-presence", *rig.client, &state, 0, false));
    EXPECT_EQ(explanation.code, "0x03");
    EXPECT_TRUE(explanation.harmless) << explanation.detail;
}
