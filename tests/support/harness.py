"""What the Python test tiers share: checks that say what failed, progress lines, the exit
code ctest reads as "skipped", and clean-up when the test is stopped.

    from harness import TestFailure, check, say
    check(reply["ok"], "GetState refused: %s" % reply["error"])

Under pytest (the helper tier) a TestFailure is a failed assertion with its message; the
tiers that run as scripts (cli, kernel, keyring, wizard) raise and report it the same way.
"""

import signal
import sys

EXIT_SKIP = 77  # ctest's SKIP_RETURN_CODE for every Python tier


class TestFailure(AssertionError):
    __test__ = False  # an exception, not a test class pytest should collect


def check(condition, message):
    if not condition:
        raise TestFailure(message)


def say(message):
    print(message, flush=True)


def stop_on_termination(name):
    """SIGTERM/SIGHUP (ctest's timeout, a user) raise SystemExit, so every fixture's context
    manager still stops the processes it started."""

    def terminated(signum, _frame):
        raise SystemExit("%s: stopped by signal %d" % (name, signum))

    signal.signal(signal.SIGTERM, terminated)
    signal.signal(signal.SIGHUP, terminated)


def all_skipped_exit_status(session):
    """For pytest_sessionfinish: a run whose every test was skipped exits EXIT_SKIP, so ctest
    reports it as skipped, never as passed."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or session.testscollected == 0:
        return None
    stats = reporter.stats
    ran = sum(len(stats.get(kind, [])) for kind in ("passed", "failed", "error"))
    if ran == 0 and stats.get("skipped"):
        return EXIT_SKIP
    return None
