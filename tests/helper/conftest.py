"""pytest set-up of the helper tier: where the binaries are (ctest passes them), the fixtures
the scenarios take, root, and the exit code ctest reads as skipped."""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import bus_fixture as bf  # noqa: E402
import harness  # noqa: E402


def pytest_addoption(parser):
    group = parser.getgroup("tpmprov helper tier")
    group.addoption("--source-dir", default=os.path.join(HERE, "..", ".."),
                    help="the repository root (interface XML, bus and polkit policies)")
    group.addoption("--tpmprov", help="the tpmprov binary")
    group.addoption("--testbed", help="the tpm-testbed binary")
    group.addoption("--helper", help="the tpm-provisioner-helper binary")


def pytest_configure(config):
    harness.stop_on_termination("helper tier")


def interface_methods(config):
    """The interface XML's method names: the denial test runs once for each."""
    paths = bf.Paths(config.getoption("--source-dir"))
    return [m.name for m in bf.load_interface(paths.interface_xml)]


def pytest_generate_tests(metafunc):
    if "interface_method" in metafunc.fixturenames:
        metafunc.parametrize("interface_method", interface_methods(metafunc.config))


def pytest_sessionfinish(session, exitstatus):
    harness.finish_session(session)


@pytest.fixture
def paths(request):
    """The pieces, as root (the fixture mounts a namespace for polkitd and switches users)."""
    if os.geteuid() != 0:
        pytest.skip("needs root (mount namespace for polkitd, setpriv, useradd)")
    opt = request.config.getoption
    return bf.Paths(opt("--source-dir"), opt("--tpmprov"), opt("--testbed"), opt("--helper"))


@pytest.fixture
def helper_paths(paths):
    """paths, with every piece a helper scenario starts checked to be there."""
    paths.require("helper", "tpmprov", "testbed", "bus_policy", "polkit_policy", "interface_xml")
    return paths
