#!/usr/bin/python3
"""The packages as installed: a booted Debian 12 guest (systemd, logind, polkit, tpm-udev),
a swtpm TPM 1.2 on tpm-tis, the freshly built .debs installed with apt, and a user who uses
them. test_installed.py runs each scenario under pytest, one ctest entry each (label
"installed"; tests/installed/README.md says what each proves):

  activation        install -> nothing started; the first call D-Bus-activates the helper
                    under the shipped unit (system.slice, hardening in force), it reads
                    /dev/tpm0 with tpm-udev's permissions, and exits when idle
  sessions          polkit per session: seat0 reads with no password, a seatless session is
                    refused; an administrator-only call fails without an agent and succeeds
                    through tpmprov's text agent, answered with the user's sudo password
                    (ssh-like: a session without a seat; su-like: no session)
  provision_reboot  factory state -> provision (restart required) -> reboot requested through
                    logind -> provision -> owned, verified; through the text agent
  upgrade_remove    a newer package installed, then all removed, each while the helper runs a
                    job held at the TPM: the job finishes, nothing restarts it, nothing is left
  journal_secrets   provisioning and verification with the helper logging verbosely: the
                    journal holds neither the owner password nor its digest
  wizard            the wizard in the user's seat0 desktop session (Xvfb, keyring, a polkit
                    agent), driven through AT-SPI from the first page to the restart (a
                    logind reboot), resumed by its XDG autostart entry, driven to Done; the
                    password in gnome-keyring is accepted by tpmprov verify-owner

Scenarios run as root on the host (swtpm state, the image); skipped (exit 77) when the
machine cannot, outside CI; failed in CI. Every wait is bounded.
"""

import base64
import hashlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "kernel"))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import installed_guest as ig  # noqa: E402
import kernel_guest as kg  # noqa: E402
from harness import TestFailure, check  # noqa: E402
from kernel_tests import Run, indent, run_and_clean_up, seconds  # noqa: E402

BOOT_TIMEOUT = 900          # one or two guest boots with apt and several helper calls (TCG)
ORDINAL_TAKE_OWNERSHIP = 0x0D
ORDINAL_SELF_TEST_FULL = 0x50
HELPER_UNIT = "tpm-provisioner-helper.service"

# Sourced at the top of every job (bash, as root in the guest, from itest-job.service).
GUEST_PRELUDE = (r"""set -uo pipefail
share=/mnt/share
boot="$1"
user=@USER@
stty -F /dev/ttyS1 raw -echo 2>/dev/null
# The user's seat sessions run on tty8: make it the foreground VT, so logind counts them as
# active (VT_ACTIVATE, VT_WAITACTIVE), as when the user sits at that console.
python3 -c 'import fcntl, os; fd = os.open("/dev/tty0", os.O_RDWR); fcntl.ioctl(fd, 0x5606, 8); fcntl.ioctl(fd, 0x5607, 8)' \
    || echo "itest: could not switch to tty8"
exec 5<>/dev/ttyS1
""" + kg.GUEST_FUNCTIONS + r"""# seat_run NAME TIMEOUT CMD...: as the user in a new logind session on seat0 (tty8, active),
# as at the desktop or a text console login.
seat_run() {
    local name="$1" limit="$2"
    shift 2
    ktest_run "$name" "$limit" systemd-run --quiet --wait --collect --uid="$user" \
        -p PAMName=login -p TTYPath=/dev/tty8 -p StandardInput=tty \
        -p StandardOutput=file:"$share/$name.session-out" \
        -p StandardError=file:"$share/$name.session-err" \
        -p Environment=LANG=C.UTF-8 -- "$@"
    cat "$share/$name.session-out" >>"$share/$name.out" 2>/dev/null
    cat "$share/$name.session-err" >>"$share/$name.err" 2>/dev/null
}
# seatless_run NAME TIMEOUT CMD...: as the user without a seat (runuser: su-like, ssh-like).
seatless_run() {
    local name="$1" limit="$2"
    shift 2
    ktest_run "$name" "$limit" runuser -u "$user" -- "$@"
}
# pty_run NAME TIMEOUT MODE CMD...: as the user on a terminal, MODE "ssh" (a login session
# without a seat) or "su" (no session); password prompts are answered with the user's login
# password (ptydrive.py); NAME.answers counts them.
pty_run() {
    local name="$1" limit="$2" mode="$3"
    shift 3
    echo "itest: (pty, $mode) + $*"
    /usr/bin/python3 "$share/ptydrive.py" "$name" "$limit" "$mode" "$user" "$share/login.secret" "$@"
    echo "itest: $name exited $(cat "$share/$name.rc" 2>/dev/null)"
}
install_packages() {
    mkdir -p /var/tmp/debs && cp "$share"/debs/*.deb /var/tmp/debs/
    ktest_run install 600 env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        /var/tmp/debs/tpm-provisioner-helper_*.deb /var/tmp/debs/tpmprov_*.deb \
        /var/tmp/debs/tpm-provisioner_*.deb
}
# save_owned NAME: the kernel's sysfs "owned" flag of the TPM in NAME.out (rc in NAME.rc).
save_owned() {
    local f
    for f in /sys/class/tpm/tpm0/owned /sys/class/tpm/tpm0/device/owned; do
        if [[ -r "$f" ]]; then
            ktest_run "$1" 30 cat "$f"
            return
        fi
    done
    echo "no sysfs owned file" >"$share/$1.out"; echo 1 >"$share/$1.rc"
}
unit_show() { systemctl show @UNIT@ -p "$1" --value; }
finish() {
    echo "$1" >"$share/exit-status.tmp" && mv "$share/exit-status.tmp" "$share/exit-status"
    journalctl --no-pager -o verbose >"$share/journal-boot$boot.txt" 2>&1
    sync
    systemctl poweroff
    exit 0
}
""").replace("@USER@", ig.USER).replace("@UNIT@", HELPER_UNIT)


