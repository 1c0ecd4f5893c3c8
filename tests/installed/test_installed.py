"""The installed-system tier under pytest: one test per scenario of installed_tests.py, each in
its own booted Debian guest. A machine that cannot run it skips outside CI and fails in CI."""

import os

import pytest

import installed_tests


@pytest.mark.parametrize("scenario", sorted(installed_tests.SCENARIOS))
def test_scenario(installed_args, scenario):
    problem = installed_tests.prerequisite_problem(installed_args)
    if problem and os.environ.get("CI") == "true":
        pytest.fail("CI must run the installed tier: %s" % problem)
    if problem:
        pytest.skip(problem)
    installed_tests.run_scenario(installed_args, scenario)
