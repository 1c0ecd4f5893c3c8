"""pytest set-up of the keyring tier: the QtKeychain test binary ctest passes, and the skip
exit code."""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import harness  # noqa: E402

OPTIONS = ["keychain-test"]

pytest_addoption, pytest_configure, pytest_sessionfinish = harness.tier_hooks("keyring", OPTIONS)


@pytest.fixture
def keyring_args(request):
    return harness.path_options(request.config, OPTIONS)