class Scenario:
    def __init__(self, args, name):
        self.args = args
        self.name = name
        base = os.environ.get("TMPDIR") or "/tmp"
        self.workdir = tempfile.mkdtemp(prefix="tpmprov-installed-%s." % name, dir=base)
        os.chmod(self.workdir, 0o700)
        self.share = os.path.join(self.workdir, "share")
        self.state = os.path.join(self.workdir, "tpm-state")
        os.makedirs(os.path.join(self.share, "debs"))
        # The guest's user writes its outputs here too (9p checks the host's mode); the work
        # directory around it is the host root's alone.
        os.chmod(self.share, 0o1777)
        self.debs = ig.find_debs(args.debs)
        for deb in self.debs:
            shutil.copy(deb, os.path.join(self.share, "debs"))
        for helper in ("ptydrive.py", "wizarddrive.py", "desktop-session.sh"):
            shutil.copy(os.path.join(HERE, helper), self.share)
        self.write_secret("login.secret", ig.USER_PASSWORD)
        self.boot_times = []
        self.guest = None

    def write_secret(self, name, text):
        path = os.path.join(self.share, name)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        return path

    def owner_password(self, label):
        """A new owner password for this run, in the share as owner.secret (never on a
        command line)."""
        password = "%s %s" % (label, secrets.token_hex(8))
        self.write_secret("owner.secret", password)
        return password

    def prepare_state(self, factory, tpm2=False):
        self.tpm2 = tpm2
        argv = [self.args.testbed] + (["--factory"] if factory else []) + (
            ["--tpm2"] if tpm2 else []) + ["--state-dir", self.state, "--", "true"]
        proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=180)
        check(proc.returncode == 0, "tpm-testbed failed (%d):\n%s" % (
            proc.returncode, indent(proc.stdout + proc.stderr)))

    def boot(self, job, timeout=BOOT_TIMEOUT, on_control=None):
        """Boots the guest (one QEMU process: every reboot the job asks for stays in it) and
        runs JOB at every boot with $boot set to 1, 2, ...; returns the BootResult."""
        if self.guest is None:
            image = ig.Image(self.args.cache, self.debs).ensure()
            self.guest = ig.InstalledGuest(self.args.cache, self.workdir, image,
                                           tpm2=getattr(self, "tpm2", False))
        result = self.guest.boot(self.share, self.state, GUEST_PRELUDE + "\n" + job, timeout,
                                 on_control=on_control, name="guest")
        self.boot_times.append((result.ready_seconds, result.total_seconds))
        if result.exit_status is None:
            raise TestFailure("the job did not finish (no exit status); console:\n%s"
                              % indent(result.console[-8000:]))
        check(result.exit_status == 0, "the job failed (exit %d); console:\n%s"
              % (result.exit_status, indent(result.console[-8000:])))
        return result

    def run(self, name):
        return Run(self.share, name)

    def read(self, name):
        with open(os.path.join(self.share, name), encoding="utf-8", errors="replace") as f:
            return f.read()

    def journal(self):
        """Every boot's journal as the job saved it (verbose: every field of every entry)."""
        names = sorted(n for n in os.listdir(self.share) if n.startswith("journal-boot"))
        check(names, "the job saved no journal")
        return "".join(self.read(n) for n in names)

    def boot_summary(self):
        return ["QEMU process %d: job first started at %s s, QEMU ran %.1f s"
                % (n, seconds(ready), total) for n, (ready, total) in enumerate(self.boot_times, 1)]

    def cleanup(self, passed):
        if passed and not self.args.keep:
            shutil.rmtree(self.workdir, ignore_errors=True)
        else:
            kg.log("work directory kept: %s" % self.workdir)


