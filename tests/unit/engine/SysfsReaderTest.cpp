// SysfsReader over a directory the test writes, shaped like /sys/class/tpm/tpm0.

#include "TempDir.h"
#include "engine/Sysfs.h"

#include <gtest/gtest.h>

using namespace tpm;
using namespace tpm::test;

namespace {

constexpr const char* kDurations = "3015000 4508000 180995000 [original]";
constexpr const char* kTimeouts = "750000 750000 750000 750000 [original]";
constexpr const char* kCaps = "Manufacturer: 0x53544d20\nTCG version: 1.2\nFirmware version: 13.12";

class SysfsReaderTest : public ::testing::Test {
protected:
    SysfsReader reader() const { return SysfsReader(dir.path().string(), "/dev/tpm0"); }
    TempDir dir;
};

} // namespace

TEST_F(SysfsReaderTest, MissingDirectoryIsNullopt) {
    EXPECT_FALSE(reader().read().has_value());
    dir.mkdir("class/tpm/tpm1"); // another device does not count
    EXPECT_FALSE(reader().read().has_value());
}

TEST_F(SysfsReaderTest, RootThatDoesNotExistIsNullopt) {
    const SysfsReader missing((dir.path() / "no-such-root").string(), "/dev/tpm0");
    EXPECT_FALSE(missing.read().has_value());
}

TEST_F(SysfsReaderTest, ReadsEveryAttributeBesideTheDevice) {
    dir.write("class/tpm/tpm0/durations", std::string(kDurations) + "\n");
    dir.write("class/tpm/tpm0/timeouts", std::string(kTimeouts) + "\n");
    dir.write("class/tpm/tpm0/caps", std::string(kCaps) + "\n");
    dir.write("class/tpm/tpm0/tpm_version_major", "1\n");
    dir.write("class/tpm/tpm0/enabled", "1\n");
    dir.write("class/tpm/tpm0/active", "0\n");
    dir.write("class/tpm/tpm0/owned", "1\n");
    dir.write("class/tpm/tpm0/temp_deactivated", "1\n");

    const auto info = reader().read();
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->directory, (dir.path() / "class/tpm/tpm0").string());
    EXPECT_EQ(info->durations, kDurations);
    EXPECT_EQ(info->timeouts, kTimeouts);
    EXPECT_EQ(info->caps, kCaps); // inner newlines kept, the trailing one trimmed
    EXPECT_EQ(info->versionMajor, 1);
    EXPECT_EQ(info->enabled, true);
    EXPECT_EQ(info->active, false);
    EXPECT_EQ(info->owned, true);
    EXPECT_EQ(info->tempDeactivated, true);
    EXPECT_FALSE(info->hasPpi);
    EXPECT_TRUE(info->ppiVersion.empty());
}

TEST_F(SysfsReaderTest, VersionMajorTwo) {
    dir.write("class/tpm/tpm0/tpm_version_major", "2\n");
    const auto info = reader().read();
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->versionMajor, 2);
}

TEST_F(SysfsReaderTest, UnexpectedVersionMajorIsUnknown) {
    dir.write("class/tpm/tpm0/tpm_version_major", "3\n");
    const auto info = reader().read();
    ASSERT_TRUE(info.has_value());
    EXPECT_FALSE(info->versionMajor.has_value());
}

TEST_F(SysfsReaderTest, FailedQueriesReadAsEmptyAndUnknown) {
    // The driver answers a failed TPM query with an empty file; missing files look the same.
    dir.write("class/tpm/tpm0/durations", "");
    dir.write("class/tpm/tpm0/enabled", "");
    dir.write("class/tpm/tpm0/active", "yes\n"); // not 0/1: unknown
    const auto info = reader().read();
    ASSERT_TRUE(info.has_value());
    EXPECT_TRUE(info->durations.empty());
    EXPECT_TRUE(info->timeouts.empty());
    EXPECT_TRUE(info->caps.empty());
    EXPECT_FALSE(info->versionMajor.has_value());
    EXPECT_FALSE(info->enabled.has_value());
    EXPECT_FALSE(info->active.has_value());
    EXPECT_FALSE(info->owned.has_value());
    EXPECT_FALSE(info->tempDeactivated.has_value());
}

