#!/usr/bin/env python3
"""Wizard tests (label "wizard"): the whole tpm-provisioner wizard (tpmprov_ui, driven by
the QTest wizard_flow_test) against the real helper, polkitd, swtpm and a real keyring.
test_wizard.py runs these scenarios under pytest, one ctest entry each.

Each scenario builds its own world (tests/helper/bus_fixture.py: private system bus, real
polkitd with the test rules, swtpm, helper; tests/keyring/keyring_fixture.py: private
session bus + gnome-keyring-daemon), runs ONE QTest function of wizard_flow_test as the
unprivileged test user inside it (QT_QPA_PLATFORM=offscreen), and then checks the TPM from
outside as root, directly against swtpm:

  full_flow        factory state -> Your TPM -> Turn on -> Restart (the swtpm power cycle,
                   `tpmprov firmware-restart` run by the wizard's CommandRebooter) -> Your TPM
                   -> ... -> Owner password (generated, keyring) -> Taking ownership -> Done.
                   Then: the TPM is owned; the password in the keyring (secret-tool, outside
                   Qt) is the one the QTest read back through QtKeychain, and root's
                   `tpmprov verify-owner` accepts it.
  store_fails      no Secret Service on the session bus: storing fails, the wizard says so
                   and sends nothing: the TPM is still unowned.
  reset_during_ownership
                   TakeOwnership is held at a proxy; the TPM is power-cycled (swtpm CMD_INIT,
                   no Startup) and the command released: the engine recovers (Startup, retry),
                   the wizard finishes and says a reset happened; verify-owner accepts.
  already_owned    root took ownership with another password first: the wizard shows
                   "Already owned"; a wrong password is refused, the right one verifies.
  clear_and_provision
                   owned with a lost password: "Already owned" -> clear -> the page that lists
                   what a clear destroys -> explicit confirmation -> ForceClear through the
                   helper -> the wizard starts over and provisions it (restart included);
                   the new password verifies, the old one no longer does.
  fits_screen      the whole flow at 11 pt on 1366x768 and on 1920x1080 at scale 2: every
                   page, window and buttons inside the screen.
  cancel_after_turn_on
                   Cancel after turning the TPM on asks, naming the state left.
  save_to_file_and_backups
                   no keyring: "Save to a file instead" completes ownership; Done saves a
                   copy and a Windows .tpm file, a printout goes to PDF; root checks them.
  polkit_denied    the wizard runs as the user the rules refuse: an error dialog says so;
                   the TPM is unchanged.
  helper_missing   the helper is not on the bus: an error dialog says so.
  presence_locked  firmware locked physical presence (TSC_PhysicalPresence(LOCK) sent to
                   the factory-state TPM): the wizard shows the firmware page.
  tpm2_full_flow   a TPM 2.0 (swtpm --tpm2) in the manufacturer's state -> Your TPM -> Lockout
                   password (generated, keyring) -> Setting up the TPM -> Done, no restart;
                   root's `tpmprov verify-lockout` accepts the kept password, the shared SRK is
                   at 0x81000001; a relaunch finds the password in the keyring and checks it.
  tpm2_owned_by_windows
                   "Windows" set the lockout password (tpm2_changeauth, an independent stack):
                   "already has passwords" -> the known password checked once -> clear with it
                   (the page lists what a clear destroys; explicit confirmation) -> cleared ->
                   set up anew; root's verify-lockout accepts the new password.
  tpm2_owner_password_only
                   another tool set only the owner password: nothing to check, the clear is
                   preselected and done with the empty lockout password; set up anew.
  accessibility[_de|_fr]
                   the whole flow in English (German, French): on every page every control
                   has an objectName, an accessible name (or text, or a buddy label) and takes
                   keyboard focus, and no two &-shortcuts collide. (The failure scenarios run
                   the same audit on their error dialogs.)

Every process is stopped on exit; waits are bounded. Needs root (skipped otherwise).
"""

import json
import os
import socket
import stat
import struct
import subprocess
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "helper"))
sys.path.insert(0, os.path.join(HERE, "..", "keyring"))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
from harness import TestFailure as Failure  # noqa: E402  (shared by the Python tiers)
from bus_fixture import (ALLOWED_USER, DENIED_USER, HelperFixture,  # noqa: E402
                         Paths, TPM_ORD_TakeOwnership, ensure_test_users)
