// Requesting a Physical Presence Interface operation (issue 13): against sysfs trees the test
// writes, as the kernel shows them for firmware that offers operations or not; the write's
// failures as the kernel reports them (EPERM, EIO, EFAULT) through an injected writer.

#include "engine/PpiRequest.h"

#include "TempDir.h"

#include <cerrno>
#include <fstream>
#include <gtest/gtest.h>

using namespace tpm;
using tpm::test::TempDir;

namespace {

// /sys/class/tpm/tpm0 of a TPM 2.0 under OVMF: clear and enable-clear ask the user, change-eps
// only in the firmware setup, 2 (disable) blocked.
SysfsInfo ovmfTpm2(const TempDir& dir,
                   const std::string& operations = "0 3: User required\n5 3: User required\n"
                                                   "14 3: User required\n24 1: BIOS only\n"
                                                   "2 2: Blocked for OS by BIOS\n") {
    const auto tpm = dir.path() / "class" / "tpm" / "tpm0";
    std::filesystem::create_directories(tpm / "ppi");
    std::ofstream(tpm / "tpm_version_major") << "2\n";
    std::ofstream(tpm / "ppi" / "version") << "1.3\n";
    std::ofstream(tpm / "ppi" / "tcg_operations") << operations;
    std::ofstream(tpm / "ppi" / "vs_operations") << "";
    std::ofstream(tpm / "ppi" / "request") << "0\n";
    std::ofstream(tpm / "ppi" / "response") << "0: No Recent Request\n";
    std::ofstream(tpm / "ppi" / "transition_action") << "2: Reboot\n";
    auto read = SysfsReader(dir.path().string(), "/dev/tpm0").read();
    EXPECT_TRUE(read.has_value());
    return read.value_or(SysfsInfo{});
}

std::string requestFile(const SysfsInfo& sysfs) {
    std::ifstream in(sysfs.ppiDirectory + "/request");
    std::string text;
    std::getline(in, text);
    return text;
}

} // namespace

TEST(PpiRequest, AnOfferedOperationIsWrittenWithWhatTheNextBootDoes) {
    TempDir dir;
    const SysfsInfo sysfs = ovmfTpm2(dir);
    auto plan = planPpiRequest(sysfs, TpmFamily::Tpm20, "clear");
    ASSERT_TRUE(plan.ok()) << plan.error().detail;
    EXPECT_EQ(plan->operation.operation, 5u);
    EXPECT_EQ(plan->status, PpiOperationStatus::UserRequired);
    EXPECT_NE(plan->nextBoot.find("confirm"), std::string::npos) << plan->nextBoot;
    EXPECT_NE(plan->nextBoot.find(ppiTransitionWords(2)), std::string::npos) << plan->nextBoot;
    ASSERT_TRUE(writePpiRequest(sysfs.ppiDirectory, plan->operation.operation).ok());
    EXPECT_EQ(requestFile(sysfs), "5");
    ASSERT_TRUE(planPpiRequest(sysfs, TpmFamily::Tpm20, "enable-clear").ok());
}

TEST(PpiRequest, WhatTheFirmwareDoesNotOfferIsRefusedBeforeAnyWrite) {
    TempDir dir;
    const SysfsInfo sysfs = ovmfTpm2(dir);
    for (const char* name : {"change-eps", "disable", "enable"}) { // BIOS only, blocked, absent
        auto plan = planPpiRequest(sysfs, TpmFamily::Tpm20, name);
        ASSERT_FALSE(plan.ok()) << name;
        EXPECT_EQ(plan.error().kind, ErrorKind::Engine) << name;
        EXPECT_EQ(plan.error().code, static_cast<std::uint32_t>(EngineStopCode::Blocked));
        EXPECT_NE(plan.error().detail.find("firmware setup"), std::string::npos)
            << plan.error().detail;
    }
    EXPECT_EQ(requestFile(sysfs), "0");
    // "none" cancels a pending request, offered or not.
    EXPECT_TRUE(planPpiRequest(sysfs, TpmFamily::Tpm20, "none").ok());
}

TEST(PpiRequest, SeaBiosAndQbootOfferNothing) {
    TempDir dir;
    const SysfsInfo sysfs = ovmfTpm2(dir, "");
    auto plan = planPpiRequest(sysfs, TpmFamily::Tpm20, "clear");
    ASSERT_FALSE(plan.ok());
    EXPECT_NE(plan.error().detail.find("not offered"), std::string::npos) << plan.error().detail;
    SysfsInfo noPpi = sysfs;
    noPpi.hasPpi = false;
    auto none = planPpiRequest(noPpi, TpmFamily::Tpm12, "clear");
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().detail.find("no Physical Presence Interface"), std::string::npos);
}

TEST(PpiRequest, NamesBelongToTheirFamily) {
    TempDir dir;
    const SysfsInfo sysfs = ovmfTpm2(dir, "3 3: User required\n6 3: User required\n");
    EXPECT_EQ(planPpiRequest(sysfs, TpmFamily::Tpm20, "turn-on").error().kind, ErrorKind::Usage);
    EXPECT_EQ(planPpiRequest(sysfs, TpmFamily::Tpm12, "change-eps").error().kind, ErrorKind::Usage);
    EXPECT_EQ(planPpiRequest(sysfs, TpmFamily::Tpm12, "5").error().kind, ErrorKind::Usage);
    EXPECT_EQ(planPpiRequest(sysfs, TpmFamily::Tpm12, "rm -rf").error().kind, ErrorKind::Usage);
    auto turnOn = planPpiRequest(sysfs, TpmFamily::Tpm12, "turn-on");
    ASSERT_TRUE(turnOn.ok()) << turnOn.error().detail;
    EXPECT_EQ(turnOn->operation.operation, 6u);
}

TEST(PpiRequest, TheKernelsRefusalsAreNamed) {
    const struct {
        int err;
        const char* part;
    } cases[] = {{EPERM, "refused"}, {EIO, "failed"}, {EFAULT, "failed"}, {EACCES, "root"}};
    for (const auto& c : cases) {
        std::string seenPath, seenText;
        auto written = writePpiRequest("/sys/class/tpm/tpm0/ppi", 5,
                                       [&](const std::string& path, const std::string& text) {
                                           seenPath = path;
                                           seenText = text;
                                           return c.err;
                                       });
        ASSERT_FALSE(written.ok());
        EXPECT_EQ(written.error().kind, ErrorKind::System);
        EXPECT_EQ(written.error().code, static_cast<std::uint32_t>(c.err));
        EXPECT_NE(written.error().detail.find(c.part), std::string::npos) << written.error().detail;
        EXPECT_EQ(seenPath, "/sys/class/tpm/tpm0/ppi/request");
        EXPECT_EQ(seenText, "5");
    }
    // A real file that is not there: the system call's own error.
    auto missing = writePpiRequest("/nonexistent/ppi", 5);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, static_cast<std::uint32_t>(ENOENT));
}