def answers(sc, name):
    return int(sc.read(name + ".answers").strip())


def expect_pty(sc, name, rc, prompts):
    run = sc.run(name)
    check(run.rc == rc, "%s: expected exit %d\n%s" % (name, rc, run.describe()))
    got = answers(sc, name)
    check(got == prompts, "%s: expected %d password prompt(s) answered, got %d\n%s"
          % (name, prompts, got, run.describe()))
    return run


def values(text):
    """`systemctl show -p A -p B` output as a dict."""
    out = {}
    for line in text.splitlines():
        key, _, value = line.partition("=")
        out[key] = value
    return out


# ---------------------------------------------------------------------------------------------
# Scenarios


def scenario_activation(sc):
    sc.prepare_state(factory=False)
    sc.boot(r"""
install_packages
ktest_run enabled 30 systemctl is-enabled @UNIT@
ktest_run active-after-install 30 systemctl is-active @UNIT@
ktest_run device 30 stat -L -c '%U:%G %a %F' /dev/tpm0
seat_run status 180 tpmprov --no-ask-password status
pid="$(unit_show MainPID)"
ktest_run unit 30 systemctl show @UNIT@ -p ActiveState -p ControlGroup -p Slice -p MainPID \
    -p CapabilityBoundingSet -p NoNewPrivileges -p ProtectSystem -p PrivateNetwork \
    -p DevicePolicy -p User -p SupplementaryGroups -p FragmentPath
ktest_run proc-status 30 grep -E '^(CapBnd|CapEff|NoNewPrivs|Seccomp|Groups):' "/proc/$pid/status"
ktest_run proc-cgroup 30 cat "/proc/$pid/cgroup"
ktest_run status-text 30 systemctl status --no-pager @UNIT@
# Idle: the helper exits by itself (60 s without clients); bounded wait on the process.
[[ "$pid" != 0 ]] || finish 1
ktest_run idle-exit 150 tail --pid="$pid" -f /dev/null
ktest_run active-after-idle 30 systemctl is-active @UNIT@
finish 0
""".replace("@UNIT@", HELPER_UNIT))
    sc.run("install").expect_rc(0)
    enabled = sc.run("enabled")
    check(enabled.out.strip() == "static", "the unit must be static (D-Bus activation only, "
          "no [Install]): is-enabled says %r" % enabled.out.strip())
    check(sc.run("active-after-install").out.strip() == "inactive",
          "the helper must not be started at install:\n" + sc.run("active-after-install").describe())
    device = sc.run("device").expect_rc(0).out.strip()
    check(device.startswith("tss:root 660"), "/dev/tpm0 should be tss:root 0660 (tpm-udev): %r"
          % device)
    sc.run("status").expect_rc(0).expect_in("owner")
    unit = values(sc.run("unit").expect_rc(0).out)
    check(unit.get("ActiveState") == "active" and unit.get("Slice") == "system.slice"
          and unit.get("ControlGroup") == "/system.slice/" + HELPER_UNIT,
          "the helper must run as %s in system.slice: %r" % (HELPER_UNIT, unit))
    check(unit.get("FragmentPath") == "/lib/systemd/system/" + HELPER_UNIT,
          "the shipped unit must be the one running: %r" % unit.get("FragmentPath"))
    check(unit.get("CapabilityBoundingSet", "x") == "" and unit.get("NoNewPrivileges") == "yes"
          and unit.get("ProtectSystem") == "strict" and unit.get("PrivateNetwork") == "yes"
          and unit.get("DevicePolicy") == "closed",
          "the unit's hardening is not in force: %r" % unit)
    proc = values(sc.run("proc-status").expect_rc(0).out.replace(":\t", "="))
    check(int(proc.get("CapBnd", "1"), 16) == 0 and int(proc.get("CapEff", "1"), 16) == 0,
          "the helper process has capabilities: %r" % proc)
    check(proc.get("NoNewPrivs") == "1" and proc.get("Seccomp") == "2",
          "the helper process has no no_new_privs or seccomp filter: %r" % proc)
    sc.run("idle-exit").expect_rc(0)
    check(sc.run("active-after-idle").out.strip() == "inactive",
          "the helper did not exit when idle:\n" + sc.run("active-after-idle").describe())
    kg.log("activated by the bus under the shipped unit, hardened, read /dev/tpm0 (%s), "
           "exited when idle" % device)


