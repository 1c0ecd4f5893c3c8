// The failures of Debian bug #1006726 (Lenovo W530, STM 1.2.13.12), each explained in the
// context the engine would have had.

#include "explain/ErrorCatalogue.h"
#include "protocol/Constants.h"

#include <cerrno>
#include <gtest/gtest.h>

namespace tpm::explain {
namespace {

bool has(const std::string& text, const char* needle) {
    return text.find(needle) != std::string::npos;
}
std::string all(const Explanation& e) {
    return e.meaning + "\n" + e.detail + "\n" + e.nextAction;
}

Context presenceContext(std::uint16_t bits) {
    Context c;
    c.step = "physical-presence";
    c.ordinal = ordinal::PhysicalPresence;
    c.presenceBits = bits;
    return c;
}

TEST(SeedReport, CmdEnableRefusedButAlreadySetIsHarmless) {
    Context c = presenceContext(pp::CmdEnable);
    PermanentFlags perm;
    perm.physicalPresenceLifetimeLock = true;
    perm.physicalPresenceCMDEnable = true;
    c.permanent = perm;
    c.stclear = StclearFlags{};

    const Explanation e = explain(Error::tpm(rc::BadParameter), c);
    EXPECT_EQ(e.code, "0x03");
    EXPECT_EQ(e.name, "TPM_BAD_PARAMETER");
    EXPECT_TRUE(e.harmless);
    EXPECT_TRUE(has(e.detail, "lifetime")) << e.detail;
    EXPECT_TRUE(has(e.detail, "already")) << e.detail;
    EXPECT_TRUE(has(e.detail, "OEM laptops")) << e.detail;
    EXPECT_TRUE(has(e.detail, "does not send this")) << e.detail;
    EXPECT_TRUE(has(e.nextAction, "Nothing to do")) << e.nextAction;
}

TEST(SeedReport, CmdEnableLifetimeLockedOffMeansFirmwareOnly) {
    Context c = presenceContext(pp::CmdEnable);
    PermanentFlags perm;
    perm.physicalPresenceLifetimeLock = true;
    perm.physicalPresenceCMDEnable = false;
    c.permanent = perm;

    const Explanation e = explain(Error::tpm(rc::BadParameter), c);
    EXPECT_FALSE(e.harmless);
    EXPECT_TRUE(has(e.detail, "lifetime")) << e.detail;
    EXPECT_TRUE(has(e.detail, "never be asserted by software")) << e.detail;
    EXPECT_TRUE(has(e.nextAction, "firmware setup")) << e.nextAction;
    EXPECT_TRUE(has(e.nextAction, "Security > Security Chip")) << e.nextAction;
}

TEST(SeedReport, PresentRefusedAfterFirmwareLockedPresenceForThisBoot) {
    Context c = presenceContext(pp::Present);
    PermanentFlags perm;
    perm.physicalPresenceLifetimeLock = true;
    perm.physicalPresenceCMDEnable = true;
    c.permanent = perm;
    StclearFlags st;
    st.physicalPresenceLock = true;
    c.stclear = st;

    const Explanation e = explain(Error::tpm(rc::BadParameter), c);
    EXPECT_FALSE(e.harmless);
    EXPECT_TRUE(has(e.detail, "this boot")) << e.detail;
    EXPECT_TRUE(has(e.nextAction, "Security > Security Chip")) << e.nextAction;
    EXPECT_TRUE(has(e.nextAction, "Security > TPM")) << e.nextAction;
    EXPECT_TRUE(has(e.nextAction, "enable and activate")) << e.nextAction;
    EXPECT_TRUE(has(e.nextAction, "clear")) << e.nextAction;
}

TEST(SeedReport, InvalidPostInitRecoveredAutomatically) {
    Context c;
    c.step = "take-ownership";
    c.ordinal = ordinal::TakeOwnership;
    c.recovered = true;
    const Explanation e = explain(Error::tpm(rc::InvalidPostInit), c);
    EXPECT_EQ(e.code, "0x26");
    EXPECT_EQ(e.name, "TPM_INVALID_POSTINIT");
    EXPECT_TRUE(has(e.meaning, "TPM_Startup")) << e.meaning;
    EXPECT_TRUE(has(e.detail, "suspend")) << e.detail;
    EXPECT_TRUE(has(e.detail, "timed out")) << e.detail;
    EXPECT_TRUE(has(e.nextAction, "Startup(ST_CLEAR) was sent automatically and the step "
                                  "continued"))
        << e.nextAction;
}

TEST(SeedReport, InvalidPostInitNotRecoveredSaysTpmprovStartup) {
    const Explanation e = explain(Error::tpm(rc::InvalidPostInit), Context{});
    EXPECT_FALSE(e.harmless);
    EXPECT_TRUE(has(e.nextAction, "`tpmprov startup`")) << e.nextAction;
    EXPECT_TRUE(has(e.nextAction, "systemctl stop tcsd")) << e.nextAction;
}

Context w530TakeOwnership() {
    Context c;
    c.step = "take-ownership";
    c.ordinal = ordinal::TakeOwnership;
    c.vendor = "STM";
    c.chipVersion = "1.2.13.12";
    c.sysfsDurations = "3015000 4508000 180995000 [original]";
    c.tpmDurations = Durations{3015000, 4508000, 180995000};
    c.attempts = 2;
    c.devicePath = "/dev/tpm0";
    return c;
}

TEST(SeedReport, EtimeDuringTakeOwnership) {
    const Explanation e = explain(Error::system(ETIME, "write /dev/tpm0"), w530TakeOwnership());
    EXPECT_EQ(e.code, "ETIME");
    EXPECT_EQ(e.name, "ETIME");
    EXPECT_TRUE(has(e.detail, "The kernel stopped waiting while the TPM was generating the "
                              "2048-bit storage root key"))
        << e.detail;
    EXPECT_TRUE(has(e.detail, "short/medium/long = 3015000 4508000 180995000 [original]"))
        << e.detail;
    EXPECT_TRUE(has(e.detail, "3 s / 4.5 s / 181 s")) << e.detail;
    EXPECT_TRUE(has(e.detail, "made by STM (chip version 1.2.13.12)")) << e.detail;
    EXPECT_FALSE(has(e.detail, "The TPM itself reports")) << e.detail; // same as sysfs
    EXPECT_TRUE(has(e.detail, "1.2.8.28")) << e.detail;
    EXPECT_TRUE(has(e.detail, "Linux 5.5")) << e.detail;
    EXPECT_TRUE(has(e.detail, "not covered")) << e.detail;
    EXPECT_TRUE(has(e.detail, "2 attempts")) << e.detail;
    EXPECT_TRUE(has(e.detail, "re-reads the owned flag")) << e.detail;
    EXPECT_TRUE(has(e.detail, "no second owner")) << e.detail;
    EXPECT_TRUE(has(e.detail, "write /dev/tpm0")) << e.detail; // the technical detail
}

TEST(SeedReport, EtimeOnTheOneOverriddenStmVersion) {
    Context c = w530TakeOwnership();
    c.chipVersion = "1.2.8.28";
    c.attempts = 1;
    c.tpmDurations = Durations{3000000, 4500000, 60000000};
    const Explanation e = explain(Error::system(ETIME, ""), c);
    EXPECT_TRUE(has(e.detail, "The TPM itself reports 3 s / 4.5 s / 60 s.")) << e.detail;
    EXPECT_TRUE(has(e.detail, "This chip is one of them")) << e.detail;
    EXPECT_TRUE(has(e.detail, "1 attempt.")) << e.detail;
    EXPECT_FALSE(has(e.detail, "not covered")) << e.detail;
}

TEST(SeedReport, EtimeOnAnotherVendorAndWithoutContext) {
    Context c = w530TakeOwnership();
    c.vendor = "IFX";
    c.chipVersion = "1.2.3.16";
    EXPECT_TRUE(has(explain(Error::system(ETIME, ""), c).detail, "this chip is not covered"));

    const Explanation bare = explain(Error::system(ETIME, ""), Context{});
    EXPECT_TRUE(has(bare.detail, "duration for this command class ran out")) << bare.detail;
    EXPECT_FALSE(has(bare.detail, "2048-bit")) << bare.detail;
}

TEST(SeedReport, EbusyNamesTheHolderAndHowToStopIt) {
    Context c;
    c.devicePath = "/dev/tpm0";
    c.deviceHolder = "tcsd (pid 812)";
    const Explanation e = explain(Error::system(EBUSY, "open /dev/tpm0"), c);
    EXPECT_EQ(e.name, "EBUSY");
    EXPECT_TRUE(has(e.meaning, "tcsd (pid 812)")) << e.meaning;
    EXPECT_TRUE(has(e.detail, "tcsd (pid 812)")) << e.detail;
    EXPECT_TRUE(has(e.nextAction, "systemctl stop tcsd")) << e.nextAction;

    c.deviceHolder = "tpm2-abrmd (pid 77)";
    EXPECT_TRUE(has(explain(Error::system(EBUSY, ""), c).nextAction, "systemctl stop tpm2-abrmd"));

    c.deviceHolder = "python3 (pid 4242)";
    EXPECT_TRUE(has(explain(Error::system(EBUSY, ""), c).nextAction, "Close python3 (pid 4242)"));

    const Explanation unknown = explain(Error::system(EBUSY, ""), Context{});
    EXPECT_TRUE(has(unknown.detail, "tcsd")) << unknown.detail;
    EXPECT_TRUE(has(unknown.nextAction, "systemctl stop tcsd")) << unknown.nextAction;
}

TEST(SeedReport, TddlIoErrorFromTpmTools) {
    const auto e = explainCodeText("0x00001087");
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->code, "0x1087");
    EXPECT_EQ(e->name, "TDDL_E_IOERROR");
    EXPECT_TRUE(has(e->meaning, "I/O error")) << e->meaning;
    EXPECT_TRUE(has(e->detail, "ETIME")) << e->detail;
    EXPECT_TRUE(has(e->detail, "Timer expired")) << e->detail;
    EXPECT_TRUE(has(e->detail, "0x26")) << e->detail;
    EXPECT_TRUE(has(e->nextAction, "tpmprov explain ETIME")) << e->nextAction;
}

TEST(SeedReport, BadParameterFromTpmSetpresenceWithoutContext) {
    // tpm-tools printed "0x00000003 - layer=tpm, code=0003 (3), Bad Parameter".
    const auto e = explainCodeText("0x00000003");
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->name, "TPM_BAD_PARAMETER");
    EXPECT_TRUE(has(e->detail, "TSC_PhysicalPresence")) << e->detail;
    EXPECT_TRUE(has(e->nextAction, "CMD_ENABLE is already set")) << e->nextAction;
}

TEST(SeedReport, AuthFailIsNeverRetriedAutomatically) {
    const Explanation e = explain(Error::tpm(rc::AuthFail), Context{});
    EXPECT_EQ(e.name, "TPM_AUTHFAIL");
    EXPECT_TRUE(has(e.nextAction, "never retries")) << e.nextAction;
    EXPECT_TRUE(has(e.nextAction, "dictionary-attack lockout")) << e.nextAction;
}

TEST(SeedReport, DefendLockRunning) {
    const Explanation e = explain(Error::tpm(rc::DefendLockRunning), Context{});
    EXPECT_EQ(e.code, "0x803");
    EXPECT_EQ(e.name, "TPM_DEFEND_LOCK_RUNNING");
    EXPECT_TRUE(has(all(e), "lockout")) << all(e);
    EXPECT_TRUE(has(e.detail, "minutes")) << e.detail;
    EXPECT_TRUE(has(e.detail, "hours")) << e.detail;
    EXPECT_TRUE(has(e.nextAction, "switched on")) << e.nextAction;
    EXPECT_TRUE(has(e.nextAction, "owner password")) << e.nextAction;
}

} // namespace
} // namespace tpm::explain
