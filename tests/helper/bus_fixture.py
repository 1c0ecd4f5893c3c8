"""Test fixture for tpm-provisioner-helper: a private system bus with the REAL polkitd.

    with HelperFixture(paths, factory=True) as fx:     # bus + polkitd + swtpm (+ helper)
        fx.start_helper()
        out = fx.run_as("tpmprov-allowed", ["python3", "-c", "..."])

Pieces (each usable alone, each cleaned up by the ProcessGroup that started it):

  PrivateSystemBus   dbus-daemon --nofork with a generated <type>system</type> config that
                     listens on <tmp>/system_bus_socket, allows EXTERNAL auth only, has the
                     real system bus's default policy (deny own, deny method calls, allow
                     signals/replies, allow talking to the bus driver) and includes ONLY
                     copies of polkit's own org.freedesktop.PolicyKit1.conf and our
                     resources/dbus/io.github.TpmProvisioner1.conf.
  IsolatedPolkitd    /usr/lib/polkit-1/polkitd (the real one) inside
                     `unshare --mount --propagation private`, after bind-mounting the test's
                     own directories over /usr/share/polkit-1/actions,
                     /usr/share/polkit-1/rules.d and /etc/polkit-1/rules.d. The mounts exist
                     only in polkitd's private mount namespace: the machine's polkit
                     configuration is never written, and the namespace (with its mounts)
                     disappears when polkitd exits. Ready = org.freedesktop.PolicyKit1 has
                     an owner on the private bus (NameOwnerChanged, bounded).
  Testbed            tests/support/tpm-testbed (a private swtpm TPM 1.2); prints its
                     swtpm:HOST:PORT:CTRL spec and serves until its stdin closes.
  HoldingProxy       a TCP proxy in front of swtpm's command port that can hold one TPM
                     ordinal (e.g. TakeOwnership) until released: the deterministic
                     "mid-job" point for the busy / disconnect / kill tests.
  Helper             tpm-provisioner-helper --tpm SPEC as root on the private bus; ready =
                     io.github.TpmProvisioner1 has an owner.

Rules: every process is started in its own session (process group) and killed as a group on
exit; every wait has a deadline; nothing sleeps to synchronise. Needs root (mount namespace,
setpriv, useradd). Standard library plus jeepney, through tests/support/dbus_client.py.
"""

import fcntl
import json
import os
import pwd
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import dbus_client  # noqa: E402
from dbus_client import Connection, Variant  # noqa: E402
# Shared with the other tiers (tests/support/processes.py); re-exported for them.
from processes import FixtureError, ProcessGroup, read_line_from, tail  # noqa: E402,F401

ALLOWED_USER = "tpmprov-allowed"
DENIED_USER = "tpmprov-denied"
# A second user with the same rights as ALLOWED_USER, for what belongs to one user only.
OTHER_USER = "tpmprov-other"
TEST_USERS = (ALLOWED_USER, DENIED_USER, OTHER_USER)
# The helper's bound on calls of one uid waiting for polkit (kMaxAuthorizingPerUid).
MAX_AUTHORIZING_PER_UID = 4
# Asked besides a method's own action when GetJob/Cancel names another uid's job.
OTHER_USERS_JOBS_ACTION = "io.github.tpmprovisioner.manage-other-users-jobs"

HELPER_NAME = "io.github.TpmProvisioner1"
HELPER_PATH = "/io/github/TpmProvisioner1"
HELPER_IFACE = "io.github.TpmProvisioner1"
ERR = "io.github.TpmProvisioner1.Error."
ACTION_ANNOTATION = "io.github.TpmProvisioner1.Action"
ACTION_PREFIX = "io.github.tpmprovisioner."

POLKIT_NAME = "org.freedesktop.PolicyKit1"
POLKITD = "/usr/lib/polkit-1/polkitd"
POLKIT_BUS_CONF = "/usr/share/dbus-1/system.d/org.freedesktop.PolicyKit1.conf"
# The directories polkitd reads its configuration from, and what each is replaced with.
POLKIT_ACTIONS_DIR = "/usr/share/polkit-1/actions"
POLKIT_RULES_DIRS = ["/etc/polkit-1/rules.d", "/usr/share/polkit-1/rules.d"]
# Newer polkit versions also read these; they are covered too where they exist.
POLKIT_OPTIONAL_RULES_DIRS = ["/run/polkit-1/rules.d", "/usr/local/share/polkit-1/rules.d"]

# Bounds.
START_TIMEOUT = 30  # a daemon to become ready
from processes import STOP_TIMEOUT  # noqa: E402  a daemon to exit after SIGTERM
CALL_TIMEOUT = 60  # one D-Bus call (polkit + TPM)
JOB_TIMEOUT = 300  # one helper job (libtpms TakeOwnership: 0.1-1.4 s; CI may be slow)
CLIENT_TIMEOUT = 300  # one client process