def scenario_sessions(sc):
    sc.prepare_state(factory=False)
    sc.boot(r"""
install_packages
seat_run seat-status 180 tpmprov --no-ask-password status
seat_run seat-session 60 sh -c 'loginctl show-session "$XDG_SESSION_ID" -p Seat -p Active -p Type'
seatless_run seatless-status 180 tpmprov --no-ask-password status
pty_run ssh-status 180 ssh tpmprov --no-ask-password status
seat_run seat-selftest-no-agent 180 tpmprov --no-ask-password selftest
seatless_run selftest-no-terminal 180 tpmprov selftest
pty_run selftest-agent-ssh 300 ssh tpmprov selftest
pty_run selftest-agent-su 300 su tpmprov selftest
finish 0
""")
    sc.run("install").expect_rc(0)
    session = values(sc.run("seat-session").expect_rc(0).out)
    check(session.get("Seat") == "seat0" and session.get("Active") == "yes",
          "the test's seat session is not an active seat0 session: %r" % session)
    sc.run("seat-status").expect_rc(0)
    refused = "An administrator must allow it"
    sc.run("seatless-status").expect_rc(1).expect_in(refused)
    expect_pty(sc, "ssh-status", 1, 0).expect_in(refused)
    sc.run("seat-selftest-no-agent").expect_rc(1).expect_in(refused).expect_in(
        "--no-ask-password")
    sc.run("selftest-no-terminal").expect_rc(1).expect_in(refused).expect_in(
        "not a terminal")
    expect_pty(sc, "selftest-agent-ssh", 0, 1)
    expect_pty(sc, "selftest-agent-su", 0, 1)
    kg.log("seat0: status with no password; su-like and ssh-like: refused; selftest: refused "
           "without an agent, allowed through tpmprov's text agent with the user's password")


def scenario_provision_reboot(sc):
    sc.prepare_state(factory=True)
    password = sc.owner_password("installed")
    sc.boot(r"""
pw=/home/$user/owner-password
if [[ "$boot" == 1 ]]; then
    install_packages
    install -o "$user" -m 0600 "$share/owner.secret" "$pw"
    pty_run provision-1 600 ssh tpmprov provision --owner-password-file "$pw"
    save_owned owned-1
    # The restart the plan asks for, requested as the user at the seat would (no password).
    seat_run reboot 120 busctl call org.freedesktop.login1 /org/freedesktop/login1 \
        org.freedesktop.login1.Manager Reboot b false
    exit 0
fi
ktest_run boots 30 cat /var/lib/itest/boots
pty_run provision-2 600 ssh tpmprov provision --owner-password-file "$pw"
save_owned owned-2
pty_run verify 300 ssh tpmprov verify-owner --owner-password-file "$pw"
ktest_run verify-root 300 tpmprov verify-owner --owner-password-file "$pw"
finish 0
""")
    provision1 = expect_pty(sc, "provision-1", 3, 1)
    check("restart" in provision1.out.lower(), "provision-1 must ask for a restart:\n"
          + provision1.describe())
    check(sc.run("owned-1").out.strip() == "0", "owned after the first boot")
    # The request ends the first boot under the job's feet: logind's word and the boot count
    # say it happened.
    check("The system will reboot now!" in sc.journal(), "logind never announced the reboot")
    check(sc.run("boots").out.strip() == "2", "the job's second run was not the second boot")
    expect_pty(sc, "provision-2", 0, 1)
    check(sc.run("owned-2").out.strip() == "1", "sysfs does not say owned after provisioning")
    expect_pty(sc, "verify", 0, 1)
    sc.run("verify-root").expect_rc(0)
    check_journal_clean(sc, password)
    kg.log("factory -> provision (3) -> logind reboot -> provision (0) -> owned, verified")


