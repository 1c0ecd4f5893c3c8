#!/usr/bin/env python3
"""Keyring tests (label "keyring"): the owner password lands in a real Secret Service.
test_keyring.py runs these scenarios under pytest, one ctest entry each.

Scenarios (each builds its own session bus + gnome-keyring-daemon, keyring_fixture.py):
  fixture             no project binary: secret-tool store / lookup / clear in the fixture
  qtkeychain          keychain_test roundTrip as root: QtKeychain write, secret-tool sees
                      the item (server=tpm-provisioner, user=owner-password/<fp>), read
                      back, overwrite, delete
  qtkeychain_as_user  the same as the unprivileged test user the wizard tests use
  persist             QtKeychain writes; the keyring file is on disk; the daemon is
                      restarted over the same files; secret-tool and QtKeychain read it back
  no_service          a session bus without a Secret Service: QtKeychain's write fails
                      (the wizard must then send nothing to the TPM), within 30 s
Not root: qtkeychain_as_user is skipped (ctest exit 77).
"""

import os
import stat
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "helper"))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from harness import TestFailure as Failure  # noqa: E402  (shared by the Python tiers)
from bus_fixture import ALLOWED_USER, ensure_test_users  # noqa: E402
from keyring_fixture import SessionKeyring  # noqa: E402

SERVICE = "tpm-provisioner"
KEY = "owner-password/5f0e1d2c3b4a59687766554433221100ffeeddccbbaa99887766554433221100"
SECRET = "persisted owner passphrase \u00e4\u00f6\u00fc"


def expect(cond, what, detail=""):
    if not cond:
        raise Failure(what + (("\n" + detail) if detail else ""))


def describe(r):
    return "exit %s\nstdout:\n%s\nstderr:\n%s" % (r.returncode, r.stdout, r.stderr)


def run_qtest(kr, exe, function, extra_env=None):
    env = {"QT_QPA_PLATFORM": "offscreen"}
    env.update(extra_env or {})
    r = kr.run([exe, function], extra_env=env, timeout=180)
    sys.stdout.write(r.stdout)
    sys.stderr.write(r.stderr)
    expect(r.returncode == 0, "keychain_test %s failed" % function)
    return r


def scenario_fixture(args):
    with SessionKeyring() as kr:
        r = kr.run(["secret-tool", "store", "--label=tpm-provisioner test", "server", SERVICE,
                    "user", KEY], input_text=SECRET)
        expect(r.returncode == 0, "secret-tool store", describe(r))
        expect(kr.lookup(SERVICE, KEY) == SECRET, "secret-tool lookup gives the stored secret")
        expect(os.path.getsize(kr.keyring_file()) > 0, "login.keyring written")
        r = kr.run(["secret-tool", "clear", "server", SERVICE, "user", KEY])
        expect(r.returncode == 0, "secret-tool clear", describe(r))
        expect(kr.lookup(SERVICE, KEY) is None, "cleared item is gone")


def scenario_qtkeychain(args, user=None):
    expect(args.keychain_test, "--keychain-test is required")
    with SessionKeyring(user=user) as kr:
        run_qtest(kr, args.keychain_test, "roundTrip")
        expect(kr.lookup(SERVICE, KEY) is None, "nothing left behind")


def scenario_qtkeychain_as_user(args):
    if os.geteuid() != 0:
        return "needs root to run as %s" % ALLOWED_USER
    ensure_test_users()
    # The test user must be able to reach the executable.
    path = os.path.dirname(os.path.abspath(args.keychain_test))
    while path != "/":
        expect(os.stat(path).st_mode & stat.S_IXOTH, "%s is not searchable by %s" % (path, ALLOWED_USER))
        path = os.path.dirname(path)
    scenario_qtkeychain(args, user=ALLOWED_USER)


def scenario_persist(args):
    expect(args.keychain_test, "--keychain-test is required")
    env = {"TPMPROV_KEYRING_KEY": KEY, "TPMPROV_KEYRING_SECRET": SECRET}
    with SessionKeyring() as kr:
        run_qtest(kr, args.keychain_test, "writeForLater", env)
        kr.restart_daemon()
        expect(kr.daemon_starts == 2, "the daemon was restarted")
        got = kr.lookup(SERVICE, KEY)
        expect(got == SECRET, "after a daemon restart, secret-tool reads the item back",
               "got %r" % got)
        run_qtest(kr, args.keychain_test, "readBack", env)


def scenario_no_service(args):
    expect(args.keychain_test, "--keychain-test is required")
    with SessionKeyring(with_daemon=False) as kr:
        run_qtest(kr, args.keychain_test, "failsWithoutService")


SCENARIOS = {
    "fixture": scenario_fixture,
    "qtkeychain": scenario_qtkeychain,
    "qtkeychain_as_user": scenario_qtkeychain_as_user,
    "persist": scenario_persist,
    "no_service": scenario_no_service,
}
