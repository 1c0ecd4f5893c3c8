"""pytest set-up of the installed-system tier: the packages' folder, tpm-testbed and the image
cache that ctest passes, the guest harness's signal handling, and the skip exit code."""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "kernel"))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import harness  # noqa: E402
import kernel_guest as kg  # noqa: E402

OPTIONS = ["debs", "testbed", "cache"]

pytest_addoption, pytest_configure, pytest_sessionfinish = harness.tier_hooks(
    "installed", OPTIONS, keep_option=True, on_configure=kg.install_signal_handlers)


@pytest.fixture
def installed_args(request):
    return harness.tier_args(request.config, OPTIONS, required=["cache", "debs"])