def scenario_tpm2_helper(sc):
    # Issue 13: a TPM 2.0 through the installed, D-Bus-activated helper under its real unit:
    # tpm2-tss reaches /dev/tpmrm0 (DeviceAllow=), the user's tpmprov generates the lockout
    # password in their home and the helper sets it; the unit leaves the firmware's PPI
    # request file writable to it and the rest of /sys read-only.
    sc.prepare_state(factory=False, tpm2=True)
    sc.boot(r"""
pw=/home/$user/lockout-password
install_packages
pty_run provision 600 ssh tpmprov provision --lockout-password-file "$pw"
ktest_run helper-ppi-mount 30 sh -c 'nsenter -t "$(systemctl show -p MainPID --value tpm-provisioner-helper)" -m findmnt -no OPTIONS -T /sys/class/tpm/tpm0/ppi/request'
ktest_run helper-sys-mount 30 sh -c 'nsenter -t "$(systemctl show -p MainPID --value tpm-provisioner-helper)" -m findmnt -no OPTIONS -T /sys/class/tpm/tpm0/dev'
pty_run verify 300 ssh tpmprov verify-lockout --lockout-password-file "$pw"
ktest_run pw-file 30 stat -c '%U %a' "$pw"
ktest_run verify-root 300 tpmprov verify-lockout --lockout-password-file "$pw"
ktest_run status-root 120 tpmprov --json status
ktest_run lockout-value 30 cat "$pw"
finish 0
""")
    provision = expect_pty(sc, "provision", 0, 1)
    check("generated" in provision.out, "provision must say it generated the password:\n"
          + provision.describe())
    expect_pty(sc, "verify", 0, 1)
    sc.run("verify-root").expect_rc(0)
    check(sc.run("pw-file").out.split() == [ig.USER, "600"],
          "the generated file is the user's, mode 0600: %r" % sc.run("pw-file").out)
    status = json.loads(sc.run("status-root").expect_rc(0).out)
    check(status["tpm2"]["permanent"]["lockoutAuthSet"] is True and
          status["tpm2"]["srk"] is not None, "set up by the helper: %r" % status["tpm2"])
    check(status["target"].startswith("device:"), "the guest's own TPM device: %r" % status["target"])
    ppi_mount = sc.run("helper-ppi-mount").expect_rc(0).out.strip()
    check(ppi_mount.split(",")[0] == "rw", "ppi/request in the helper's namespace: %r" % ppi_mount)
    sys_mount = sc.run("helper-sys-mount").expect_rc(0).out.strip()
    check(sys_mount.split(",")[0] == "ro", "the rest of /sys in the helper's namespace: %r" % sys_mount)
    check_journal_clean(sc, sc.run("lockout-value").out)
    kg.log("TPM 2.0 through the installed helper: provisioned (/dev/tpmrm0), verified; "
           "ppi/request rw and the rest of /sys ro in the helper's namespace")


