"""pytest set-up of the kernel tier: the binaries and the image cache ctest passes, the guest
harness's signal handling, and the skip exit code."""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import harness  # noqa: E402
import kernel_guest as kg  # noqa: E402

OPTIONS = ["tpmprov", "testbed", "cache"]

pytest_addoption, pytest_configure, pytest_sessionfinish = harness.tier_hooks(
    "kernel", OPTIONS, keep_option=True, on_configure=kg.install_signal_handlers)


@pytest.fixture
def kernel_args(request):
    return harness.tier_args(request.config, OPTIONS, required=["cache"])
