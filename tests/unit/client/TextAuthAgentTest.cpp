// When tpmprov's text agent defers to the session's own agent: only inside a logind session
// (a "session-N.scope" cgroup); polkit ignores a fallback agent for a caller without one.
#include "TextAuthAgent.h"

#include <gtest/gtest.h>

using tpmprov::helper::inLoginSession;

TEST(TextAuthAgent, ASessionScopeIsALoginSession) {
    EXPECT_TRUE(inLoginSession("0::/user.slice/user-1000.slice/session-3.scope\n"));
    // cgroup v1 lists one line per hierarchy; the systemd one names the scope.
    EXPECT_TRUE(inLoginSession("12:pids:/user.slice\n1:name=systemd:/user.slice/"
                               "user-1000.slice/session-c2.scope\n0::/\n"));
}

TEST(TextAuthAgent, ServicesAndSessionlessProcessesAreNot) {
    // runuser/su from a service, a user service, a system service, no cgroup file at all.
    EXPECT_FALSE(inLoginSession("0::/system.slice/itest-job.service\n"));
    EXPECT_FALSE(inLoginSession("0::/user.slice/user-1000.slice/user@1000.service/app.slice/"
                                "app-org.gnome.Terminal.slice/vte-spawn-1.scope\n"));
    EXPECT_FALSE(inLoginSession("0::/system.slice/run-u12.service\n"));
    EXPECT_FALSE(inLoginSession(""));
    // A unit merely named like a session elsewhere in the path is not one.
    EXPECT_FALSE(inLoginSession("0::/session-1.scope/child.service\n"));
}