def scenario_upgrade_remove(sc):
    sc.prepare_state(factory=False)
    password = sc.owner_password("upgrade")
    rebuilt = rebuild_debs(sc, "0.1.0+itest1")

    def on_control(line, reply):
        if line in ("hold-take-ownership", "hold-self-test"):
            ordinal = ORDINAL_TAKE_OWNERSHIP if line == "hold-take-ownership" \
                else ORDINAL_SELF_TEST_FULL

            def on_event(kind, info):
                if kind == "stopped":
                    reply("held")
            sc.guest.relay.stop_at(ordinal, on_event)
            reply("armed")
        elif line == "release":
            sc.guest.relay.resume()
            reply("released")

    sc.boot(r"""
install_packages
pw=/root/owner-password
install -m 0600 "$share/owner.secret" "$pw"
# A job held at the TPM: the host stops swtpm when TakeOwnership arrives.
ktest_say hold-take-ownership; ktest_wait armed 30 || finish 1
timeout 600 tpmprov --via-helper provision --owner-password-file "$pw" \
    >"$share/provision.out" 2>"$share/provision.err" </dev/null &
client=$!
ktest_wait held 300 || finish 1
pid_before="$(unit_show MainPID)"
ktest_run upgrade 600 env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    "$share"/rebuilt/tpm-provisioner-helper_*.deb "$share"/rebuilt/tpmprov_*.deb \
    "$share"/rebuilt/tpm-provisioner_*.deb
ktest_run version 30 dpkg-query -W -f '${Version}' tpm-provisioner-helper
pid_after_upgrade="$(unit_show MainPID)"
ktest_say release; ktest_wait released 30 || finish 1
rc=0; wait "$client" || rc=$?; echo "$rc" >"$share/provision.rc"
echo "$pid_before $pid_after_upgrade $(unit_show NRestarts)" >"$share/upgrade-pids.out"
# Removal while a self-test job is held.
ktest_say hold-self-test; ktest_wait armed 30 || finish 1
timeout 600 tpmprov --via-helper selftest >"$share/selftest.out" 2>"$share/selftest.err" </dev/null &
client=$!
ktest_wait held 300 || finish 1
pid_before="$(unit_show MainPID)"
ktest_run remove 600 env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q \
    tpm-provisioner tpmprov tpm-provisioner-helper
echo "$pid_before $(ps -o pid= -p "$pid_before" | tr -d ' ')" >"$share/remove-pids.out"
ktest_say release; ktest_wait released 30 || finish 1
rc=0; wait "$client" || rc=$?; echo "$rc" >"$share/selftest.rc"
save_owned owned
ktest_run leftovers 30 sh -c 'for f in /usr/share/dbus-1/system-services/io.github.TpmProvisioner1.service \
    /usr/share/dbus-1/system.d/io.github.TpmProvisioner1.conf \
    /usr/share/polkit-1/actions/io.github.tpmprovisioner.policy \
    /lib/systemd/system/tpm-provisioner-helper.service /usr/libexec/tpm-provisioner-helper \
    /usr/bin/tpmprov /usr/bin/tpm-provisioner; do [ -e "$f" ] && echo "$f"; done; true'
ktest_run pkaction 30 pkaction --action-id io.github.tpmprovisioner.read-state
ktest_run call-after-removal 60 busctl call io.github.TpmProvisioner1 /io/github/TpmProvisioner1 \
    io.github.TpmProvisioner1 GetState
finish 0
""", on_control=on_control)
    sc.run("upgrade").expect_rc(0)
    check(sc.read("version.out").strip() == "0.1.0+itest1", "the upgrade did not install the "
          "rebuilt version: %r" % sc.read("version.out"))
    before, after, restarts = sc.read("upgrade-pids.out").split()
    check(before == after and before != "0" and restarts == "0",
          "the helper was restarted by the upgrade (MainPID %s -> %s, NRestarts %s)"
          % (before, after, restarts))
    sc.run("provision").expect_rc(0)
    sc.run("remove").expect_rc(0)
    held_pid, still = (sc.read("remove-pids.out").split() + [""])[:2]
    check(still == held_pid, "the removal stopped the helper while it ran a job (pid %s)"
          % held_pid)
    sc.run("selftest").expect_rc(0)
    check(sc.run("owned").out.strip() == "1", "the provisioning job did not finish: not owned")
    leftovers = sc.run("leftovers").expect_rc(0).out.split()
    check(not leftovers, "files left after removal: %s" % ", ".join(leftovers))
    check(sc.run("pkaction").rc != 0, "polkit still lists the actions after removal")
    sc.run("call-after-removal").expect_rc(1)
    check_journal_clean(sc, password)
    kg.log("upgrade and removal with a job held at the TPM: same helper pid, jobs finished, "
           "nothing left")


