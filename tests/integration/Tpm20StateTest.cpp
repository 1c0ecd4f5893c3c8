// Issue 12, items 1 and 2: a TPM 2.0 (swtpm --tpm2) read through tpm2-tss, checked against
// tpm2-tools, an independent client of the same TPM. The states are made with tpm2-tools
// as the firmware, Windows or systemd would leave them; the reader sends nothing that
// changes the TPM.

#include "Tpm2TestSupport.h"
#include "tpm2/Tcti.h"
#include "tpm2/Tpm2Reader.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <regex>

using namespace tpm;
using namespace tpm::test;

namespace {

class Tpm20StateTest : public Tpm2SwtpmTest {
protected:
    Tpm2Details read() {
        TpmState state;
        state.family = TpmFamily::Tpm20;
        auto done = tpm2::completeTpm2State(state, spec);
        EXPECT_TRUE(done.ok()) << (done.ok() ? "" : done.error().detail);
        EXPECT_FALSE(state.awaitingStartup);
        return state.tpm2;
    }
};

} // namespace

TEST(Tpm2Tcti, DeviceUsesTheResourceManagerAndSwtpmItsTcti) {
    TransportSpec device;
    device.devicePath = "/dev/tpm0";
    auto rm = tpm2::tctiFor(device, [](const std::string& p) { return p == "/dev/tpmrm0"; });
    ASSERT_TRUE(rm.ok());
    EXPECT_EQ(*rm, "device:/dev/tpmrm0");
    auto none = tpm2::tctiFor(device, [](const std::string&) { return false; });
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().detail.find("resource manager"), std::string::npos);
    EXPECT_NE(none.error().detail.find("firmware-upgrade mode"), std::string::npos);
    device.devicePath = "/dev/tpmrm1";
    EXPECT_EQ(*tpm2::tctiFor(device), "device:/dev/tpmrm1");
    auto swtpmSpec = TransportSpec::parse("swtpm:127.0.0.1:2321:2322");
    ASSERT_TRUE(swtpmSpec.ok());
    EXPECT_EQ(*tpm2::tctiFor(*swtpmSpec), "swtpm:host=127.0.0.1,port=2321");
}

TEST_F(Tpm20StateTest, BeforeStartupOnlyThatIsReported) {
    TpmState state;
    state.family = TpmFamily::Tpm20;
    auto done = tpm2::completeTpm2State(state, spec);
    ASSERT_TRUE(done.ok()) << done.error().detail;
    EXPECT_TRUE(state.awaitingStartup);
    EXPECT_FALSE(state.tpm2.permanent.has_value());
    // The read did not start it: tpm2-tools, on its own connection, still gets
    // TPM_RC_INITIALIZE; after tpm2_startup the reader sees everything.
    EXPECT_NE(tool({"tpm2_getcap", "properties-fixed"}, false).find("(0x100)"), std::string::npos);
    tool({"tpm2_startup", "-c"});
    EXPECT_FALSE(read().persistentHandles.empty());
}

TEST_F(Tpm20StateTest, ManufacturedStateMatchesTpm2Tools) {
    tool({"tpm2_startup", "-c"});
    const Tpm2Details d = read();
    const std::string getcap = tool({"tpm2_getcap", "properties-variable"});
    ASSERT_TRUE(d.permanent && d.startupClear && d.dictionaryAttack);
    EXPECT_EQ(d.permanent->ownerAuthSet, value(getcap, "ownerAuthSet") == "1");
    EXPECT_EQ(d.permanent->lockoutAuthSet, value(getcap, "lockoutAuthSet") == "1");
    EXPECT_EQ(d.permanent->tpmGeneratedEps, value(getcap, "tpmGeneratedEPS") == "1");
    EXPECT_FALSE(d.permanent->ownerAuthSet);
    EXPECT_TRUE(d.startupClear->shEnable && d.startupClear->ehEnable);
    EXPECT_EQ(d.dictionaryAttack->maxTries, number(getcap, "TPM2_PT_MAX_AUTH_FAIL"));
    EXPECT_EQ(d.dictionaryAttack->interval, number(getcap, "TPM2_PT_LOCKOUT_INTERVAL"));
    EXPECT_EQ(d.dictionaryAttack->lockoutRecovery, number(getcap, "TPM2_PT_LOCKOUT_RECOVERY"));
    EXPECT_EQ(d.dictionaryAttack->counter, number(getcap, "TPM2_PT_LOCKOUT_COUNTER"));
    EXPECT_EQ(d.familyIndicator, "2.0");
    EXPECT_EQ(d.manufacturer, "IBM");
    EXPECT_FALSE(d.srk.has_value());
    // swtpm_setup --createek persists the RSA EK at 0x81010001.
    EXPECT_NE(std::find(d.persistentHandles.begin(), d.persistentHandles.end(), 0x81010001u),
              d.persistentHandles.end());
    EXPECT_FALSE(d.pcrBanks.empty());
    EXPECT_EQ(d.contextHash.rfind("sha", 0), 0u) << d.contextHash;
}

TEST_F(Tpm20StateTest, SystemdSrkAndAuthsSetElsewhereAreSeen) {
    tool({"tpm2_startup", "-c"});
    persistSrk("ecc256:null:aes128cfb", kSharedSrkAttributes);
    tool({"tpm2_changeauth", "-c", "owner", "windows-owner"});
    tool({"tpm2_changeauth", "-c", "lockout", "windows-lockout"});
    const Tpm2Details d = read();
    ASSERT_TRUE(d.permanent);
    EXPECT_TRUE(d.permanent->ownerAuthSet);
    EXPECT_TRUE(d.permanent->lockoutAuthSet);
    EXPECT_FALSE(d.permanent->endorsementAuthSet);
    ASSERT_TRUE(d.srk.has_value());
    EXPECT_EQ(d.srk->algorithm, "ecc");
    EXPECT_EQ(d.srk->attributes, 0x00030472u);
    EXPECT_TRUE(d.srk->sharedTemplate) << d.srk->templateDetail;
    const std::string readpublic = tool({"tpm2_readpublic", "-c", "0x81000001"});
    EXPECT_NE(readpublic.find("name: " + d.srk->name), std::string::npos) << d.srk->name << "\n"
                                                                          << readpublic;
}

TEST_F(Tpm20StateTest, AnSrkWithAnotherTemplateIsNamedAsSuch) {
    tool({"tpm2_startup", "-c"});
    // RSA, and without noDA: not what systemd and Windows share.
    persistSrk("rsa2048:null:aes128cfb",
               "restricted|decrypt|fixedtpm|fixedparent|sensitivedataorigin|userwithauth");
    tool({"tpm2_dictionarylockout", "-s", "-n", "32", "-t", "600", "-l", "86400"});
    const Tpm2Details d = read();
    ASSERT_TRUE(d.srk.has_value());
    EXPECT_EQ(d.srk->algorithm, "rsa");
    EXPECT_FALSE(d.srk->sharedTemplate);
    EXPECT_NE(d.srk->templateDetail.find("0x00030472"), std::string::npos) << d.srk->templateDetail;
    ASSERT_TRUE(d.dictionaryAttack);
    EXPECT_EQ(d.dictionaryAttack->maxTries, 32u);
    EXPECT_EQ(d.dictionaryAttack->interval, 600u);
    EXPECT_EQ(d.dictionaryAttack->lockoutRecovery, 86400u);
}