# Who the rules allow: only tpmprov-allowed may do anything of ours; everyone else is refused.
DEFAULT_RULES = """\
// Written by tests/helper/bus_fixture.py: only the test user %(allowed)s may use the helper.
// Every decision for our actions is logged, so the tests can see which action each call of
// the helper asked about, and that every call asked.
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("%(prefix)s") == 0) {
        polkit.log("TPMPROV-CHECK action=" + action.id + " user=" + subject.user);
        if (subject.user == "%(allowed)s") {
            return polkit.Result.YES;
        }
        return polkit.Result.NO;
    }
});
""" % {"allowed": ALLOWED_USER, "prefix": ACTION_PREFIX}


def log(message):
    sys.stderr.write("[fixture] %s\n" % message)
    sys.stderr.flush()


# ---------------------------------------------------------------------------------------------
# Paths, users, the interface


class Paths:
    """Where the pieces are. source_dir is the repository root."""

    def __init__(self, source_dir, tpmprov=None, testbed=None, helper=None):
        self.source_dir = os.path.abspath(source_dir)
        self.tpmprov = tpmprov
        self.testbed = testbed
        self.helper = helper
        self.interface_xml = os.path.join(
            self.source_dir, "resources/dbus/io.github.TpmProvisioner1.xml"
        )
        self.bus_policy = os.path.join(self.source_dir, "resources/dbus/io.github.TpmProvisioner1.conf")
        self.polkit_policy = os.path.join(
            self.source_dir, "resources/polkit/io.github.tpmprovisioner.policy"
        )

    def require(self, *names):
        """FixtureError naming every required piece that is not there."""
        problems = []
        what = {
            "tpmprov": "the tpmprov binary (--tpmprov)",
            "testbed": "the tpm-testbed binary (--testbed)",
            "helper": "the tpm-provisioner-helper binary (--helper; built by the "
            "tpm-provisioner-helper target in app/helper)",
            "interface_xml": "the interface XML",
            "bus_policy": "the helper's D-Bus bus policy",
            "polkit_policy": "the helper's polkit action policy",
        }
        for name in names:
            path = getattr(self, name)
            if not path:
                problems.append("%s: not given" % what[name])
            elif not os.path.exists(path):
                problems.append("%s: %s does not exist" % (what[name], path))
            elif name in ("tpmprov", "testbed", "helper") and not os.access(path, os.X_OK):
                problems.append("%s: %s is not executable" % (what[name], path))
        if problems:
            raise FixtureError("missing:\n  " + "\n  ".join(problems))


def require_root():
    if os.geteuid() != 0:
        raise FixtureError(
            "the helper tests need root (a mount namespace for polkitd, setpriv, useradd); "
            "CI runs them as root on a throwaway machine"
        )


def ensure_test_users():
    """Creates the system test users when missing (CI runs as root on a throwaway box).
    Parallel tests serialise on a lock file, so two never run useradd for the same user."""
    lock_path = os.path.join(tempfile.gettempdir(), "tpmprov-helpertest-users.lock")
    with open(lock_path, "a") as lock:
        # A blocking wait, bounded by an alarm: a holder only runs two useradd calls (each
        # with a 60 s timeout).
        def expired(signum, frame):
            raise FixtureError("%s stayed locked for 180 s" % lock_path)

        previous = signal.signal(signal.SIGALRM, expired)
        signal.alarm(180)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        try:
            return _ensure_test_users_locked()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _ensure_test_users_locked():
    for user in TEST_USERS:
        try:
            pwd.getpwnam(user)
            continue
        except KeyError:
            pass
        log("creating system user %s" % user)
        result = subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if result.returncode != 0:
            raise FixtureError("useradd %s failed (%d): %s" % (user, result.returncode, result.stderr))
    return {user: pwd.getpwnam(user).pw_uid for user in TEST_USERS}


class Method:
    def __init__(self, name, action, in_sig, out_sig):
        self.name = name
        self.action = action
        self.in_sig = in_sig
        self.out_sig = out_sig

    def __repr__(self):
        return "%s(%s) -> (%s) [%s]" % (self.name, self.in_sig, self.out_sig, self.action)


def load_interface(xml_path):
    """The methods of io.github.TpmProvisioner1 from the checked-in XML, in file order."""
    root = ET.parse(xml_path).getroot()
    methods = []
    for iface in root.findall("interface"):
        if iface.get("name") != HELPER_IFACE:
            continue
        for m in iface.findall("method"):
            actions = [
                a.get("value") for a in m.findall("annotation") if a.get("name") == ACTION_ANNOTATION
            ]
            in_sig = "".join(
                a.get("type") for a in m.findall("arg") if a.get("direction", "in") == "in"
            )
            out_sig = "".join(a.get("type") for a in m.findall("arg") if a.get("direction") == "out")
            methods.append(Method(m.get("name"), actions[0] if actions else None, in_sig, out_sig))
    if not methods:
        raise FixtureError("%s declares no methods on %s" % (xml_path, HELPER_IFACE))
    return methods


