"""What the Python test tiers share: checks that say what failed, progress lines, the exit
code ctest reads as "skipped", and clean-up when the test is stopped.

    from harness import TestFailure, check, say
    check(reply["ok"], "GetState refused: %s" % reply["error"])

Under pytest (the helper tier) a TestFailure is a failed assertion with its message; the
tiers that run as scripts (cli, kernel, keyring, wizard) raise and report it the same way.
"""

import signal

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


# -- pytest plumbing shared by the tiers' conftest.py ------------------------------------------


def add_path_options(parser, tier, names):
    """--NAME PATH options (the binaries and files ctest passes) for one tier."""
    group = parser.getgroup("tpmprov %s tier" % tier)
    for name in names:
        group.addoption("--" + name, default=None, help="path given by ctest")


def path_options(config, names):
    """The options as attributes (dashes as underscores), absolute where given."""
    import argparse
    import os

    values = {}
    for name in names:
        value = config.getoption("--" + name)
        values[name.replace("-", "_")] = os.path.abspath(value) if value else value
    return argparse.Namespace(**values)


def finish_session(session):
    """pytest_sessionfinish for every tier: all skipped -> EXIT_SKIP (see above)."""
    status = all_skipped_exit_status(session)
    if status is not None:
        session.exitstatus = status


def tier_hooks(tier, options, keep_option=False, on_configure=None):
    """The three pytest hooks a tier's conftest.py needs, as module attributes:

        pytest_addoption, pytest_configure, pytest_sessionfinish = harness.tier_hooks(...)

    keep_option adds --keep (keep the work directory); on_configure replaces the default
    signal handling (the guest tiers install their own)."""

    def pytest_addoption(parser):
        add_path_options(parser, tier, options)
        if keep_option:
            parser.getgroup("tpmprov %s tier" % tier).addoption(
                "--keep", action="store_true", help="keep the work directory")

    def pytest_configure(config):
        if on_configure is not None:
            on_configure()
        else:
            stop_on_termination(tier + " tier")

    def pytest_sessionfinish(session, exitstatus):
        finish_session(session)

    return pytest_addoption, pytest_configure, pytest_sessionfinish


def tier_args(config, options, required):
    """The paths ctest passed (path_options) and --keep; each of `required` must be given."""
    args = path_options(config, options)
    args.keep = config.getoption("--keep")
    missing = [name for name in required if not getattr(args, name.replace("-", "_"))]
    check(not missing, "required: %s" % ", ".join("--" + name for name in missing))
    return args
