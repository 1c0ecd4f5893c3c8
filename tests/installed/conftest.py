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


def pytest_addoption(parser):
    harness.add_path_options(parser, "installed", OPTIONS)
    parser.getgroup("tpmprov installed tier").addoption(
        "--keep", action="store_true", help="keep the work directory")


def pytest_configure(config):
    kg.install_signal_handlers()


def pytest_sessionfinish(session, exitstatus):
    harness.finish_session(session)


@pytest.fixture
def installed_args(request):
    args = harness.path_options(request.config, OPTIONS)
    args.keep = request.config.getoption("--keep")
    harness.check(args.cache and args.debs, "--cache and --debs are required")
    return args