def dummy_value(sig):
    """A well-typed argument for any signature: ay = 20 zero bytes, b = true, s = "x"."""
    c = sig[0]
    if sig == "ay":
        return bytes(20)
    if c == "a":
        return {} if sig[1] == "{" else []
    if c == "b":
        return True
    if c in "ynqiuxth":
        return 0
    if c == "d":
        return 0.0
    if c == "s":
        return "x"
    if c == "o":
        return "/x"
    if c == "g":
        return "s"
    if c == "v":
        return Variant("s", "x")
    if c == "(":
        return tuple(dummy_value(p) for p in dbus_client.signature_split(sig[1:-1]))
    raise ValueError("no dummy value for %r" % sig)


def dummy_args(sig):
    return [dummy_value(p) for p in dbus_client.signature_split(sig)]


def polkit_actions_in(policy_path):
    return [a.get("id") for a in ET.parse(policy_path).getroot().findall("action")]


def synthesize_polkit_policy(methods):
    """An action file declaring every action the XML names (defaults: no). Used only by the
    polkit harness self-test while resources/polkit/io.github.tpmprovisioner.policy is absent."""
    actions = sorted({m.action for m in methods if m.action})
    body = "".join(
        "  <action id=\"%s\">\n    <description>%s</description>\n    <message>%s</message>\n"
        "    <defaults><allow_any>no</allow_any><allow_inactive>no</allow_inactive>"
        "<allow_active>no</allow_active></defaults>\n  </action>\n" % (a, a, a)
        for a in actions
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE policyconfig PUBLIC "-//freedesktop//DTD PolicyKit Policy Configuration 1.0//EN"'
        ' "http://www.freedesktop.org/standards/PolicyKit/1/policyconfig.dtd">\n'
        "<policyconfig>\n" + body + "</policyconfig>\n"
    )


# ---------------------------------------------------------------------------------------------
# Processes


# ---------------------------------------------------------------------------------------------
# The private system bus


def _bus_config(socket_path, includedir):
    return """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<!-- Generated by tests/helper/bus_fixture.py: a private bus that behaves like the system bus
     (same default policy), listening on a test socket, with only the test's policy files. -->
<busconfig>
  <type>system</type>
  <listen>unix:path=%(socket)s</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus"
           send_interface="org.freedesktop.DBus.Introspectable"/>
    <allow send_destination="org.freedesktop.DBus"
           send_interface="org.freedesktop.DBus.Properties"/>
    <deny send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"
          send_member="UpdateActivationEnvironment"/>
    <deny send_destination="org.freedesktop.DBus"
          send_interface="org.freedesktop.DBus.Debug.Stats"/>
    <deny send_destination="org.freedesktop.DBus"
          send_interface="org.freedesktop.systemd1.Activator"/>
  </policy>
  <policy user="root">
    <allow send_destination="org.freedesktop.DBus"
           send_interface="org.freedesktop.DBus.Monitoring"/>
  </policy>
  <includedir>%(includedir)s</includedir>
</busconfig>
""" % {"socket": socket_path, "includedir": includedir}


