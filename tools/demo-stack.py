#!/usr/bin/env python3
"""The wizard demo's world (run by tools/demo; needs root):

    demo-stack.py --tpmprov EXE --testbed EXE --helper EXE --wizard EXE --user USER
                  [--env NAME=VALUE ...] [--timeout SECONDS] [-- WIZARD-ARGS...]

Starts what the helper tests use (tests/helper/bus_fixture.py): a private system bus, the
real polkitd in its own mount namespace with a rule that lets USER use the helper, a
factory-state swtpm TPM 1.2 (tpm-testbed --factory) and tpm-provisioner-helper for it. Then
runs the wizard as USER on the user's display:

    tpm-provisioner --restart-command "TPMPROV --tpm SPEC firmware-restart" --no-autostart

with DBUS_SYSTEM_BUS_ADDRESS pointing at the private bus (so "Restart now" is a TPM power
cycle, and nothing reaches the machine's real system bus, polkit or /dev/tpm0). When the
wizard closes it prints `tpmprov --tpm SPEC status` and stops everything.

Exit status: 0 the TPM ended owned, 1 it did not, 2 usage or set-up failure.
"""

import argparse
import json
import os
import pwd
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "helper"))
from bus_fixture import ACTION_PREFIX, FixtureError, HelperFixture, Paths  # noqa: E402

# Lets exactly the demo user use the helper (polkitd allows root by itself).
RULES = """\
// Written by tools/demo-stack.py for the demo only (a private polkitd; never installed).
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("%(prefix)s") == 0) {
        polkit.log("TPMPROV-DEMO action=" + action.id + " user=" + subject.user);
        if (subject.user == %(user)s) {
            return polkit.Result.YES;
        }
        return polkit.Result.NO;
    }
});
"""


def say(msg):
    sys.stdout.write("[demo] %s\n" % msg)
    sys.stdout.flush()


class Stop(Exception):
    pass


def on_signal(signum, _frame):
    raise Stop("signal %d" % signum)


def user_env(user, passed):
    """The environment the wizard runs with: the user's identity, the display variables the
    caller passed, and (when not passed) the user's session bus and X authority found in the
    usual places, so a `sudo tools/demo` still reaches the user's keyring and display."""
    pw = pwd.getpwnam(user)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
        "HOME": pw.pw_dir,
        "USER": user,
        "LOGNAME": user,
        "LANG": "C.UTF-8",
    }
    env.update(passed)
    runtime = "/run/user/%d" % pw.pw_uid
    if "XDG_RUNTIME_DIR" not in env and os.path.isdir(runtime):
        env["XDG_RUNTIME_DIR"] = runtime
    bus = os.path.join(env.get("XDG_RUNTIME_DIR", runtime), "bus")
    if "DBUS_SESSION_BUS_ADDRESS" not in env and os.path.exists(bus):
        env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=" + bus
    if "XAUTHORITY" not in env:
        for candidate in (os.path.join(pw.pw_dir, ".Xauthority"), os.path.join(runtime, "gdm", "Xauthority")):
            if os.path.exists(candidate):
                env["XAUTHORITY"] = candidate
                break
    return env


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tpmprov", required=True)
    parser.add_argument("--testbed", required=True)
    parser.add_argument("--helper", required=True)
    parser.add_argument("--wizard", required=True)
    parser.add_argument("--tpm2", action="store_true", help="a TPM 2.0 as manufactured (swtpm --tpm2)")
    parser.add_argument("--user", required=True, help="who runs the wizard (and whom polkit lets in)")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="passed to the wizard (DISPLAY, WAYLAND_DISPLAY, XAUTHORITY, ...)")
    parser.add_argument("--timeout", type=int, default=4 * 3600,
                        help="close the wizard after this many seconds (default: 4 hours)")
    parser.add_argument("wizard_args", nargs="*", help="more arguments for tpm-provisioner (after --)")
    args = parser.parse_args()

    if os.geteuid() != 0:
        say("needs root (polkitd in a mount namespace, setpriv)")
        return 2
    try:
        pw = pwd.getpwnam(args.user)
    except KeyError:
        say("no such user: %s" % args.user)
        return 2
    passed = {}
    for item in args.env:
        name, sep, value = item.partition("=")
        if not sep or not name:
            say("--env wants NAME=VALUE, not %r" % item)
            return 2
        if value:
            passed[name] = value

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, on_signal)

    paths = Paths(ROOT, tpmprov=os.path.abspath(args.tpmprov), testbed=os.path.abspath(args.testbed),
                  helper=os.path.abspath(args.helper))
    rules = RULES % {"prefix": ACTION_PREFIX, "user": json.dumps(args.user)}
    owned = False
    try:
        with HelperFixture(paths, factory=not args.tpm2, tpm2=args.tpm2, rules_text=rules) as fx:
            spec = fx.testbed.spec
            say("private system bus: %s" % fx.bus.address)
            say("TPM: %s (%s); helper and polkitd on the private bus"
                % (spec, "swtpm TPM 2.0, as manufactured" if args.tpm2 else "swtpm TPM 1.2, factory state"))
            say("polkit lets %s use the helper without a password (this demo only)" % args.user)
            restart = "%s --tpm %s firmware-restart" % (paths.tpmprov, spec)
            argv = [os.path.abspath(args.wizard), "--restart-command", restart, "--no-autostart"]
            argv += args.wizard_args
            env = user_env(args.user, passed)
            env["DBUS_SYSTEM_BUS_ADDRESS"] = fx.bus.address
            if "DBUS_SESSION_BUS_ADDRESS" not in env:
                say("no session bus for %s: the desktop keyring is not reachable; choose "
                    "\"recovery file\" on the password page" % args.user)
            if pw.pw_uid == 0:
                full = ["env", "-i"] + ["%s=%s" % kv for kv in sorted(env.items())] + argv
            else:
                full = ["setpriv", "--reuid=%d" % pw.pw_uid, "--regid=%d" % pw.pw_gid, "--init-groups",
                        "--reset-env", "env", "-i"] + ["%s=%s" % kv for kv in sorted(env.items())] + argv
            say("starting the wizard as %s on %s" % (args.user, env.get("WAYLAND_DISPLAY") or env.get("DISPLAY")))
            say("$ tpm-provisioner --restart-command \"tpmprov --tpm %s firmware-restart\" --no-autostart" % spec)
            proc = fx.procs.start("tpm-provisioner", full, stdin=subprocess.DEVNULL)
            try:
                rc = proc.wait(timeout=args.timeout)
                say("the wizard closed (exit %s)" % rc)
            except subprocess.TimeoutExpired:
                say("the wizard was still open after %d s; closing it" % args.timeout)
                fx.procs.stop(proc)

            sys.stdout.write("\n==================== the TPM now ====================\n")
            sys.stdout.write("$ tpmprov --tpm %s status\n" % spec)
            sys.stdout.flush()
            r = fx.tpmprov_root("status")
            sys.stdout.write(r.stdout)
            if r.returncode != 0:
                sys.stdout.write(r.stderr)
            r = fx.tpmprov_root("--json", "status")
            try:
                owned = json.loads(r.stdout).get("owned") is True
            except ValueError:
                owned = False
    except FixtureError as e:
        say("could not start the demo's TPM and helper: %s" % e)
        return 2
    except Stop as e:
        say("stopped (%s); everything was shut down" % e)
        return 1
    say("stopped the helper, polkitd, the private bus and swtpm")
    if owned:
        say("the TPM is owned (the owner password is where the wizard said it keeps it)")
        return 0
    say("the TPM is not owned: the wizard was closed before the end")
    return 1


if __name__ == "__main__":
    sys.exit(main())
