"""The keyring tier under pytest: one test per scenario of keyring_tests.py, each with its
own session bus and gnome-keyring-daemon."""

import pytest

import keyring_tests


@pytest.mark.parametrize("scenario", list(keyring_tests.SCENARIOS))
def test_scenario(keyring_args, scenario):
    skipped = keyring_tests.SCENARIOS[scenario](keyring_args)
    if skipped:  # a scenario returns why it cannot run here
        pytest.skip(skipped)
