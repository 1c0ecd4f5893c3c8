"""The CLI tier under pytest: one test per scenario of cli_tests.py. A scenario that needs a
TPM runs inside its own tpm-testbed (the testbed starts swtpm, sets $TPMPROV_TPM and runs
`cli_tests.py --inner SCENARIO`); the others run here."""

import pytest

import cli_tests

from harness import check


@pytest.mark.parametrize("scenario", list(cli_tests.SCENARIOS))
def test_scenario(cli, scenario):
    needs_testbed, factory = cli.SCENARIOS[scenario]
    if not needs_testbed:
        getattr(cli, "outer_" + scenario)()
        return
    check(cli.CONFIG["testbed"], "%s needs --testbed" % scenario)
    rc = cli.run_in_testbed(scenario, factory)
    check(rc == 0, "%s failed inside tpm-testbed (exit %d; its output is above)" % (scenario, rc))