class PrivateSystemBus:
    def __init__(self, procs, workdir, helper_bus_policy):
        """helper_bus_policy: path of our bus policy to include, or None (polkit-only)."""
        self.procs = procs
        self.workdir = workdir
        self.helper_bus_policy = helper_bus_policy
        self.proc = None
        self.address = None
        self.log_path = os.path.join(workdir, "dbus-daemon.log")

    def start(self):
        if not shutil.which("dbus-daemon"):
            raise FixtureError("dbus-daemon is not installed (package dbus-daemon)")
        if not os.path.exists(POLKIT_BUS_CONF):
            raise FixtureError("%s is missing (package polkitd)" % POLKIT_BUS_CONF)
        includedir = os.path.join(self.workdir, "system.d")
        os.mkdir(includedir)
        shutil.copy(POLKIT_BUS_CONF, includedir)
        if self.helper_bus_policy is not None:
            if not os.path.exists(self.helper_bus_policy):
                raise FixtureError(
                    "the helper's bus policy %s does not exist: the private bus cannot let "
                    "the helper own io.github.TpmProvisioner1 without it" % self.helper_bus_policy
                )
            shutil.copy(self.helper_bus_policy, includedir)
        socket_path = os.path.join(self.workdir, "system_bus_socket")
        config = os.path.join(self.workdir, "system-bus.conf")
        with open(config, "w") as f:
            f.write(_bus_config(socket_path, includedir))
        read_end, write_end = os.pipe()
        with open(self.log_path, "wb") as logf:
            self.proc = self.procs.start(
                "dbus-daemon",
                [
                    "dbus-daemon",
                    "--config-file=" + config,
                    "--nofork",
                    "--nopidfile",
                    "--print-address=%d" % write_end,
                ],
                pass_fds=[write_end],
                stdout=logf,
                stderr=subprocess.STDOUT,
            )
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            try:
                self.address = read_line_from(self.proc, pipe, START_TIMEOUT, "dbus-daemon")
            except FixtureError as e:
                raise FixtureError("%s\ndbus-daemon log:\n%s" % (e, tail(self.log_path)))
        # The socket is created by root; the test users must reach it.
        os.chmod(self.workdir, 0o755)
        log("private system bus at %s" % self.address)
        return self

    def connect(self):
        return Connection(self.address)

    @staticmethod
    def _owner_query(c, name):
        return c.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            "s",
            [name],
        ).body[0]

    def name_has_owner(self, name):
        with self.connect() as c:
            return self._owner_query(c, name)

    def _watch_name(self, c, name):
        """Subscribes c to NameOwnerChanged for `name`, then returns whether it is owned now.
        The match is added first, so a change between the two cannot be missed."""
        c.add_match(
            "type='signal',sender='org.freedesktop.DBus',member='NameOwnerChanged',"
            "arg0='%s'" % name
        )
        return self._owner_query(c, name)

    def wait_for_name(self, name, proc, timeout, what, log_path):
        """Bounded wait until `name` has an owner on the bus; fails early if proc dies.
        Waits on NameOwnerChanged (see _watch_name: no race)."""
        deadline = time.monotonic() + timeout
        with self.connect() as c:
            owned = self._watch_name(c, name)
            while not owned:
                if proc is not None and proc.poll() is not None:
                    raise FixtureError(
                        "%s exited with status %s before it owned %s; its log:\n%s"
                        % (what, proc.returncode, name, tail(log_path))
                    )
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise FixtureError(
                        "%s did not own %s within %d s; its log:\n%s"
                        % (what, name, timeout, tail(log_path))
                    )
                # Short slices only to notice a dead process; the wake-up is the signal.
                msg = c.wait_signal(lambda m: m.member == "NameOwnerChanged", min(remaining, 0.5))
                if msg is not None and msg.body[0] == name and msg.body[2]:
                    owned = True

    def wait_for_name_gone(self, name, timeout):
        deadline = time.monotonic() + timeout
        with self.connect() as c:
            owned = self._watch_name(c, name)
            while owned:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise FixtureError("%s still owned after %d s" % (name, timeout))
                msg = c.wait_signal(lambda m: m.member == "NameOwnerChanged", remaining)
                if msg is not None and msg.body[0] == name and not msg.body[2]:
                    owned = False


# ---------------------------------------------------------------------------------------------
# polkitd with the test's own configuration

# Runs inside `unshare --mount --propagation private`: $1 = polkitd, $2 = actions dir,
# $3 = the test's rules dir (over /etc/polkit-1/rules.d), $4 = an empty dir, then every
# other rules directory to hide behind the empty one. Read-only: polkitd cannot write them.
_POLKITD_WRAPPER = r"""
set -e
polkitd="$1"; actions="$2"; rules="$3"; empty="$4"; shift 4
cover() { mount --bind "$1" "$2"; mount -o remount,bind,ro "$2"; }
cover "$actions" /usr/share/polkit-1/actions
cover "$rules" /etc/polkit-1/rules.d
for dir in "$@"; do cover "$empty" "$dir"; done
exec "$polkitd"
"""


