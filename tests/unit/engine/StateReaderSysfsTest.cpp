// StateReader recognises a TPM 2.0 from sysfs alone, before anything is sent to it.

#include "FakeTransport.h"
#include "TempDir.h"
#include "engine/Provisioner.h"
#include "engine/StateReader.h"

#include <gtest/gtest.h>

using namespace tpm;
using namespace tpm::test;

namespace {

using Rig = FakeClientRig;

} // namespace

TEST(StateReaderSysfs, VersionMajorTwoIsTpm20WithoutSendingAnything) {
    TempDir dir;
    dir.write("class/tpm/tpm0/tpm_version_major", "2\n");
    const SysfsReader sysfs(dir.path().string(), (dir.path() / "dev/tpm0").string());
    Rig rig;

    StateReader reader(*rig.client, &sysfs);
    auto state = reader.read();
    ASSERT_TRUE(state.ok()) << state.error().detail;
    EXPECT_EQ(state->family, TpmFamily::Tpm20);
    EXPECT_NE(state->familyDetail.find("tpm_version_major"), std::string::npos)
        << state->familyDetail;
    ASSERT_TRUE(state->sysfs.has_value());
    EXPECT_EQ(state->sysfs->versionMajor, 2);
    EXPECT_TRUE(rig.client->trace().empty());
    EXPECT_TRUE(rig.transport->sent().empty());
}

TEST(StateReaderSysfs, ResourceManagerNodeIsTpm20WithoutSendingAnything) {
    TempDir dir;
    dir.write("class/tpm/tpm0/enabled", "1\n"); // an older kernel: no tpm_version_major
    dir.write("dev/tpmrm0", "");
    const SysfsReader sysfs(dir.path().string(), (dir.path() / "dev/tpm0").string());
    Rig rig;

    auto state = StateReader(*rig.client, &sysfs).read();
    ASSERT_TRUE(state.ok()) << state.error().detail;
    EXPECT_EQ(state->family, TpmFamily::Tpm20);
    EXPECT_NE(state->familyDetail.find("tpmrm0"), std::string::npos) << state->familyDetail;
    EXPECT_TRUE(rig.transport->sent().empty());
}

TEST(StateReaderSysfs, ProvisionerStopsAtATpm20FromSysfs) {
    TempDir dir;
    dir.write("class/tpm/tpm0/tpm_version_major", "2\n");
    const SysfsReader sysfs(dir.path().string(), (dir.path() / "dev/tpm0").string());
    Rig rig;

    Provisioner provisioner(*rig.client, &sysfs);
    ProvisionOptions options;
    options.confirmOwnerSecretStored = [] { return true; };
    const ProvisionReport report = provisioner.run(options);
    EXPECT_EQ(report.outcome, Outcome::NotSupported);
    ASSERT_TRUE(report.error.has_value());
    EXPECT_EQ(report.error->kind, ErrorKind::Engine);
    EXPECT_EQ(report.error->code, static_cast<std::uint32_t>(EngineStopCode::NotTpm12));
    EXPECT_TRUE(report.explanation.has_value());
    EXPECT_TRUE(rig.transport->sent().empty());
}

TEST(StateReaderSysfs, VersionMajorOneStillAsksTheTpm) {
    TempDir dir;
    dir.write("class/tpm/tpm0/tpm_version_major", "1\n");
    const SysfsReader sysfs(dir.path().string(), (dir.path() / "dev/tpm0").string());
    Rig rig;
    rig.transport->fail(Error::system(62, "timed out")); // ETIME

    auto state = StateReader(*rig.client, &sysfs).read();
    ASSERT_FALSE(state.ok());
    EXPECT_EQ(state.error().kind, ErrorKind::System);
    ASSERT_EQ(rig.transport->sent().size(), 1u);
    ASSERT_EQ(rig.client->trace().size(), 1u);
    EXPECT_EQ(rig.client->trace()[0].ordinal, ordinal::GetCapability);
    EXPECT_TRUE(rig.client->trace()[0].transportError.has_value());
}

TEST(StateReaderSysfs, NoSysfsDirectoryAsksTheTpm) {
    TempDir dir; // no class/tpm/tpm0 at all: not a Linux device as far as sysfs goes
    const SysfsReader sysfs(dir.path().string(), (dir.path() / "dev/tpm0").string());
    Rig rig;
    rig.transport->fail(Error::system(104, "connection reset")); // ECONNRESET

    auto state = StateReader(*rig.client, &sysfs).read();
    ASSERT_FALSE(state.ok());
    EXPECT_EQ(rig.transport->sent().size(), 1u);
}

// TPM 1.2 chips answer the deprecated TPM_CAP_VERSION with 1.1.0.0 by specification (major
// and minor MUST say 1.1, the revision MUST be 0.0; libtpms does exactly that), so that
// answer cannot tell a 1.1 chip from a 1.2 chip that refused TPM_CAP_VERSION_VAL.
TEST(StateReaderFamily, CapVersionOneOneZeroZeroIsNotProofOfATpm11) {
    Rig rig;
    constexpr std::uint32_t kBadMode = 0x2C; // TPM_BAD_MODE: what a chip says to an unknown capArea
    rig.transport->answer(headerOnlyResponse(kBadMode));
    rig.transport->answer(Bytes{0x00, 0xC4, 0x00, 0x00, 0x00, 0x12, 0x00, 0x00, 0x00,
                                0x00,                     // header
                                0x00, 0x00, 0x00, 0x04,   // respSize
                                0x01, 0x01, 0x00, 0x00}); // TPM_STRUCT_VER 1.1.0.0

    auto state = StateReader(*rig.client, nullptr).read();
    if (state.ok()) {
        EXPECT_NE(state->family, TpmFamily::Tpm11)
            << "a 1.1.0.0 TPM_CAP_VERSION answer was taken for a TPM 1.1: " << state->familyDetail;
    }
    EXPECT_EQ(rig.transport->sent().size(), 2u);
}
