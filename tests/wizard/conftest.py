"""pytest set-up of the wizard tier: the binaries ctest passes, root, and the skip exit
code."""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import harness  # noqa: E402

OPTIONS = ["source-dir", "flow-test", "tpmprov", "testbed", "helper"]

pytest_addoption, pytest_configure, pytest_sessionfinish = harness.tier_hooks("wizard", OPTIONS)


@pytest.fixture
def wizard_args(request):
    if os.geteuid() != 0:
        pytest.skip("the wizard tests need root (polkitd in a mount namespace, setpriv)")
    args = harness.path_options(request.config, OPTIONS)
    for name in OPTIONS:
        harness.check(getattr(args, name.replace("-", "_")), "--%s is required" % name)
    return args