from keyring_fixture import SessionKeyring  # noqa: E402

QTEST_TIMEOUT = 600
SERVICE = "tpm-provisioner"


def expect(cond, what, detail=""):
    if not cond:
        raise Failure(what + (("\n" + detail) if detail else ""))


def say(msg):
    sys.stdout.write("[wizard] %s\n" % msg)
    sys.stdout.flush()


# ------------------------------------------------------------------------------------------
# Raw TPM and swtpm control-channel access (root, directly, never through the helper)


def swtpm_ctrl_init(host, ctrl_port):
    """CMD_INIT on swtpm's control channel: a TPM reset; the TPM then waits for Startup
    (every command answers TPM_INVALID_POSTINIT) - what a platform reset does."""
    with socket.create_connection((host, ctrl_port), timeout=30) as s:
        s.sendall(struct.pack(">II", 0x00000002, 0))
        data = b""
        while len(data) < 4:
            chunk = s.recv(4 - len(data))
            if not chunk:
                break
            data += chunk
    expect(len(data) == 4 and struct.unpack(">I", data)[0] == 0, "swtpm CMD_INIT answered %r" % data)


def tpm_command(host, port, command):
    with socket.create_connection((host, port), timeout=30) as s:
        s.sendall(command)
        head = b""
        while len(head) < 10:
            chunk = s.recv(10 - len(head))
            expect(chunk, "the TPM closed the connection")
            head += chunk
        size = struct.unpack(">I", head[2:6])[0]
        rest = b""
        while len(rest) < size - 10:
            chunk = s.recv(size - 10 - len(rest))
            expect(chunk, "the TPM closed the connection")
            rest += chunk
    return head + rest


def lock_physical_presence(host, port):
    """TSC_PhysicalPresence(TPM_PHYSICAL_PRESENCE_LOCK), as firmware sends it at boot."""
    answer = tpm_command(host, port, struct.pack(">HII H", 0x00C1, 12, 0x4000000A, 0x0004))
    rc = struct.unpack(">I", answer[6:10])[0]
    expect(rc == 0, "TSC_PhysicalPresence(LOCK) returned 0x%x" % rc)


# ------------------------------------------------------------------------------------------


