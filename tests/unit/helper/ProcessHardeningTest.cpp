// Issue 8, item 18: the helper makes itself non-dumpable before it holds a secret.

#include "ProcessHardening.h"

#include <gtest/gtest.h>
#include <sys/prctl.h>
#include <sys/resource.h>

TEST(ProcessHardening, NoCoreDumpAndNotDumpable) {
    ASSERT_TRUE(tpmprov::helper::hardenProcess().ok());
    EXPECT_EQ(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit core{};
    ASSERT_EQ(::getrlimit(RLIMIT_CORE, &core), 0);
    EXPECT_EQ(core.rlim_cur, 0u);
    EXPECT_EQ(core.rlim_max, 0u);
}
