"""The kernel tier under pytest: one test per scenario of kernel_tests.py, each in its own
QEMU guest. A machine that cannot run guests skips outside CI and fails in CI."""

import os

import pytest

import kernel_tests


@pytest.mark.parametrize("scenario", sorted(kernel_tests.SCENARIOS))
def test_scenario(kernel_args, scenario):
    problem = kernel_tests.prerequisite_problem(kernel_args, scenario)
    if problem and os.environ.get("CI") == "true":
        pytest.fail("CI must run the kernel tier: %s" % problem)
    if problem:
        pytest.skip(problem)
    kernel_tests.run_scenario(kernel_args, scenario)
