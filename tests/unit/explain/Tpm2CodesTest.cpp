// Issue 12, item 6: TPM 2.0 and tpm2-tss return codes in words, with the handle, session or
// parameter number of a format-1 code and tpm2-tss's own decoding as the technical name.

#include "explain/ErrorCatalogue.h"

#include <gtest/gtest.h>

using namespace tpm;
using tpm::explain::Explanation;

namespace {

struct Row {
    std::uint32_t rc;
    const char* name;
    const char* where; // "" for format 0
};

constexpr Row kRows[] = {
    {0x100, "TPM_RC_INITIALIZE", ""},
    {0x101, "TPM_RC_FAILURE", ""},
    {0x120, "TPM_RC_DISABLED", ""},
    {0x12F, "TPM_RC_AUTH_UNAVAILABLE", ""},
    {0x143, "TPM_RC_COMMAND_CODE", ""},
    {0x12D, "TPM_RC_UPGRADE", ""},
    {0x149, "TPM_RC_NV_AUTHORIZATION", ""},
    {0x14C, "TPM_RC_NV_DEFINED", ""},
    {0x185, "TPM_RC_HIERARCHY", "handle 1"},
    {0x18B, "TPM_RC_HANDLE", "handle 1"},
    {0x1DF, "TPM_RC_INTEGRITY", "parameter 1"},
    {0x902, "TPM_RC_OBJECT_MEMORY", ""},
    {0x921, "TPM_RC_LOCKOUT", ""},
    {0x922, "TPM_RC_RETRY", ""},
    {0x98E, "TPM_RC_AUTH_FAIL", "session 1"},
    {0x9A2, "TPM_RC_BAD_AUTH", "session 1"},
    {0x1D5, "TPM_RC_SIZE", "parameter 1"},
    {0x28E, "TPM_RC_AUTH_FAIL", "handle 2"},
    {0x2C4, "TPM_RC_VALUE", "parameter 2"},
};

} // namespace

TEST(Tpm2Codes, EveryListedCodeHasWordsANextActionAndItsPosition) {
    for (const Row& row : kRows) {
        const Explanation e = explain::explain(Error::tss2(row.rc));
        SCOPED_TRACE(e.code + " " + e.name);
        EXPECT_EQ(e.name, row.name);
        EXPECT_FALSE(e.meaning.empty());
        EXPECT_FALSE(e.detail.empty());
        EXPECT_FALSE(e.nextAction.empty());
        if (*row.where) {
            EXPECT_NE(e.meaning.find(row.where), std::string::npos) << e.meaning;
        }
        // tpm2-tss's own decoding is kept as the technical detail.
        EXPECT_NE(e.detail.find("tpm2-tss: tpm:"), std::string::npos) << e.detail;
    }
}

TEST(Tpm2Codes, LockoutWordsTellBothKindsApart) {
    const Explanation e = explain::explain(Error::tss2(0x921));
    EXPECT_NE(e.detail.find("inLockout"), std::string::npos);
    EXPECT_NE(e.detail.find("lockoutRecovery"), std::string::npos);
}

TEST(Tpm2Codes, BadAuthIsNotCountedButAuthFailIs) {
    EXPECT_NE(explain::explain(Error::tss2(0x9A2)).meaning.find("not counted"), std::string::npos);
    EXPECT_NE(explain::explain(Error::tss2(0x98E)).meaning.find("counted"), std::string::npos);
}

TEST(Tpm2Codes, SoftwareLayersAreNamed) {
    const Explanation tcti = explain::explain(Error::tss2(0x000A000A)); // TCTI IO_ERROR
    EXPECT_EQ(tcti.name, "TSS2 TCTI");
    EXPECT_NE(tcti.meaning.find("could not be reached"), std::string::npos);
    const Explanation esapi = explain::explain(Error::tss2(0x00070001)); // ESAPI GENERAL_FAILURE
    EXPECT_EQ(esapi.name, "TSS2 ESAPI");
    EXPECT_NE(esapi.detail.find("tpm2-tss: esapi:"), std::string::npos) << esapi.detail;
    const Explanation rm = explain::explain(Error::tss2(0x000B0001));
    EXPECT_NE(rm.meaning.find("resource manager"), std::string::npos);
}

TEST(Tpm2Codes, TpmprovExplainTellsTheFamilyOfANumber) {
    const auto twoZero = explain::explainCodeText("0x9A2");
    ASSERT_TRUE(twoZero.has_value());
    EXPECT_EQ(twoZero->name, "TPM_RC_BAD_AUTH");
    EXPECT_NE(twoZero->detail.find("TPM 2.0 code"), std::string::npos) << twoZero->detail;
    const auto oneTwo = explain::explainCodeText("0x26");
    ASSERT_TRUE(oneTwo.has_value());
    EXPECT_EQ(oneTwo->name, "TPM_INVALID_POSTINIT");
    const auto tcti = explain::explainCodeText("0xA000A");
    ASSERT_TRUE(tcti.has_value());
    EXPECT_EQ(tcti->name, "TSS2 TCTI");
}

TEST(Tpm2Codes, ATpm12CodeInA20AnswerIsSaidSo) {
    const Explanation e = explain::explain(Error::tss2(0x01E)); // TPM 1.2 BAD_TAG, no VER1 bit
    EXPECT_NE(e.meaning.find("TPM 1.2"), std::string::npos);
}

// The product's own words for what the failing step was doing, before tpm2-tss's decoding.
TEST(Tpm2Codes, WordsAreKeyedToTheStep) {
    struct Case {
        std::uint32_t rc;
        const char* step;
        const char* detailPart;
        const char* nextPart;
    };
    const Case cases[] = {
        {0x9A2, "create-srk", "owner hierarchy", "tpm2_changeauth -c owner"},
        {0x9A2, "lockout-password", "Another program set the lockout password", "tpmprov status"},
        {0x9A2, "verify-owner", "not counted", "str:"},
        {0x98E, "verify-lockout", "lockout-recovery time", "Do not try again now"},
        {0x98E, "clear", "even the right one", "try once"},
        {0x921, "reset-lockout", "inLockout stays 0", "through the firmware"},
        {0x120, "clear", "disableClear", "Physical Presence Interface"},
        {0x14C, "create-srk", "systemd-tpm2-setup", "keeps the key"},
        {0x185, "create-srk", "shEnable", "Restart the computer"},
        {0x000C0921, "verify-lockout", "inLockout stays 0", "Wait"}, // relayed by the RM
    };
    for (const Case& c : cases) {
        explain::Context context;
        context.step = c.step;
        const Explanation e = explain::explain(Error::tss2(c.rc), context);
        EXPECT_NE(e.detail.find(c.detailPart), std::string::npos)
            << std::hex << c.rc << " " << c.step << ": " << e.detail;
        EXPECT_NE(e.nextAction.find(c.nextPart), std::string::npos)
            << std::hex << c.rc << " " << c.step << ": " << e.nextAction;
        // tpm2-tss's decoding stays as the technical detail.
        EXPECT_NE(e.detail.find("tpm2-tss:"), std::string::npos) << e.detail;
    }
    // Without a step, or for a step the code means nothing particular to: the table's words.
    const Explanation plain = explain::explain(Error::tss2(0x9A2));
    explain::Context other;
    other.step = "status";
    EXPECT_EQ(explain::explain(Error::tss2(0x9A2), other).nextAction, plain.nextAction);
}