class IsolatedPolkitd:
    def __init__(self, procs, bus, workdir, action_files, rules_text=DEFAULT_RULES):
        """action_files: {file name: contents} for the private actions directory."""
        self.procs = procs
        self.bus = bus
        self.workdir = workdir
        self.action_files = action_files
        self.rules_text = rules_text
        self.proc = None
        self.log_path = os.path.join(workdir, "polkitd.log")

    def start(self):
        if not os.access(POLKITD, os.X_OK):
            raise FixtureError("%s is missing (package polkitd)" % POLKITD)
        try:
            pwd.getpwnam("polkitd")
        except KeyError:
            raise FixtureError(
                "user 'polkitd' does not exist: polkitd switches to it at start (package polkitd "
                "creates it)"
            )
        if not shutil.which("unshare"):
            raise FixtureError("unshare is not installed (package util-linux)")
        actions = os.path.join(self.workdir, "polkit-actions")
        rules = os.path.join(self.workdir, "polkit-rules")
        empty = os.path.join(self.workdir, "polkit-empty")
        for d in (actions, rules, empty):
            os.mkdir(d)
            os.chmod(d, 0o755)  # polkitd drops to user polkitd before reading them
        for name, contents in self.action_files.items():
            path = os.path.join(actions, name)
            with open(path, "w") as f:
                f.write(contents)
            os.chmod(path, 0o644)
        rules_file = os.path.join(rules, "10-tpmprov-test.rules")
        with open(rules_file, "w") as f:
            f.write(self.rules_text)
        os.chmod(rules_file, 0o644)
        for d in [POLKIT_ACTIONS_DIR] + POLKIT_RULES_DIRS:
            if not os.path.isdir(d):
                raise FixtureError("%s does not exist (package polkitd)" % d)
        hidden = [d for d in POLKIT_RULES_DIRS[1:] + POLKIT_OPTIONAL_RULES_DIRS if os.path.isdir(d)]
        env = {
            "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
            "DBUS_SYSTEM_BUS_ADDRESS": self.bus.address,
            "LANG": "C.UTF-8",
        }
        with open(self.log_path, "wb") as logf:
            self.proc = self.procs.start(
                "polkitd",
                ["unshare", "--mount", "--propagation", "private", "--",
                 "/bin/sh", "-c", _POLKITD_WRAPPER, "polkitd-wrapper", POLKITD, actions, rules, empty]
                + hidden,
                env=env,
                stdout=logf,
                stderr=subprocess.STDOUT,
            )
        self.bus.wait_for_name(POLKIT_NAME, self.proc, START_TIMEOUT, "polkitd", self.log_path)
        log("real polkitd (pid %d) owns %s; actions and rules from %s" % (self.proc.pid, POLKIT_NAME, self.workdir))
        return self

    def checks(self):
        """[(action, user)] of every decision the test's rule logged so far, in order."""
        out = []
        with open(self.log_path, "r", errors="replace") as f:
            for line in f:
                if line.startswith("TPMPROV-CHECK "):
                    kv = dict(p.split("=", 1) for p in line.split()[1:] if "=" in p)
                    out.append((kv.get("action"), kv.get("user")))
        return out

    def check_authorization(self, conn, action, subject=None, flags=0):
        """(is_authorized, is_challenge, details) for the caller itself (system-bus-name)."""
        if subject is None:
            subject = ("system-bus-name", {"name": Variant("s", conn.unique_name)})
        reply = conn.call(
            POLKIT_NAME,
            "/org/freedesktop/PolicyKit1/Authority",
            "org.freedesktop.PolicyKit1.Authority",
            "CheckAuthorization",
            "(sa{sv})sa{ss}us",
            [subject, action, {}, flags, ""],
            timeout=CALL_TIMEOUT,
        )
        return reply.body[0]


# ---------------------------------------------------------------------------------------------
# swtpm and a proxy that can hold one TPM command


class Testbed:
    """tpm-testbed [--factory | --tpm2]: a private swtpm; spec = swtpm:127.0.0.1:PORT:CTRL."""

    def __init__(self, procs, exe, workdir, factory=False, tpm2=False):
        self.procs = procs
        self.exe = exe
        self.factory = factory
        self.tpm2 = tpm2
        self.log_path = os.path.join(workdir, "tpm-testbed%s.log" % ("-factory" if factory else ""))
        self.proc = None
        self.spec = None

    def start(self):
        argv = [self.exe] + (["--factory"] if self.factory else []) + (
            ["--tpm2"] if self.tpm2 else [])
        with open(self.log_path, "wb") as logf:
            self.proc = self.procs.start(
                "tpm-testbed", argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=logf
            )
        try:
            self.spec = read_line_from(self.proc, self.proc.stdout, START_TIMEOUT, "tpm-testbed")
        except FixtureError as e:
            raise FixtureError("%s\ntpm-testbed log:\n%s" % (e, tail(self.log_path)))
        parts = self.spec.split(":")
        if len(parts) != 4 or parts[0] != "swtpm":
            raise FixtureError("tpm-testbed printed %r, not swtpm:HOST:PORT:CTRL" % self.spec)
        self.host, self.port, self.ctrl_port = parts[1], int(parts[2]), int(parts[3])
        log("swtpm at %s%s" % (self.spec, " (factory state)" if self.factory else ""))
        return self

    def stop(self):
        if self.proc and self.proc.poll() is None:
            try:
                self.proc.stdin.close()  # the testbed's documented "stop" signal
                self.proc.wait(timeout=STOP_TIMEOUT)
            except (subprocess.TimeoutExpired, OSError):
                pass
        if self.proc:
            self.procs.stop(self.proc)


TPM_ORD_TakeOwnership = 0x0000000D
TPM_ORD_CreateEndorsementKeyPair = 0x00000078
TPM_ORD_SelfTestFull = 0x00000050


