// explainCodeText(): the forms users paste from tpm-tools, tcsd logs, dmesg and Windows.

#include "explain/ErrorCatalogue.h"

#include <gtest/gtest.h>

namespace tpm::explain {
namespace {

std::string nameOf(std::string_view text) {
    const auto e = explainCodeText(text);
    return e ? e->name : std::string{"<none>"};
}

TEST(CodeText, TpmCodesInEveryNumberForm) {
    for (const char* text : {"0x26", "0X26", "0x0026", "0x00000026", "38", " 0x26 ", "26h"}) {
        EXPECT_EQ(nameOf(text), "TPM_INVALID_POSTINIT") << text;
    }
    EXPECT_EQ(nameOf("0x0b"), "TPM_INSTALL_DISABLED");
    EXPECT_EQ(nameOf("0x0B"), "TPM_INSTALL_DISABLED");
    EXPECT_EQ(nameOf("0x803"), "TPM_DEFEND_LOCK_RUNNING");
    EXPECT_EQ(nameOf("2051"), "TPM_DEFEND_LOCK_RUNNING");
    EXPECT_EQ(nameOf("0x63"), "TPM_NOCONTEXTSPACE");
    EXPECT_EQ(nameOf("0"), "TPM_SUCCESS");
    EXPECT_EQ(explainCodeText("38")->code, "0x26");
}

TEST(CodeText, WindowsTpmErrorCodes) {
    EXPECT_EQ(nameOf("0x80280026"), "TPM_INVALID_POSTINIT");
    EXPECT_EQ(nameOf("0x80280803"), "TPM_DEFEND_LOCK_RUNNING");
}

TEST(CodeText, TssLayerCodes) {
    EXPECT_EQ(nameOf("0x1087"), "TDDL_E_IOERROR");
    EXPECT_EQ(nameOf("0x00001087"), "TDDL_E_IOERROR");
    EXPECT_EQ(nameOf("4231"), "TDDL_E_IOERROR"); // decimal 0x1087
    EXPECT_EQ(nameOf("0x1089"), "TDDL_E_COMPONENT_NOT_FOUND");
    EXPECT_EQ(nameOf("0x1012"), "TDDL_E_TIMEOUT");

    const auto notImpl = explainCodeText("0x2006");
    ASSERT_TRUE(notImpl.has_value());
    EXPECT_EQ(notImpl->name, "TSS_E_NOTIMPL");
    EXPECT_NE(notImpl->meaning.find("tcsd"), std::string::npos) << notImpl->meaning;
    // Issue 8, item 7: tcsd's refusal of presence commands outside single-user mode.
    EXPECT_NE(notImpl->meaning.find("physical-presence"), std::string::npos) << notImpl->meaning;
    EXPECT_NE(notImpl->detail.find("single-user"), std::string::npos) << notImpl->detail;
    EXPECT_NE(notImpl->nextAction.find("device itself"), std::string::npos) << notImpl->nextAction;

    // Issue 8, item 1: tpm_sealdata's 0x2020 after ownership taken by another program.
    const auto notFound = explainCodeText("0x2020");
    ASSERT_TRUE(notFound.has_value());
    EXPECT_EQ(notFound->name, "TSS_E_PS_KEY_NOTFOUND");
    EXPECT_NE(notFound->detail.find("only inside its own TakeOwnership"), std::string::npos)
        << notFound->detail;
    EXPECT_NE(notFound->nextAction.find("registers the SRK"), std::string::npos);

    EXPECT_EQ(nameOf("0x20C1"), "TCS_E_INVALID_CONTEXTHANDLE");
    EXPECT_EQ(nameOf("0x3011"), "TSS_E_COMM_FAILURE");
    EXPECT_NE(explainCodeText("0x3011")->meaning.find("tcsd"), std::string::npos);
    EXPECT_EQ(nameOf("0x3103"), "TSS_E_CONNECTION_FAILED");
    EXPECT_EQ(nameOf("0x3142"), "TSS_E_NO_ACTIVE_COUNTER");
    EXPECT_EQ(explainCodeText("0x3142")->code, "0x3142");
    // TCS/TDDL specific codes do not exist in the TSP layer and vice versa.
    EXPECT_EQ(nameOf("0x3087"), "<none>");
    EXPECT_EQ(nameOf("0x1101"), "<none>");
}

TEST(CodeText, ErrnoNamesAndNumbers) {
    for (const char* text : {"ETIME", "etime", "Etime", "errno:62", "ERRNO:62", "errno 62",
                             "errno=62", "errno:ETIME"}) {
        EXPECT_EQ(nameOf(text), "ETIME") << text;
    }
    EXPECT_EQ(nameOf("EBUSY"), "EBUSY");
    EXPECT_EQ(nameOf("ebusy"), "EBUSY");
    EXPECT_EQ(nameOf("errno:16"), "EBUSY");
    EXPECT_EQ(nameOf("EWOULDBLOCK"), "EAGAIN");
    EXPECT_EQ(nameOf("ECONNREFUSED"), "ECONNREFUSED");
    EXPECT_EQ(explainCodeText("errno:62")->code, "ETIME");
    EXPECT_EQ(nameOf("errno:9999"), "<none>");
    EXPECT_EQ(nameOf("errno:"), "<none>");
}

// Issue 8, item 15: 62 is TPM_READ_ONLY and ETIME; the kernel logs "tpm_send: error -62".
TEST(CodeText, AmbiguousNumbersNameBothMeanings) {
    const auto plain = explainCodeText("62");
    ASSERT_TRUE(plain.has_value());
    EXPECT_EQ(plain->name, "TPM_READ_ONLY");
    EXPECT_NE(plain->detail.find("ETIME"), std::string::npos) << plain->detail;
    EXPECT_NE(plain->detail.find("error -62"), std::string::npos) << plain->detail;
    EXPECT_EQ(nameOf("-62"), "ETIME");
    EXPECT_EQ(nameOf("-16"), "EBUSY");
    EXPECT_EQ(nameOf("-1"), "EPERM");
    // Hexadecimal and TSS forms are not errno values.
    EXPECT_EQ(explainCodeText("0x3e")->detail.find("ETIME"), std::string::npos);
}

TEST(CodeText, SpecNames) {
    for (const char* text : {"TPM_INVALID_POSTINIT", "INVALID_POSTINIT", "invalid_postinit",
                             "TPM_E_INVALID_POSTINIT", "tpm_invalid_postinit"}) {
        EXPECT_EQ(nameOf(text), "TPM_INVALID_POSTINIT") << text;
    }
    EXPECT_EQ(nameOf("TPM_ENCRYPT_ERROR"), "TPM_ENCRYPT_ERROR");
    EXPECT_EQ(nameOf("TPM_E_ENCRYPT_ERROR"), "TPM_ENCRYPT_ERROR");
    EXPECT_EQ(nameOf("AUTHFAIL"), "TPM_AUTHFAIL");
    EXPECT_EQ(explainCodeText("TPM_DEFEND_LOCK_RUNNING")->code, "0x803");
    EXPECT_EQ(nameOf("TDDL_E_IOERROR"), "TDDL_E_IOERROR");
    EXPECT_EQ(explainCodeText("tddl_e_ioerror")->code, "0x1087");
    EXPECT_EQ(nameOf("TCS_E_BAD_INDEX"), "TCS_E_BAD_INDEX");
    EXPECT_EQ(nameOf("PROTOCOL_TPM2_RESPONSE"), "PROTOCOL_TPM2_RESPONSE");
    EXPECT_EQ(nameOf("ENGINE_BLOCKED"), "ENGINE_BLOCKED");
}

TEST(CodeText, UnknownInputs) {
    for (const char* text :
         {"",           "   ",         "0x",    "0xZZ",         "0x60",        "0x64",
          "0x3FF",      "0x804",       "0xBFF", "0x4000",       "0x1000",      "0x1999",
          "0xFFFFFFFF", "99999999999", "-9999", "TPM_NONSENSE", "hello world", "EFOO",
          "0x26 0x27",  "1.5",         "🙂"}) {
        EXPECT_EQ(nameOf(text), "<none>") << "'" << text << "'";
    }
}

TEST(CodeText, VendorRangesAreExplainedAsVendorCodes) {
    EXPECT_EQ(nameOf("0x400"), "TPM_VENDOR_ERROR");
    EXPECT_EQ(nameOf("0x7FF"), "TPM_VENDOR_ERROR");
    EXPECT_EQ(nameOf("0xC00"), "TPM_VENDOR_NONFATAL");
}

TEST(CodeText, EveryTableEntryReachableByCodeAndName) {
    for (const CatalogueEntry& e : tpmReturnCodes()) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%X", e.code);
        EXPECT_EQ(nameOf(hex), e.name) << hex;
        EXPECT_EQ(nameOf(std::to_string(e.code)), e.name) << e.code;
        EXPECT_EQ(nameOf(e.name), e.name);
    }
}

} // namespace
} // namespace tpm::explain
