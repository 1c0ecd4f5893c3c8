"""The wizard tier under pytest: one test per scenario of wizard_tests.py, each driving one
QTest function of wizard_flow_test in its own world (private system bus, polkitd, swtpm,
helper, keyring)."""

import pytest

import wizard_tests


@pytest.mark.parametrize("scenario", list(wizard_tests.SCENARIOS))
def test_scenario(wizard_args, scenario):
    wizard_tests.prepare(wizard_args)
    wizard_tests.SCENARIOS[scenario](wizard_args)