class HoldingProxy:
    """Listens on 127.0.0.1:<free port> and forwards TPM commands to swtpm's command port.
    hold(ordinal): the next command with that ordinal is kept (not forwarded) until
    release(forward=True|False); wait_held(timeout) waits for it to arrive. Every command
    that passes is recorded in self.ordinals."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Condition()
        self.hold_ordinal = None
        self.held = False
        self.release_decision = None  # None (keep holding), True (forward), False (drop)
        self.ordinals = []
        self.stopping = False
        self.threads = []
        self.accepter = threading.Thread(target=self._accept, daemon=True)
        self.accepter.start()

    def spec_with_ctrl(self, ctrl_port):
        return "swtpm:127.0.0.1:%d:%d" % (self.port, ctrl_port)

    def hold(self, ordinal):
        with self.lock:
            self.hold_ordinal = ordinal
            self.held = False
            self.release_decision = None

    def wait_held(self, timeout):
        with self.lock:
            return self.lock.wait_for(lambda: self.held, timeout)

    def release(self, forward=True):
        with self.lock:
            self.release_decision = forward
            self.hold_ordinal = None
            self.lock.notify_all()

    def _accept(self):
        while not self.stopping:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            t = threading.Thread(target=self._serve, args=(client,), daemon=True)
            t.start()
            self.threads.append(t)

    @staticmethod
    def _read_exact(sock, n):
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                return None
            data += chunk
        return data

    def _read_frame(self, sock):
        head = self._read_exact(sock, 10)
        if head is None:
            return None
        size = struct.unpack(">I", head[2:6])[0]
        if size < 10 or size > 1 << 20:
            return None
        rest = self._read_exact(sock, size - 10)
        return None if rest is None else head + rest

    def _serve(self, client):
        try:
            upstream = socket.create_connection(self.target, timeout=JOB_TIMEOUT)
        except OSError:
            client.close()
            return
        client.settimeout(None)
        try:
            while not self.stopping:
                command = self._read_frame(client)
                if command is None:
                    return
                ordinal = struct.unpack(">I", command[6:10])[0]
                with self.lock:
                    self.ordinals.append(ordinal)
                    if self.hold_ordinal == ordinal:
                        self.held = True
                        self.lock.notify_all()
                        # Bounded: a test that forgets to release still ends.
                        self.lock.wait_for(
                            lambda: self.release_decision is not None or self.stopping, JOB_TIMEOUT
                        )
                        forward = bool(self.release_decision) and not self.stopping
                    else:
                        forward = True
                if not forward:
                    return  # dropped: the TPM never sees it; the client sees EOF
                upstream.sendall(command)
                response = self._read_frame(upstream)
                if response is None:
                    return
                try:
                    client.sendall(response)
                except OSError:
                    return  # the client died; the TPM did run the command
        except OSError:
            return
        finally:
            client.close()
            upstream.close()

    def stop(self):
        self.stopping = True
        with self.lock:
            self.lock.notify_all()
        try:
            self.listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.listener.close()
        for t in list(self.threads):
            t.join(timeout=STOP_TIMEOUT)

    def wait_idle(self, timeout):
        """Until every connection the proxy served so far has ended (its client left and any
        held command was forwarded or dropped)."""
        deadline = time.monotonic() + timeout
        for t in list(self.threads):
            t.join(timeout=max(0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in self.threads)


# ---------------------------------------------------------------------------------------------
# The helper


class Helper:
    # Long idle time: a slow CI step between two clients must not make the helper leave
    # (idle_exit tests the short one); --verbose for the log shown on failure.
    # --allow-emulator: the test's TPM is a swtpm over TCP, which the helper refuses without it.
    DEFAULT_ARGS = ["--verbose", "--idle-timeout", "600", "--allow-emulator"]

    def __init__(self, procs, bus, exe, tpm_spec, workdir, extra_args=None):
        self.procs = procs
        self.bus = bus
        self.exe = exe
        self.tpm_spec = tpm_spec
        self.workdir = workdir
        self.extra_args = list(self.DEFAULT_ARGS if extra_args is None else extra_args)
        self.proc = None
        self.starts = 0
        self.log_path = None

    def start(self):
        self.starts += 1
        self.log_path = os.path.join(self.workdir, "helper-%d.log" % self.starts)
        env = {
            "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
            "DBUS_SYSTEM_BUS_ADDRESS": self.bus.address,
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        with open(self.log_path, "wb") as logf:
            self.proc = self.procs.start(
                "tpm-provisioner-helper",
                [self.exe, "--tpm", self.tpm_spec] + self.extra_args,
                env=env,
                stdout=logf,
                stderr=subprocess.STDOUT,
            )
        self.bus.wait_for_name(HELPER_NAME, self.proc, START_TIMEOUT, "tpm-provisioner-helper", self.log_path)
        log("helper (pid %d) owns %s, TPM %s" % (self.proc.pid, HELPER_NAME, self.tpm_spec))
        return self

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def kill(self):
        """SIGKILL, as a crash would; then wait until the bus noticed."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=STOP_TIMEOUT)
        self.bus.wait_for_name_gone(HELPER_NAME, START_TIMEOUT)

    def stop(self):
        if self.proc is not None:
            return self.procs.stop(self.proc)
        return None

    def log_text(self):
        out = []
        for i in range(1, self.starts + 1):
            out.append("helper run %d:\n%s" % (i, tail(os.path.join(self.workdir, "helper-%d.log" % i), 60)))
        return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Everything together


