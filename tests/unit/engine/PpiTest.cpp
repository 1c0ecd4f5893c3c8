// Issue 12 item 2 and issue 13 item 2 (reading): the Physical Presence Interface as the
// kernel prints it under ppi/ (drivers/char/tpm/tpm_ppi.c), read from a sysfs tree the test
// writes: operations offered or not, every form of `response`, the transition action.

#include "engine/Ppi.h"

#include "TempDir.h"
#include "engine/Sysfs.h"

#include <gtest/gtest.h>

using namespace tpm;
using namespace tpm::test;

TEST(Ppi, OperationsWithTheirStatus) {
    // What Debian's OVMF offers for a TPM 2.0 (tpm2-facts.md), in the kernel's format.
    const auto ops = parsePpiOperations("0 3: User required\n5 3: User required\n"
                                        "14 3: User required\n17 1: BIOS only\n"
                                        "18 2: Blocked for OS by BIOS\n96 4: User not required\n");
    ASSERT_EQ(ops.size(), 6u);
    EXPECT_EQ(ops[1].operation, 5u);
    EXPECT_EQ(ops[1].status, PpiOperationStatus::UserRequired);
    EXPECT_EQ(ops[3].status, PpiOperationStatus::FirmwareOnly);
    EXPECT_EQ(ops[4].status, PpiOperationStatus::Blocked);
    EXPECT_EQ(ops[5].status, PpiOperationStatus::NoConfirmation);
    EXPECT_EQ(ppiTpm2OperationName(5), "clear");
    EXPECT_EQ(ppiTpm2OperationName(14), "enable-clear");
}

TEST(Ppi, NoOperationsAndGarbageGiveNone) {
    EXPECT_TRUE(parsePpiOperations("").empty()); // qboot, SeaBIOS
    EXPECT_TRUE(parsePpiOperations("garbage\n5\n5 0: Not implemented\n5 9: ?\n").empty());
}

TEST(Ppi, EveryResponseForm) {
    struct Row {
        const char* text;
        PpiResponse::Outcome outcome;
        std::uint32_t request;
        std::uint64_t result;
    };
    const Row rows[] = {
        {"0: No Recent Request", PpiResponse::Outcome::NoRecentRequest, 0, 0},
        {"5 0: Success", PpiResponse::Outcome::Success, 5, 0},
        {"5 0xFFFFFFF0: User Abort", PpiResponse::Outcome::UserAbort, 5, 0xFFFFFFF0},
        {"14 0xFFFFFFF1: BIOS Failure", PpiResponse::Outcome::FirmwareFailure, 14, 0xFFFFFFF1},
        {"5 38: Corresponding TPM error", PpiResponse::Outcome::TpmError, 5, 38},
        {"5 123456: Error", PpiResponse::Outcome::Error, 5, 123456},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.text);
        const auto r = parsePpiResponse(row.text);
        ASSERT_TRUE(r.has_value());
        EXPECT_EQ(r->outcome, row.outcome);
        EXPECT_EQ(r->request, row.request);
        EXPECT_EQ(r->result, row.result);
        EXPECT_FALSE(ppiOutcomeWords(*r).empty());
    }
    EXPECT_NE(ppiOutcomeWords(*parsePpiResponse("5 0xFFFFFFF0: User Abort")).find("rejected"),
              std::string::npos);
    EXPECT_FALSE(parsePpiResponse("").has_value());
    EXPECT_FALSE(parsePpiResponse("7: Success").has_value()); // one number must be 0
}

TEST(Ppi, TransitionAndRequest) {
    EXPECT_EQ(parsePpiTransitionAction("2: Reboot"), 2);
    EXPECT_EQ(parsePpiTransitionAction("1: Shutdown"), 1);
    EXPECT_FALSE(parsePpiTransitionAction("9: ?").has_value());
    EXPECT_EQ(parsePpiRequest("0"), 0u);
    EXPECT_EQ(parsePpiRequest("23 4"), 23u);
    EXPECT_FALSE(parsePpiRequest("").has_value());
}

TEST(Ppi, ReadFromTheSysfsTree) {
    TempDir dir;
    dir.write("class/tpm/tpm0/tpm_version_major", "2\n");
    dir.write("class/tpm/tpm0/ppi/version", "1.3\n");
    dir.write("class/tpm/tpm0/ppi/tcg_operations", "5 3: User required\n14 3: User required\n");
    dir.write("class/tpm/tpm0/ppi/vs_operations", "");
    dir.write("class/tpm/tpm0/ppi/request", "5\n");
    dir.write("class/tpm/tpm0/ppi/response", "5 0xFFFFFFF0: User Abort\n");
    dir.write("class/tpm/tpm0/ppi/transition_action", "2: Reboot\n");
    const auto info = SysfsReader(dir.path().string(), "/dev/tpm0").read();
    ASSERT_TRUE(info.has_value());
    ASSERT_TRUE(info->hasPpi);
    EXPECT_EQ(info->ppi.version, "1.3");
    ASSERT_EQ(info->ppi.operations.size(), 2u);
    EXPECT_EQ(info->ppi.request, 5u);
    ASSERT_TRUE(info->ppi.response.has_value());
    EXPECT_EQ(info->ppi.response->outcome, PpiResponse::Outcome::UserAbort);
    EXPECT_EQ(info->ppi.transitionAction, 2);
}
