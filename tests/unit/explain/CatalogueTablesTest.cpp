// The data tables: complete, unique, and every entry says something.

#include "explain/CatalogueInternal.h"
#include "explain/ErrorCatalogue.h"

#include <gtest/gtest.h>
#include <set>
#include <string>

namespace tpm::explain {
namespace {

// uniqueNames: false for the layer overrides, where one name appears in several layers.
void expectFilled(std::span<const CatalogueEntry> table, const char* what,
                  bool uniqueNames = true) {
    std::set<std::uint32_t> codes;
    std::set<std::string> names;
    for (const CatalogueEntry& e : table) {
        SCOPED_TRACE(std::string{what} + " " + e.name);
        ASSERT_NE(e.name, nullptr);
        EXPECT_GT(std::string{e.name}.size(), 2u);
        EXPECT_GT(std::string{e.meaning}.size(), 5u);
        EXPECT_GT(std::string{e.detail}.size(), 10u);
        EXPECT_GT(std::string{e.nextAction}.size(), 5u);
        EXPECT_TRUE(codes.insert(e.code).second) << "duplicate code " << e.code;
        EXPECT_TRUE(names.insert(e.name).second || !uniqueNames) << "duplicate name " << e.name;
    }
}

TEST(TpmReturnCodes, EveryEntryFilledNamesAndCodesUnique) {
    expectFilled(tpmReturnCodes(), "tpm");
}

TEST(TpmReturnCodes, CoversTheWholeSpecList) {
    // TCG TPM Main Part 2 section 16: fatal 1..95 and 97..99 (96 unassigned), non-fatal
    // 0x800..0x803.
    const auto table = tpmReturnCodes();
    EXPECT_EQ(table.size(), 95u + 3u + 4u);
    std::set<std::uint32_t> codes;
    for (const auto& e : table) {
        codes.insert(e.code);
    }
    for (std::uint32_t c = 0x01; c <= 0x63; ++c) {
        EXPECT_EQ(codes.count(c), c == 0x60 ? 0u : 1u) << std::hex << c;
    }
    for (std::uint32_t c = 0x800; c <= 0x803; ++c) {
        EXPECT_EQ(codes.count(c), 1u) << std::hex << c;
    }
    EXPECT_EQ(*codes.rbegin(), 0x803u);
}

TEST(TpmReturnCodes, SpotChecksAgainstTheSpecNames) {
    const std::pair<std::uint32_t, const char*> spots[] = {
        {0x01, "TPM_AUTHFAIL"},
        {0x03, "TPM_BAD_PARAMETER"},
        {0x08, "TPM_DISABLED_CMD"},
        {0x0B, "TPM_INSTALL_DISABLED"},
        {0x14, "TPM_OWNER_SET"},
        {0x1F, "TPM_IOERROR"},
        {0x23, "TPM_NO_ENDORSEMENT"},
        {0x26, "TPM_INVALID_POSTINIT"},
        {0x2D, "TPM_BAD_PRESENCE"},
        {0x36, "TPM_NOTFIPS"},
        {0x3D, "TPM_BAD_LOCALITY"},
        {0x4E, "TPM_TRANSPORT_NOTEXCLUSIVE"},
        {0x58, "TPM_BAD_HANDLE"},
        {0x59, "TPM_BAD_DELEGATE"},
        {0x5A, "TPM_BADCONTEXT"},
        {0x5B, "TPM_TOOMANYCONTEXTS"},
        {0x5C, "TPM_MA_TICKET_SIGNATURE"},
        {0x5F, "TPM_MA_AUTHORITY"},
        {0x61, "TPM_PERMANENTEK"},
        {0x62, "TPM_BAD_SIGNATURE"},
        {0x63, "TPM_NOCONTEXTSPACE"},
        {0x800, "TPM_RETRY"},
        {0x801, "TPM_NEEDS_SELFTEST"},
        {0x802, "TPM_DOING_SELFTEST"},
        {0x803, "TPM_DEFEND_LOCK_RUNNING"},
    };
    for (const auto& [code, name] : spots) {
        const CatalogueEntry* e = detail::findTpmCode(code);
        ASSERT_NE(e, nullptr) << std::hex << code;
        EXPECT_STREQ(e->name, name);
    }
    EXPECT_EQ(detail::findTpmCode(0x60), nullptr);
    EXPECT_EQ(detail::findTpmCode(0x64), nullptr);
}

TEST(TssCodes, TablesFilledAndValuesAsInTheTss12Headers) {
    expectFilled(detail::tssCommonCodes(), "common");
    expectFilled(detail::tddlCodes(), "tddl");
    expectFilled(detail::tcsCodes(), "tcs");
    expectFilled(detail::tspCodes(), "tsp");
    expectFilled(detail::tssLayerOverrides(), "override", false);

    EXPECT_EQ(detail::findTssName("TDDL_E_IOERROR"), 0x1087u);
    EXPECT_EQ(detail::findTssName("TDDL_E_COMPONENT_NOT_FOUND"), 0x1089u);
    EXPECT_EQ(detail::findTssName("TDDL_E_ALREADY_OPENED"), 0x1081u);
    EXPECT_EQ(detail::findTssName("TDDL_E_TIMEOUT"), 0x1012u);
    EXPECT_EQ(detail::findTssName("TCS_E_INVALID_CONTEXTHANDLE"), 0x20C1u);
    EXPECT_EQ(detail::findTssName("TCS_E_BAD_INDEX"), 0x20CDu);
    EXPECT_EQ(detail::findTssName("TCS_E_NOTIMPL"), 0x2006u);
    EXPECT_EQ(detail::findTssName("TSS_E_NO_CONNECTION"), 0x3102u);
    EXPECT_EQ(detail::findTssName("TSS_E_NO_ACTIVE_COUNTER"), 0x3142u);
    EXPECT_EQ(detail::findTssName("TSS_E_FAIL"), 0x3002u);
    EXPECT_FALSE(detail::findTssName("TSS_E_NONSENSE").has_value());
    EXPECT_EQ(detail::tspCodes().size(), 53u);
    EXPECT_EQ(detail::tddlCodes().size(), 8u);
    EXPECT_EQ(detail::tcsCodes().size(), 9u);
}

TEST(TssCodes, OverridesMatchTheirLayerTables) {
    // An override must replace a code that exists in its layer, under the same value.
    for (const CatalogueEntry& e : detail::tssLayerOverrides()) {
        const std::uint32_t layer = e.code & detail::kLayerMask;
        const std::uint32_t code = e.code & detail::kCodeMask;
        bool found = false;
        for (const auto& c : detail::tssCommonCodes()) {
            found = found || c.code == code;
        }
        for (const auto& c : detail::tddlCodes()) {
            found = found || (layer == detail::kLayerTddl && c.code == code);
        }
        EXPECT_TRUE(found) << e.name;
    }
}

TEST(ErrnoCodes, FilledAndNamedLikeTheKernel) {
    expectFilled(detail::errnoCodes(), "errno");
    ASSERT_NE(detail::findErrno(62), nullptr);
    EXPECT_STREQ(detail::findErrno(62)->name, "ETIME");
    EXPECT_STREQ(detail::findErrno(16)->name, "EBUSY");
    EXPECT_STREQ(detail::findErrno(13)->name, "EACCES");
    EXPECT_STREQ(detail::findErrno(2)->name, "ENOENT");
    for (const char* name : {"EPERM", "ENODEV", "ENXIO", "EIO", "EINTR", "ETIMEDOUT",
                             "ECONNREFUSED", "ECONNRESET", "EPIPE", "ENOMEM", "EAGAIN"}) {
        EXPECT_NE(detail::findErrnoName(name), nullptr) << name;
    }
}

TEST(InternalCodes, EveryKindHasEntries) {
    expectFilled(detail::protocolCodes(), "protocol");
    expectFilled(detail::cryptoCodes(), "crypto");
    expectFilled(detail::engineCodes(), "engine");
    EXPECT_EQ(detail::protocolCodes().size(), 6u);
    EXPECT_EQ(detail::cryptoCodes().size(), 3u);
    EXPECT_EQ(detail::engineCodes().size(), 12u);
}

TEST(Text, DurationsInSeconds) {
    EXPECT_EQ(detail::durationsInSeconds("3015000 4508000 180995000 [original]"),
              "3 s / 4.5 s / 181 s");
    EXPECT_EQ(detail::durationsInSeconds("50000000 100000000 300000000"), "50 s / 100 s / 300 s");
    EXPECT_EQ(detail::durationsInSeconds("750000 2000000 120000000"), "750 ms / 2 s / 120 s");
    EXPECT_EQ(detail::durationsInSeconds("garbage"), "");
    EXPECT_EQ(detail::durationsInSeconds(""), "");
    EXPECT_EQ(detail::hexCode(0x26), "0x26");
    EXPECT_EQ(detail::hexCode(0x0B), "0x0B");
    EXPECT_EQ(detail::hexCode(0x1087, 4), "0x1087");
}

} // namespace
} // namespace tpm::explain