class Completed:
    def __init__(self, argv, returncode, stdout, stderr):
        self.argv = argv
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def describe(self):
        return "command: %s\nexit: %s\nstdout:\n%s\nstderr:\n%s" % (
            " ".join(self.argv),
            self.returncode,
            _indent(self.stdout),
            _indent(self.stderr),
        )


def _indent(text):
    text = text if text and text.strip() else "<empty>"
    return "\n".join("    | " + line for line in text.rstrip("\n").split("\n"))


class HelperFixture:
    """One test's world: its own bus, polkitd, swtpm (optionally behind a HoldingProxy) and
    helper. Use as a context manager; everything is stopped and removed on exit."""

    def __init__(self, paths, factory=False, with_helper=True, proxy=False, rules_text=DEFAULT_RULES,
                 polkit_policy_text=None, tpm2=False, helper_tpm=None, helper_args=None):
        self.helper_tpm = helper_tpm    # instead of the testbed's spec (a device path)
        self.helper_args = helper_args  # instead of Helper.DEFAULT_ARGS
        self.paths = paths
        self.factory = factory
        self.tpm2 = tpm2
        self.with_helper = with_helper
        self.use_proxy = proxy
        self.rules_text = rules_text
        self.polkit_policy_text = polkit_policy_text
        self.procs = ProcessGroup()
        self.workdir = None
        self.bus = self.polkitd = self.testbed = self.proxy = self.helper = None
        self.uids = {}

    # -- set-up ----------------------------------------------------------------------------

    def __enter__(self):
        require_root()
        needed = ["interface_xml"]
        if self.with_helper:
            needed += ["helper", "tpmprov", "testbed", "bus_policy", "polkit_policy"]
        self.paths.require(*needed)
        self.uids = ensure_test_users()
        self.methods = load_interface(self.paths.interface_xml)
        self.workdir = tempfile.mkdtemp(prefix="tpmprov-helpertest.")
        os.chmod(self.workdir, 0o755)
        try:
            self._start()
        except BaseException:
            self.dump_logs()
            self.close()
            raise
        return self

    def _start(self):
        bus_policy = self.paths.bus_policy if (self.with_helper or os.path.exists(self.paths.bus_policy)) else None
        self.bus = PrivateSystemBus(self.procs, self.workdir, bus_policy).start()
        if self.polkit_policy_text is not None:
            actions = {"io.github.tpmprovisioner.policy": self.polkit_policy_text}
        else:
            with open(self.paths.polkit_policy) as f:
                actions = {"io.github.tpmprovisioner.policy": f.read()}
        self.polkitd = IsolatedPolkitd(self.procs, self.bus, self.workdir, actions, self.rules_text).start()
        if self.with_helper:
            self.testbed = Testbed(self.procs, self.paths.testbed, self.workdir, self.factory,
                                   self.tpm2).start()
            spec = self.testbed.spec
            if self.use_proxy:
                self.proxy = HoldingProxy(self.testbed.host, self.testbed.port)
                spec = self.proxy.spec_with_ctrl(self.testbed.ctrl_port)
            self.helper = Helper(self.procs, self.bus, self.paths.helper, self.helper_tpm or spec,
                                 self.workdir, self.helper_args)
            self.helper.start()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.dump_logs()
        self.close()
        return False

    def close(self):
        if self.helper:
            self.helper.stop()
        if self.proxy:
            self.proxy.stop()
        if self.testbed:
            self.testbed.stop()
        self.procs.stop_all()
        if self.workdir and os.environ.get("TPMPROV_KEEP_HELPERTEST_DIR") != "1":
            shutil.rmtree(self.workdir, ignore_errors=True)

    def dump_logs(self):
        if not self.workdir:
            return
        for name in ("dbus-daemon.log", "polkitd.log"):
            log("%s:\n%s" % (name, tail(os.path.join(self.workdir, name))))
        if self.helper:
            log(self.helper.log_text())

    # -- clients ---------------------------------------------------------------------------

    def client_env(self):
        return {
            "DBUS_SYSTEM_BUS_ADDRESS": self.bus.address,
            "PYTHONDONTWRITEBYTECODE": "1",
            "LANG": "C.UTF-8",
        }

    def run_as(self, user, argv, timeout=CLIENT_TIMEOUT, input_text=None, extra_env=None):
        """Runs argv as `user` (setpriv: real+effective uid/gid, no supplementary groups,
        a clean environment plus the private bus address). Bounded; the whole process group
        is killed on timeout."""
        env = self.client_env()
        env.update(extra_env or {})
        full = ["setpriv", "--reuid=" + user, "--regid=" + user, "--clear-groups", "--reset-env",
                "env"] + ["%s=%s" % kv for kv in sorted(env.items())] + list(argv)
        proc = self.procs.start("client", full, stdin=subprocess.PIPE if input_text is not None else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            out, err = proc.communicate(input=input_text, timeout=timeout)
        except subprocess.TimeoutExpired:
            self.procs.stop(proc, signal.SIGKILL)
            out, err = proc.communicate()
            err += "\n[fixture] killed after %d s" % timeout
        finally:
            self.procs.procs = [(n, p) for n, p in self.procs.procs if p is not proc]
        return Completed(full, proc.returncode, out, err)

    def tpmprov_root(self, *args, timeout=CLIENT_TIMEOUT, input_text=None):
        """tpmprov as root DIRECTLY against swtpm (never through the helper or the proxy)."""
        argv = [self.paths.tpmprov, "--tpm", self.testbed.spec] + list(args)
        try:
            r = subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                               input=input_text, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        except subprocess.TimeoutExpired as e:
            return Completed(argv, None, e.stdout or "", (e.stderr or "") + "\ntimed out")
        return Completed(argv, r.returncode, r.stdout, r.stderr)


# ---------------------------------------------------------------------------------------------
# A client process running as a test user


class ClientError(Exception):
    pass


class UserClient:
    """helper_client.py running as `user` (setpriv), driven line by line. Every answer is
    awaited with a deadline; the process group is killed on close or timeout."""

    def __init__(self, fixture, user):
        self.fx = fixture
        self.user = user
        env = fixture.client_env()
        argv = ["setpriv", "--reuid=" + user, "--regid=" + user, "--clear-groups", "--reset-env",
                "env"] + ["%s=%s" % kv for kv in sorted(env.items())] + [
                    "/usr/bin/python3", os.path.join(os.path.dirname(os.path.abspath(__file__)), "helper_client.py")]
        self.stderr_path = os.path.join(fixture.workdir, "client-%s-%d.log" % (user, id(self)))
        with open(self.stderr_path, "wb") as errf:
            self.proc = fixture.procs.start("client " + user, argv, stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=errf)

    def request(self, req, wait=CALL_TIMEOUT + 10):
        if self.proc.poll() is not None:
            raise ClientError("client (%s) already exited with %s:\n%s" % (self.user, self.proc.returncode, tail(self.stderr_path)))
        self.proc.stdin.write((json.dumps(req) + "\n").encode())
        self.proc.stdin.flush()
        try:
            line = read_line_from(self.proc, self.proc.stdout, wait, "client %s (%s)" % (self.user, req.get("op")))
        except FixtureError as e:
            raise ClientError("%s\nclient stderr:\n%s" % (e, tail(self.stderr_path)))
        return json.loads(line)

    def connect(self, conn="a"):
        res = self.request(dict(op="connect", conn=conn))
        if not res["ok"]:
            raise ClientError("cannot connect as %s: %s" % (self.user, res))
        return res

    def call(self, method, sig="", args=(), conn="a", timeout=CALL_TIMEOUT, **extra):
        return self.request(dict(extra, op="call", conn=conn, method=method, sig=sig,
                                 args=encode_args(args), timeout=timeout), timeout + 10)

    def send(self, method, sig="", args=(), conn="a", **extra):
        return self.request(dict(extra, op="send", conn=conn, method=method, sig=sig, args=encode_args(args)))

    def reply(self, serial, conn="a", timeout=CALL_TIMEOUT):
        return self.request(dict(op="reply", conn=conn, serial=serial, timeout=timeout), timeout + 10)

    def watch_jobs(self, conn="a"):
        return self.request(dict(op="watch_jobs", conn=conn))

    def wait_finished(self, job, conn="a", timeout=JOB_TIMEOUT):
        return self.request(dict(op="wait_finished", conn=conn, job=job, timeout=timeout), timeout + 10)

    def wait_job(self, job, conn="a", timeout=JOB_TIMEOUT):
        return self.request(dict(op="wait_job", conn=conn, job=job, timeout=timeout), timeout + 70)

    def check_auth(self, action, subject="system-bus-name", conn="a"):
        return self.request(dict(op="check_auth", conn=conn, action=action, subject=subject))

    def close_conn(self, conn="a"):
        return self.request(dict(op="close", conn=conn))

    def quit(self):
        """Ends the client process (all its connections drop with it)."""
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
            except OSError:
                pass
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                pass
        self.fx.procs.stop(self.proc)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.quit()


def encode_args(args):
    out = []
    for a in args:
        if isinstance(a, (bytes, bytearray)):
            out.append({"$bytes": bytes(a).hex()})
        elif isinstance(a, Variant):
            out.append({"$v": [a.signature, encode_args([a.value])[0]]})
        elif isinstance(a, tuple):
            out.append(encode_args(a))
        elif isinstance(a, list):
            out.append(encode_args(a))
        elif isinstance(a, dict):
            out.append({k: encode_args([v])[0] for k, v in a.items()})
        else:
            out.append(a)
    return out