def scenario_journal_secrets(sc):
    sc.prepare_state(factory=False)
    password = sc.owner_password("journal")
    sc.write_secret("wrong.secret", "not " + password)
    canary_digest = hashlib.sha1(secrets.token_bytes(16)).digest()
    sc.write_secret("canary.secret", "itest control " + canary_digest.hex())
    sc.boot(r"""
install_packages
# The most the helper ever logs: its verbose mode, in a drop-in for this test only.
mkdir -p /etc/systemd/system/@UNIT@.d
printf '[Service]\nExecStart=\nExecStart=/usr/libexec/tpm-provisioner-helper --verbose\n' \
    >/etc/systemd/system/@UNIT@.d/verbose.conf
systemctl daemon-reload
pw=/home/$user/owner-password
install -o "$user" -m 0600 "$share/owner.secret" "$pw"
install -o "$user" -m 0600 "$share/wrong.secret" "$pw.wrong"
pty_run provision 600 ssh tpmprov provision --owner-password-file "$pw"
pty_run verify 300 ssh tpmprov verify-owner --owner-password-file "$pw"
pty_run verify-wrong 300 ssh tpmprov verify-owner --owner-password-file "$pw.wrong"
ktest_run verify-direct 300 tpmprov --verbose verify-owner --owner-password-file "$pw"
ktest_run verbose-helper 30 sh -c 'journalctl -u @UNIT@ --no-pager | grep -c .'
# The control: a secret-like value that is logged must be found by the same search.
ktest_run canary 30 logger -t itest -f "$share/canary.secret"
finish 0
""".replace("@UNIT@", HELPER_UNIT))
    expect_pty(sc, "provision", 0, 1)
    expect_pty(sc, "verify", 0, 1)
    expect_pty(sc, "verify-wrong", 1, 1)
    sc.run("verify-direct").expect_rc(0)
    sc.run("canary").expect_rc(0)
    check(canary_digest.hex() in sc.journal(),
          "the control value logged with logger is not in the saved journal: the search "
          "would miss a leak")
    lines = int(sc.run("verbose-helper").out.strip() or "0")
    check(lines > 10, "the verbose helper logged only %d journal lines" % lines)
    check_journal_clean(sc, password)
    kg.log("the journal (%d helper lines, verbose) holds no form of the owner password" % lines)


def scenario_wizard(sc):
    sc.prepare_state(factory=True)
    sc.boot(r"""
if [[ "$boot" == 1 ]]; then
    install_packages
    install -o "$user" -m 0600 "$share/login.secret" "/home/$user/.itest-login-secret"
fi
# The user's desktop session at seat0; boot 1 ends in the wizard's restart.
seat_run desktop-session-$boot 1500 /bin/bash "$share/desktop-session.sh" "$boot"
[[ "$boot" == 1 ]] && exit 0
ktest_run boots 30 cat /var/lib/itest/boots
save_owned owned
finish 0
""")
    check(sc.run("boots").out.strip() == "2", "the wizard's restart did not reboot the guest")
    for boot in (1, 2):
        rc = sc.read("desktop-%d.driver.rc" % boot).strip() if os.path.exists(
            os.path.join(sc.share, "desktop-%d.driver.rc" % boot)) else "none"
        check(rc == "0", "boot %d: the wizard driver failed (%s):\n%s\n--- session log\n%s"
              % (boot, rc, indent(read_or(sc, "desktop-%d.pages" % boot)),
                 indent(read_or(sc, "desktop-%d.log" % boot))))
    check("The system will reboot now!" in sc.journal(), "logind never announced the reboot")
    # What a screen reader announces is what the button shows: the restart page's Finish
    # button says "Close".
    pages = read_or(sc, "desktop-1.pages")
    restart_buttons = [l for l in pages.splitlines()
                       if l.startswith("buttons:") and "Restart the computer now" in l]
    check(restart_buttons and "Close" in restart_buttons[-1].split(", ")
          and "Finish" not in restart_buttons[-1],
          "the restart page's buttons as announced: %r" % restart_buttons)
    check("io.github.TpmProvisioner.desktop" in read_or(sc, "desktop-2.autostart-before"),
          "the wizard left no autostart entry for the restart")
    check("io.github.TpmProvisioner.desktop" not in read_or(sc, "desktop-2.autostart-after"),
          "the autostart entry is still there after the wizard finished")
    check(sc.run("owned").out.strip() == "1", "the TPM is not owned after the wizard's Done")
    password = keyring_password(read_or(sc, "desktop-2.keyring"))
    sc.write_secret("kept.secret", password)
    kg.log("the wizard kept a %d-character password in the keyring" % len(password))
    check_journal_clean(sc, password)
    verify_kept_password(sc)


