"""The helper tier under pytest: each test is one scenario of helper_scenarios.py, with its
own private bus, polkitd, swtpm and helper. ctest runs one test per entry
(tests/helper/CMakeLists.txt); `python3 -m pytest tests/helper --tpmprov ... --testbed ...
--helper ...` runs them all (as root)."""

import pytest

import helper_scenarios as hs


def test_polkit_harness(paths):
    """The harness itself: the real polkitd on a private bus decides with the test's rules."""
    hs.scenario_polkit_harness(paths, "")


def test_denied(helper_paths, interface_method):
    """A refused user is refused by this method (one test per method of the XML)."""
    hs.scenario_denied(helper_paths, interface_method)


def test_denied_all_methods(helper_paths):
    """Every method of the XML as read at test time (a stale ctest list still covers it)."""
    hs.scenario_denied(helper_paths, "all")


@pytest.mark.parametrize("moment", ["sent", "dropped"])
def test_kill_restart(helper_paths, moment):
    hs.scenario_kill_restart(helper_paths, moment)


def test_policy_files(helper_paths):
    hs.scenario_policy_files(helper_paths, "")


def test_provision_dbus(helper_paths):
    hs.scenario_provision_dbus(helper_paths, "")


def test_provision_cli(helper_paths):
    hs.scenario_provision_cli(helper_paths, "")


def test_status_same_json(helper_paths):
    hs.scenario_status_same_json(helper_paths, "")


def test_tpm2_provision(helper_paths):
    hs.scenario_tpm2_provision(helper_paths, "")


def test_tpm2_provision_cli(helper_paths):
    hs.scenario_tpm2_provision_cli(helper_paths, "")


def test_ppi_request(helper_paths):
    hs.scenario_ppi_request(helper_paths, "")


def test_bad_arguments(helper_paths):
    hs.scenario_bad_arguments(helper_paths, "")


def test_busy(helper_paths):
    hs.scenario_busy(helper_paths, "")


def test_disconnect(helper_paths):
    hs.scenario_disconnect(helper_paths, "")


def test_cancel(helper_paths):
    hs.scenario_cancel(helper_paths, "")


def test_idle_exit(helper_paths):
    hs.scenario_idle_exit(helper_paths, "")


def test_presence_released(helper_paths):
    hs.scenario_presence_released(helper_paths, "")


def test_jobs_per_user(helper_paths):
    hs.scenario_jobs_per_user(helper_paths, "")


def test_authorization_flood(helper_paths):
    hs.scenario_authorization_flood(helper_paths, "")


def test_sigterm_mid_job(helper_paths):
    hs.scenario_sigterm_mid_job(helper_paths, "")
