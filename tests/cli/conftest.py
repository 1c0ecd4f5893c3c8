"""pytest set-up of the CLI tier: the binaries ctest passes, and the skip exit code."""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import cli_tests  # noqa: E402
import harness  # noqa: E402

OPTIONS = ["tpmprov", "testbed"]

pytest_addoption, pytest_configure, pytest_sessionfinish = harness.tier_hooks("cli", OPTIONS)


@pytest.fixture
def cli(request):
    """cli_tests with the binaries set (its scenarios read them from CONFIG)."""
    paths = harness.path_options(request.config, OPTIONS)
    harness.check(paths.tpmprov, "--tpmprov is required")
    cli_tests.CONFIG.update(tpmprov=paths.tpmprov, testbed=paths.testbed)
    return cli_tests