def verify_kept_password(sc):
    """root's tpmprov verify-owner, directly on /dev/tpm0, with what the keyring holds: one
    more boot of the same guest (the TPM state carries over)."""
    sc.boot(r"""
ktest_run verify 300 tpmprov verify-owner --owner-password-file "$share/kept.secret"
finish 0
""")
    sc.run("verify").expect_rc(0)
    kg.log("tpmprov verify-owner accepts the password the wizard kept")


def keyring_password(search_output):
    """The owner password in `secret-tool search --all` output of the wizard's entry."""
    # The entry's text (KeychainStore's format) starts on the "secret = " line.
    for line in search_output.splitlines():
        line = line[len("secret = "):] if line.startswith("secret = ") else line
        if line.startswith("password: ") and len(line) > len("password: "):
            return line[len("password: "):]
    raise TestFailure("no owner password in the keyring (secret-tool search):\n"
                      + indent(search_output))


def read_or(sc, name):
    path = os.path.join(sc.share, name)
    if not os.path.exists(path):
        return "<no %s>" % name
    return sc.read(name)


# ---------------------------------------------------------------------------------------------
# Helpers


def secret_forms(password):
    """The password and the owner secret tpmprov derives from it (SHA-1 of its bytes, the
    default encoding), as text, hex and base64."""
    raw = password.encode()
    digest = hashlib.sha1(raw).digest()
    forms = {"password": password, "password hex": raw.hex(),
             "password base64": base64.b64encode(raw).decode()}
    for name, value in (("digest", digest),):
        forms[name + " hex"] = value.hex()
        forms[name + " HEX"] = value.hex().upper()
        forms[name + " base64"] = base64.b64encode(value).decode()
    return forms


def check_journal_clean(sc, password):
    journal = sc.journal()
    check(len(journal) > 10000, "the saved journal is implausibly short (%d bytes)"
          % len(journal))
    found = [name for name, form in secret_forms(password).items() if form in journal]
    check(not found, "the journal contains the owner password's %s" % ", ".join(found))


def rebuild_debs(sc, version):
    """The three packages again at VERSION (same files, newer version: what an upgrade
    installs), in SHARE/rebuilt."""
    out = os.path.join(sc.share, "rebuilt")
    os.mkdir(out)
    for deb in sc.debs:
        tree = tempfile.mkdtemp(dir=sc.workdir)
        ig.run(["dpkg-deb", "-R", deb, tree], timeout=120)
        control = os.path.join(tree, "DEBIAN", "control")
        with open(control, encoding="utf-8") as f:
            old = f.read()
        current = [l.split(":", 1)[1].strip() for l in old.splitlines()
                   if l.startswith("Version:")][0]
        new = old.replace("Version: " + current, "Version: " + version).replace(
            "(= %s)" % current, "(= %s)" % version)
        with open(control, "w", encoding="utf-8") as f:
            f.write(new)
        name = os.path.basename(deb).replace("_%s_" % current, "_%s_" % version)
        ig.run(["dpkg-deb", "--root-owner-group", "-b", tree, os.path.join(out, name)],
               timeout=300)
        shutil.rmtree(tree)
    return out


SCENARIOS = {
    "activation": scenario_activation,
    "sessions": scenario_sessions,
    "provision_reboot": scenario_provision_reboot,
    "tpm2_helper": scenario_tpm2_helper,
    "upgrade_remove": scenario_upgrade_remove,
    "journal_secrets": scenario_journal_secrets,
    "wizard": scenario_wizard,
}


def prerequisite_problem(args):
    """Why this machine cannot run the tier (None: it can): skipped outside CI, failed in CI."""
    if os.geteuid() != 0:
        return "needs root (mmdebstrap, mke2fs -d, swtpm state, 9p)"
    try:
        ig.check_host_tools()
        ig.find_debs(args.debs)
    except kg.HarnessError as e:
        return str(e)
    return None


def run_scenario(args, scenario):
    for path in (args.testbed,):
        check(path and os.access(path, os.X_OK), "missing binary %s" % path)
    run_and_clean_up(Scenario(args, scenario), SCENARIOS[scenario])