TEST_F(SysfsReaderTest, OlderKernelsKeepTheFilesUnderDevice) {
    dir.write("class/tpm/tpm0/device/durations", std::string(kDurations) + "\n");
    dir.write("class/tpm/tpm0/device/timeouts", std::string(kTimeouts) + "\n");
    dir.write("class/tpm/tpm0/device/caps", std::string(kCaps) + "\n");
    dir.write("class/tpm/tpm0/device/enabled", "0\n");
    dir.write("class/tpm/tpm0/device/active", "1\n");
    dir.write("class/tpm/tpm0/device/owned", "0\n");
    dir.write("class/tpm/tpm0/device/temp_deactivated", "0\n");
    dir.write("class/tpm/tpm0/device/ppi/version", "1.2\n");
    dir.write("class/tpm/tpm0/device/ppi/tcg_operations", "0 1: Not implemented\n");
    dir.write("class/tpm/tpm0/device/ppi/vs_operations", "128 1: Not implemented\n");

    const auto info = reader().read();
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->durations, kDurations);
    EXPECT_EQ(info->timeouts, kTimeouts);
    EXPECT_EQ(info->caps, kCaps);
    EXPECT_EQ(info->enabled, false);
    EXPECT_EQ(info->active, true);
    EXPECT_EQ(info->owned, false);
    EXPECT_EQ(info->tempDeactivated, false);
    EXPECT_TRUE(info->hasPpi);
    EXPECT_EQ(info->ppiVersion, "1.2");
    EXPECT_EQ(info->ppiTcgOperations, "0 1: Not implemented");
    EXPECT_EQ(info->ppiVendorOperations, "128 1: Not implemented");
}

TEST_F(SysfsReaderTest, FilesBesideTheDeviceWinOverDevice) {
    dir.write("class/tpm/tpm0/enabled", "1\n");
    dir.write("class/tpm/tpm0/device/enabled", "0\n");
    dir.write("class/tpm/tpm0/durations", ""); // empty: the device/ copy is used
    dir.write("class/tpm/tpm0/device/durations", std::string(kDurations) + "\n");
    const auto info = reader().read();
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->enabled, true);
    EXPECT_EQ(info->durations, kDurations);
}

TEST_F(SysfsReaderTest, PpiBesideTheDevice) {
    dir.write("class/tpm/tpm0/ppi/version", "1.3\n");
    dir.write("class/tpm/tpm0/ppi/tcg_operations", "5 4: User required\n6 4: User required\n");
    const auto info = reader().read();
    ASSERT_TRUE(info.has_value());
    EXPECT_TRUE(info->hasPpi);
    EXPECT_EQ(info->ppiVersion, "1.3");
    EXPECT_EQ(info->ppiTcgOperations, "5 4: User required\n6 4: User required");
    EXPECT_TRUE(info->ppiVendorOperations.empty()); // no vendor operations offered
}

TEST_F(SysfsReaderTest, PpiDirectoryWithoutOperations) {
    dir.mkdir("class/tpm/tpm0/ppi");
    const auto info = reader().read();
    ASSERT_TRUE(info.has_value());
    EXPECT_TRUE(info->hasPpi);
    EXPECT_TRUE(info->ppiTcgOperations.empty());
}

TEST_F(SysfsReaderTest, OtherDeviceNumbersReadTheirOwnDirectory) {
    dir.write("class/tpm/tpm0/enabled", "0\n");
    dir.write("class/tpm/tpm1/enabled", "1\n");
    const SysfsReader second(dir.path().string(), "/dev/tpm1");
    const auto info = second.read();
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->enabled, true);
}

TEST(SysfsReader, ResourceManagerPathBesideTheDevice) {
    EXPECT_EQ(SysfsReader("/sys", "/dev/tpm0").resourceManagerPath(), "/dev/tpmrm0");
    EXPECT_EQ(SysfsReader("/sys", "/dev/tpm12").resourceManagerPath(), "/dev/tpmrm12");
    EXPECT_EQ(SysfsReader("/sys", "/tmp/x/tpm1").resourceManagerPath(), "/tmp/x/tpmrm1");
    EXPECT_EQ(SysfsReader("/sys", "/dev/vtpmx").resourceManagerPath(), "");
}