class World:
    """The fixtures of one scenario plus the QTest run inside them."""

    def __init__(self, args, factory=True, proxy=False, user=ALLOWED_USER, keyring_daemon=True,
                 rules_text=None, tpm2=False):
        self.args = args
        self.paths = Paths(args.source_dir, tpmprov=args.tpmprov, testbed=args.testbed,
                           helper=args.helper)
        kwargs = dict(factory=factory, proxy=proxy, tpm2=tpm2)
        if rules_text is not None:
            kwargs["rules_text"] = rules_text
        self.fx = HelperFixture(self.paths, **kwargs)
        self.user = user
        self.keyring_daemon = keyring_daemon
        self.kr = None

    def __enter__(self):
        self.fx.__enter__()
        try:
            self.outdir = os.path.join(self.fx.workdir, "wizard-out")
            os.mkdir(self.outdir)
            keyring_dir = os.path.join(self.fx.workdir, "keyring-" + self.user)
            os.mkdir(keyring_dir)
            os.chmod(keyring_dir, 0o755)
            self.kr = SessionKeyring(workdir=keyring_dir, user=self.user,
                                     with_daemon=self.keyring_daemon)
            self.kr.__enter__()
            import pwd
            pw = pwd.getpwnam(self.user)
            os.chown(self.outdir, pw.pw_uid, pw.pw_gid)
        except BaseException:
            self.fx.__exit__(*sys.exc_info())
            raise
        return self

    def __exit__(self, *exc):
        if self.kr is not None:
            self.kr.__exit__(*exc)
        return self.fx.__exit__(*exc)

    @property
    def tpm_spec(self):
        return self.fx.testbed.spec

    def qtest(self, function, extra_env=None, timeout=QTEST_TIMEOUT, background=False):
        env = {
            "QT_QPA_PLATFORM": os.environ.get("TPMPROV_WIZARD_QPA", "offscreen"),
            "DBUS_SYSTEM_BUS_ADDRESS": self.fx.bus.address,
            "TPMPROV_WIZARD_TPM": self.tpm_spec,
            "TPMPROV_WIZARD_TPMPROV": self.args.tpmprov,
            "TPMPROV_WIZARD_OUT": self.outdir,
        }
        for k in ("DISPLAY", "TPMPROV_WIZARD_SCREENSHOT_DIR", "TPMPROV_WIZARD_FONT_PT", "LANG",
                  "LANGUAGE"):
            if os.environ.get(k):
                env[k] = os.environ[k]
        env.update(extra_env or {})
        argv = [self.args.flow_test, function, "-maxwarnings", "0"]
        if background:
            return self.kr.procs.start("wizard_flow_test", self.kr.as_user(argv, env),
                                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        r = self.kr.run(argv, extra_env=env, timeout=timeout)
        sys.stdout.write(r.stdout)
        sys.stdout.write(r.stderr)
        expect(r.returncode == 0, "wizard_flow_test %s failed (exit %s)" % (function, r.returncode))
        return r

    def status(self):
        r = self.fx.tpmprov_root("--json", "status")
        expect(r.returncode == 0, "root's tpmprov status", r.describe())
        import json
        return json.loads(r.stdout)

    def owned(self):
        owned = self.status().get("owned")
        expect(isinstance(owned, bool), "tpmprov --json status has a boolean 'owned'")
        return owned

    def verify_owner(self, password, encoding="sha1"):
        return self.fx.tpmprov_root("verify-owner", "--owner-password-file", "-",
                                    "--owner-encoding", encoding, input_text=password)

    def out_file(self, name):
        path = os.path.join(self.outdir, name)
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as f:
            return f.read()


def tpm2_tool(w, *argv):
    """tpm2-tools (an independent TPM 2.0 stack) against the world's swtpm --tpm2."""
    env = dict(os.environ, TPM2TOOLS_TCTI="swtpm:host=%s,port=%d" % (w.fx.testbed.host, w.fx.testbed.port))
    r = subprocess.run(list(argv), env=env, capture_output=True, text=True, timeout=60)
    expect(r.returncode == 0, "%s" % " ".join(argv), r.stdout + r.stderr)
    return r.stdout


def verify_lockout(w, password):
    path = os.path.join(w.fx.workdir, "lockout-check")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(password)
    return w.fx.tpmprov_root("verify-lockout", "--lockout-password-file", path)


def check_executables_reachable(user, *paths):
    for exe in paths:
        path = os.path.dirname(os.path.abspath(exe))
        while path != "/":
            expect(os.stat(path).st_mode & stat.S_IXOTH, "%s is not searchable by %s" % (path, user))
            path = os.path.dirname(path)


# ------------------------------------------------------------------------------------------
# Scenarios


def scenario_full_flow(args):
    with World(args, factory=True) as w:
        expect(not w.owned(), "factory state: unowned")
        w.qtest("fullFlow")
        expect(w.owned(), "after the wizard, the TPM is owned")
        password = w.out_file("owner-password")
        expect(password, "the QTest wrote the password it read back through QtKeychain")
        items = w.kr.run(["secret-tool", "search", "--all", "server", SERVICE])
        expect(password in items.stdout,
               "secret-tool (outside Qt) finds the password in the Secret Service",
               items.stdout + items.stderr)
        encoding = w.out_file("owner-encoding") or "sha1"
        r = w.verify_owner(password, encoding.strip())
        expect(r.returncode == 0, "root's tpmprov verify-owner accepts the kept password", r.describe())
        r = w.verify_owner(password + "x", encoding.strip())
        expect(r.returncode != 0, "and refuses another one", r.describe())
        items = w.kr.run(["secret-tool", "search", "--all", "server", SERVICE])
        entries = items.stdout.count("secret = ")
        expect(entries == 1, "relaunching and checking again kept one keyring entry (%d)" % entries,
               items.stdout)


def scenario_store_fails(args):
    with World(args, factory=False, keyring_daemon=False) as w:
        expect(not w.owned(), "fresh state: unowned")
        w.qtest("storeFails")
        expect(not w.owned(), "storing failed, so nothing was sent: the TPM is still unowned")


def scenario_reset_during_ownership(args):
    with World(args, factory=False, proxy=True) as w:
        proxy = w.fx.proxy
        proxy.hold(TPM_ORD_TakeOwnership)
        proc = w.qtest("resetDuringOwnership", background=True)
        output = []
        reader = threading.Thread(target=lambda: output.append(proc.stdout.read()), daemon=True)
        reader.start()
        try:
            held = proxy.wait_held(300)
            expect(held, "TakeOwnership reached the proxy")
            say("TakeOwnership held; resetting the TPM (swtpm CMD_INIT, no Startup)")
            swtpm_ctrl_init(w.fx.testbed.host, w.fx.testbed.ctrl_port)
            proxy.release(forward=True)
            rc = proc.wait(timeout=QTEST_TIMEOUT)
        finally:
            w.kr.procs.stop(proc)
            reader.join(timeout=10)
        sys.stdout.write("".join(output))
        expect(rc == 0, "wizard_flow_test resetDuringOwnership failed (exit %s)" % rc)
        expect(w.owned(), "after the recovery, the TPM is owned")
        password = w.out_file("owner-password")
        expect(password, "the QTest wrote the kept password")
        r = w.verify_owner(password, (w.out_file("owner-encoding") or "sha1").strip())
        expect(r.returncode == 0, "verify-owner accepts the kept password", r.describe())


def scenario_already_owned(args):
    with World(args, factory=False) as w:
        r = w.fx.tpmprov_root("provision", "--owner-password-file", "-", input_text="someone else's")
        expect(r.returncode == 0, "root provisions the TPM first", r.describe())
        w.qtest("alreadyOwned", extra_env={"TPMPROV_WIZARD_OLD_PASSWORD": "someone else's"})
        r = w.verify_owner("someone else's")
        expect(r.returncode == 0, "the TPM keeps its owner", r.describe())


def scenario_clear_and_provision(args):
    with World(args, factory=False) as w:
        r = w.fx.tpmprov_root("provision", "--owner-password-file", "-", input_text="lost password")
        expect(r.returncode == 0, "root provisions the TPM first", r.describe())
        w.qtest("clearAndProvision")
        password = w.out_file("owner-password")
        expect(password, "the QTest wrote the kept password")
        r = w.verify_owner(password, (w.out_file("owner-encoding") or "sha1").strip())
        expect(r.returncode == 0, "the new owner password verifies", r.describe())
        r = w.verify_owner("lost password")
        expect(r.returncode != 0, "the old owner is gone", r.describe())


def scenario_tpm2_full_flow(args):
    with World(args, factory=False, tpm2=True) as w:
        expect(w.status()["tpm2"]["permanent"]["lockoutAuthSet"] is False, "manufactured: no lockout password")
        w.qtest("tpm2FullFlow", extra_env={"TPMPROV_WIZARD_AUDIT": "1"})
        status = w.status()
        expect(status["tpm2"]["permanent"]["lockoutAuthSet"] is True, "after the wizard: lockoutAuthSet")
        expect(status["tpm2"]["permanent"]["ownerAuthSet"] is False, "the owner password stays empty")
        expect("0x81000001" in json.dumps(status["tpm2"].get("persistentHandles")), "the shared SRK is there")
        password = w.out_file("owner-password")
        expect(password, "the QTest wrote the lockout password it read back through QtKeychain")
        r = verify_lockout(w, password)
        expect(r.returncode == 0, "root's tpmprov verify-lockout accepts the kept password", r.describe())
        tpm2_tool(w, "tpm2_readpublic", "-c", "0x81000001")


def scenario_tpm2_owned_by_windows(args):
    with World(args, factory=False, tpm2=True) as w:
        tpm2_tool(w, "tpm2_changeauth", "-c", "lockout", "str:windows lockout")
        expect(w.status()["tpm2"]["permanent"]["lockoutAuthSet"] is True, "Windows set the lockout password")
        w.qtest("tpm2OwnedByWindows", extra_env={"TPMPROV_WIZARD_OLD_PASSWORD": "windows lockout",
                                                 "TPMPROV_WIZARD_AUDIT": "1"})
        status = w.status()
        expect(status["tpm2"]["permanent"]["lockoutAuthSet"] is True, "set up anew: lockoutAuthSet")
        password = w.out_file("owner-password")
        expect(password and password != "windows lockout", "a new lockout password was kept")
        r = verify_lockout(w, password)
        expect(r.returncode == 0, "root's verify-lockout accepts the new password", r.describe())


def scenario_tpm2_owner_password_only(args):
    with World(args, factory=False, tpm2=True) as w:
        tpm2_tool(w, "tpm2_changeauth", "-c", "owner", "str:another tool's")
        w.qtest("tpm2OwnerPasswordOnly", extra_env={"TPMPROV_WIZARD_AUDIT": "1"})
        permanent = w.status()["tpm2"]["permanent"]
        expect(permanent["lockoutAuthSet"] is True and permanent["ownerAuthSet"] is False,
               "cleared and set up anew: %r" % permanent)
        r = verify_lockout(w, w.out_file("owner-password") or "")
        expect(r.returncode == 0, "root's verify-lockout accepts the new password", r.describe())


def scenario_polkit_denied(args):
    with World(args, factory=True, user=DENIED_USER) as w:
        before = w.status()
        w.qtest("polkitDenied")
        after = w.status()
        expect(before == after, "the TPM is unchanged", "before %s\nafter %s" % (before, after))


def scenario_helper_missing(args):
    with World(args, factory=True) as w:
        w.fx.helper.stop()
        w.fx.bus.wait_for_name_gone("io.github.TpmProvisioner1", 30)
        w.qtest("helperMissing")


def scenario_presence_locked(args):
    with World(args, factory=True) as w:
        lock_physical_presence(w.fx.testbed.host, w.fx.testbed.port)
        w.qtest("presenceLocked")
        expect(not w.owned(), "unowned")


def scenario_accessibility(args, lang=None):
    """The whole flow, then the other pages and dialogs, each audited in the language."""
    env = {"TPMPROV_WIZARD_AUDIT": "1"}
    if lang:
        env.update({"LANG": "%s_%s.UTF-8" % (lang, lang.upper()), "LANGUAGE": lang})
    with World(args, factory=True) as w:
        w.qtest("accessibility", extra_env=env)
    with World(args, factory=False) as w:
        r = w.fx.tpmprov_root("provision", "--owner-password-file", "-", input_text="someone else's")
        expect(r.returncode == 0, "root provisions the TPM first", r.describe())
        w.qtest("alreadyOwned", extra_env=dict(env, TPMPROV_WIZARD_OLD_PASSWORD="someone else's"))
    with World(args, factory=True) as w:
        lock_physical_presence(w.fx.testbed.host, w.fx.testbed.port)
        w.qtest("presenceLocked", extra_env=env)
    with World(args, factory=False, keyring_daemon=False) as w:
        w.qtest("storeFails", extra_env=env)
    # The TPM 2.0 pages (issue 13).
    with World(args, factory=False, tpm2=True) as w:
        w.qtest("tpm2FullFlow", extra_env=env)
    with World(args, factory=False, tpm2=True) as w:
        tpm2_tool(w, "tpm2_changeauth", "-c", "lockout", "str:windows lockout")
        w.qtest("tpm2OwnedByWindows", extra_env=dict(env, TPMPROV_WIZARD_OLD_PASSWORD="windows lockout"))


def scenario_cancel_after_turn_on(args):
    with World(args, factory=True) as w:
        w.qtest("cancelAfterTurnOn")
        status = w.status()
        expect(not status.get("owned"), "cancelled before ownership: unowned")


def file_mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def scenario_save_to_file_and_backups(args):
    """No keyring: "Save to a file instead" completes ownership; then the Done page's
    printout (PDF), copy and Windows .tpm file. Root checks each file independently."""
    import base64
    import hashlib
    import xml.etree.ElementTree as ET
    with World(args, factory=False, keyring_daemon=False) as w:
        w.qtest("saveToFileAndBackups")
        expect(w.owned(), "ownership completed with the recovery file")
        password = w.out_file("owner-password")
        encoding = (w.out_file("owner-encoding") or "").strip()
        host = (w.out_file("host-name") or "").strip()
        expect(password and encoding == "windows", "the QTest chose the Windows encoding")
        files = {name: os.path.join(w.outdir, name)
                 for name in ("recovery.txt", "copy.txt", "owner.tpm", "printout.pdf",
                              "printout.txt")}
        for name, path in files.items():
            expect(os.path.exists(path), "%s was written" % name)
            expect(file_mode(path) == 0o600, "%s is 0600" % name, oct(file_mode(path)))
        for name in ("recovery.txt", "copy.txt", "printout.txt"):
            with open(files[name], encoding="utf-8") as f:
                text = f.read()
            expect("Owner password: " + password in text, "%s holds the password" % name)
            expect(("Host name: " + host) in text and "Written: " in text,
                   "%s names the computer and the date" % name, text)
        with open(files["printout.pdf"], "rb") as f:
            expect(f.read(5) == b"%PDF-", "the printout is a PDF")
        root = ET.parse(files["owner.tpm"]).getroot()
        expect(root.tag == "tpmOwnerData", "the .tpm file is tpm.msc's XML", root.tag)
        auth = base64.b64decode(root.find("ownerAuth").text)
        expect(auth == hashlib.sha1(password.encode("utf-16-le")).digest(),
               "its ownerAuth is the Windows owner secret of the password")
        r = w.verify_owner(password, "windows")
        expect(r.returncode == 0, "tpmprov verify-owner --owner-encoding windows accepts it",
               r.describe())


def scenario_fits_screen(args):
    """The whole flow at 11 pt (GNOME's default) on a 1366x768 screen, then on 1920x1080 at
    scale 2 (960x540 logical pixels): every page fits with its buttons on screen."""
    for name, width, height, dpr in (("1366x768", 1366, 768, 1), ("1920x1080@2", 1920, 1080, 2)):
        with World(args, factory=True) as w:
            config = os.path.join(w.outdir, "screen.json")
            with open(config, "w", encoding="utf-8") as f:
                json.dump({"screens": [{"name": name, "x": 0, "y": 0, "width": width // dpr,
                                        "height": height // dpr, "logicalDpi": 96,
                                        "logicalBaseDpi": 96, "dpr": dpr}]}, f)
            os.chmod(config, 0o644)
            say("screen %s" % name)
            r = w.qtest("fitsScreen", extra_env={
                "QT_QPA_PLATFORM": "offscreen:configfile=" + config,
                "TPMPROV_WIZARD_FONT_PT": "11"})
            expect("screen %dx%d" % (width // dpr, height // dpr) in r.stdout + r.stderr,
                   "the QTest ran on the configured screen")


SCENARIOS = {
    "fits_screen": scenario_fits_screen,
    "cancel_after_turn_on": scenario_cancel_after_turn_on,
    "save_to_file_and_backups": scenario_save_to_file_and_backups,
    "full_flow": scenario_full_flow,
    "store_fails": scenario_store_fails,
    "reset_during_ownership": scenario_reset_during_ownership,
    "already_owned": scenario_already_owned,
    "clear_and_provision": scenario_clear_and_provision,
    "tpm2_full_flow": scenario_tpm2_full_flow,
    "tpm2_owned_by_windows": scenario_tpm2_owned_by_windows,
    "tpm2_owner_password_only": scenario_tpm2_owner_password_only,
    "polkit_denied": scenario_polkit_denied,
    "helper_missing": scenario_helper_missing,
    "presence_locked": scenario_presence_locked,
    "accessibility": scenario_accessibility,
    "accessibility_de": lambda args: scenario_accessibility(args, "de"),
    "accessibility_fr": lambda args: scenario_accessibility(args, "fr"),
}


def prepare(args):
    """What every scenario needs before its world starts: the test users, and executables
    the unprivileged user can reach."""
    ensure_test_users()
    check_executables_reachable(ALLOWED_USER, args.flow_test, args.tpmprov)
