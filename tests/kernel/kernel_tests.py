#!/usr/bin/python3
"""tpmprov against the real Linux TPM driver: a QEMU guest whose /dev/tpm0 is a swtpm TPM 1.2.

The scenarios; test_kernel.py runs them under pytest, one ctest entry each (label "kernel";
tests/kernel/README.md):
  qboot_factory_provision   presence not locked (qboot, like Heads): factory state ->
                            provision exits 3 -> new boot -> provision exits 0, sysfs owned 1,
                            status --json carries the sysfs durations and timeouts
  seabios_presence_locked   SeaBIOS locks physical presence: status marks the presence steps
                            blocked with the firmware-setup explanation; provision exits 1 and
                            changes nothing
  device_busy               another process holds /dev/tpm0: status exits 1, EBUSY, names it
  kernel_timeout            swtpm is SIGSTOPped as TPM_PhysicalEnable arrives: the kernel
                            times out (ETIME, 50 s short duration); provision explains it with
                            the sysfs durations; after SIGCONT the next run carries on
  tcsd_interop_tpmprov_first   tpmprov provision, then tpm-tools through tcsd on /dev/tpm0 use
                               the owner password; tpmprov names tcsd on EBUSY
  tcsd_interop_tpmtools_first  tpm_takeownership through tcsd, then tpmprov verify-owner

The guest runs the host-built tpmprov in a chroot of the host's / (kernel_guest.py). A
"restart" is a new boot with the same swtpm state directory. The swtpm state is prepared on
the host first by `tpm-testbed [--factory] --state-dir DIR -- true`.

Skipped (ctest exit 77) when not root or host tools are missing, outside CI; failed in CI.
Every wait is bounded.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import kernel_guest as kg  # noqa: E402
from harness import TestFailure, check, say  # noqa: E402  (shared by the Python tiers)

OWNER_PASSWORD = "kernel-tier owner"
WRONG_PASSWORD = "not the owner password"
BOOT_TIMEOUT = 240          # one guest boot with a few tpmprov runs (TCG)
TIMEOUT_BOOT_TIMEOUT = 420  # the kernel-timeout boot waits out a 50 s duration
PRESENCE_ORDINALS = {       # commands that would change the TPM's enable/activate/owner state
    0x0000006F: "TPM_PhysicalEnable",
    0x00000070: "TPM_PhysicalDisable",
    0x00000072: "TPM_PhysicalSetDeactivated",
    0x0000005D: "TPM_ForceClear",
    0x0000000D: "TPM_TakeOwnership",
    0x00000078: "TPM_CreateEndorsementKeyPair",
    0x4000000A: "TSC_PhysicalPresence",
}
ORDINAL_PHYSICAL_ENABLE = 0x6F


def indent(text):
    text = text if text.strip() else "<empty>"
    return "\n".join("    | " + line for line in text.rstrip("\n").split("\n"))


class Run:
    """A ktest_run result read back from the share: NAME.out, NAME.err, NAME.rc."""

    def __init__(self, share, name):
        self.name = name

        def read(ext):
            path = os.path.join(share, "%s.%s" % (name, ext))
            if not os.path.isfile(path):
                return None
            with open(path, encoding="utf-8", errors="replace") as f:
                return f.read()

        rc = read("rc")
        if rc is None:
            raise TestFailure("the guest never ran '%s' (no %s.rc in the share)" % (name, name))
        self.rc = int(rc.strip())
        self.out = read("out") or ""
        self.err = read("err") or ""

    def text(self):
        return self.out + self.err

    def describe(self):
        return "%s exited %d\n  stdout:\n%s\n  stderr:\n%s" % (
            self.name, self.rc, indent(self.out), indent(self.err))

    def expect_rc(self, want):
        check(self.rc == want, "%s: expected exit %d\n%s" % (self.name, want, self.describe()))
        return self

    def expect_in(self, needle):
        check(needle.lower() in self.text().lower(),
              "%s: expected %r in its output\n%s" % (self.name, needle, self.describe()))
        return self

    def json(self):
        try:
            return json.loads(self.out)
        except ValueError as e:
            raise TestFailure("%s: stdout is not JSON (%s)\n%s" % (self.name, e, self.describe()))


class Scenario:
    def __init__(self, args, name):
        self.args = args
        self.name = name
        self.tpmprov = os.path.abspath(args.tpmprov)
        self.testbed = os.path.abspath(args.testbed)
        base = os.environ.get("TMPDIR") or "/tmp"
        self.workdir = tempfile.mkdtemp(prefix="tpmprov-kernel-%s." % name, dir=base)
        self.share = os.path.join(self.workdir, "share")
        self.state = os.path.join(self.workdir, "tpm-state")
        os.mkdir(self.share)
        os.chmod(self.workdir, 0o700)
        self.boot_times = []

    def prepare_state(self, factory, tpm2=False):
        """A swtpm state directory: a TPM 1.2 fresh (enabled, active, unowned, EK) or factory,
        or a manufactured TPM 2.0 (swtpm_setup's EKs and certificates; nothing set)."""
        argv = [self.testbed] + (["--factory"] if factory else []) + (
            ["--tpm2"] if tpm2 else []) + ["--state-dir", self.state, "--", "true"]
        started = time.monotonic()
        proc = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=180)
        out = proc.stdout.decode("utf-8", "replace")
        check(proc.returncode == 0, "tpm-testbed failed (%d):\n%s" % (proc.returncode, indent(out)))
        kg.log("%s TPM state prepared on the host in %.1f s" % (
            "factory" if factory else "fresh", time.monotonic() - started))

    def password_file(self, name, password, lines=1):
        path = os.path.join(self.share, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write((password + "\n") * lines)
        os.chmod(path, 0o600)
        return path

    def guest(self, firmware, **kwargs):
        return kg.Guest(self.args.cache, self.workdir, firmware=firmware, **kwargs)

    def boot(self, guest, job, name, timeout=BOOT_TIMEOUT, **kwargs):
        job = "tpmprov=%s\n%s" % (shell_quote(self.tpmprov), job)
        result = guest.boot(self.share, self.state, job, timeout, name=name, **kwargs)
        self.boot_times.append((name, guest.firmware, result.ready_seconds, result.total_seconds))
        if result.exit_status is None:
            raise TestFailure("%s: the job did not finish (no exit status); console:\n%s" % (
                name, indent(result.console[-6000:])))
        return result

    def run(self, name):
        return Run(self.share, name)

    def boot_summary(self):
        return ["boot %s (%s): job started at %s s, guest ran %.1f s" % (
            name, firmware, seconds(ready), total)
            for name, firmware, ready, total in self.boot_times]

    def cleanup(self, passed):
        if passed and not self.args.keep:
            shutil.rmtree(self.workdir, ignore_errors=True)
        else:
            kg.log("work directory kept: %s" % self.workdir)


def seconds(value):
    """A time in seconds for the log, or "?" when it was not measured."""
    return "?" if value is None else "%.1f" % value


def shell_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def plan_of(status):
    return {step["step"]: step for step in status.get("plan", [])}


def check_sysfs_in_status(run):
    status = run.json()
    sysfs = status.get("sysfs")
    check(isinstance(sysfs, dict), "%s: no sysfs object in the status JSON\n%s" % (
        run.name, run.describe()))
    for key in ("durations", "timeouts"):
        value = sysfs.get(key)
        check(isinstance(value, str) and value.strip(),
              "%s: sysfs.%s is empty in the status JSON: %r" % (run.name, key, sysfs))
    return status


# ---------------------------------------------------------------------------------------------
# Scenarios


def scenario_qboot_factory_provision(sc):
    sc.prepare_state(factory=True)
    pw = sc.password_file("owner.pw", OWNER_PASSWORD)
    guest = sc.guest("qboot")
    sc.boot(guest, """
ktest_run status-before 120 "$tpmprov" --json status
ktest_run provision-1 300 "$tpmprov" provision --owner-password-file %(pw)s
""" % {"pw": shell_quote(pw)}, "boot1")
    before = check_sysfs_in_status(sc.run("status-before").expect_rc(0))
    permanent = before["flags"]["permanent"]
    check(permanent["disable"] and permanent["deactivated"]
          and permanent["physicalPresenceLifetimeLock"],
          "the factory state is not disabled/deactivated/lifetime-locked: %r" % permanent)
    check(not before["flags"]["stclear"]["physicalPresenceLock"],
          "qboot must leave physical presence unlocked: %r" % before["flags"]["stclear"])
    sc.run("provision-1").expect_rc(3).expect_in("Restart required")

    # The restart: a new boot on the same TPM state, as on a laptop.
    sc.boot(guest, """
ktest_run provision-2 600 "$tpmprov" provision --owner-password-file %(pw)s
for f in /sys/class/tpm/tpm0/owned /sys/class/tpm/tpm0/device/owned; do
    if [[ -r "$f" ]]; then cat "$f" >"$share/sysfs-owned"; echo "$f" >"$share/sysfs-owned-path"; break; fi
done
ktest_run status-after 120 "$tpmprov" --json status
ktest_run status-text 120 "$tpmprov" status
ktest_run verify 120 "$tpmprov" verify-owner --owner-password-file %(pw)s
""" % {"pw": shell_quote(pw)}, "boot2")
    sc.run("provision-2").expect_rc(0).expect_in("the TPM is owned and the owner secret is "
                                                 "verified")
    owned_path = os.path.join(sc.share, "sysfs-owned")
    check(os.path.isfile(owned_path), "the guest found no readable sysfs owned file")
    with open(owned_path, encoding="utf-8") as f:
        owned = f.read().strip()
    check(owned == "1", "sysfs owned reads %r after provisioning, expected 1" % owned)
    after = check_sysfs_in_status(sc.run("status-after").expect_rc(0))
    check(after.get("owned") is True, "status --json: owned is %r" % after.get("owned"))
    check(after["sysfs"].get("owned") is True,
          "status --json: sysfs.owned is %r" % after["sysfs"].get("owned"))
    text = sc.run("status-text").expect_rc(0)
    text.expect_in("durations:").expect_in("timeouts:")
    sc.run("verify").expect_rc(0)
    kg.log("sysfs durations %r, timeouts %r" % (after["sysfs"]["durations"],
                                                  after["sysfs"]["timeouts"]))


def scenario_seabios_presence_locked(sc):
    sc.prepare_state(factory=True)
    pw = sc.password_file("owner.pw", OWNER_PASSWORD)
    guest = sc.guest("seabios")
    marks = {}

    def on_control(line, reply):
        # Which TPM commands did provision send? The relay logged every one.
        marks[line] = len(guest.relay.commands)
        reply("ok")

    sc.boot(guest, """
ktest_run status-before 120 "$tpmprov" --json status
ktest_run status-text 120 "$tpmprov" status
ktest_say provision-start; ktest_wait ok 30
ktest_run provision 300 "$tpmprov" provision --owner-password-file %(pw)s
ktest_say provision-end; ktest_wait ok 30
ktest_run status-after 120 "$tpmprov" --json status
""" % {"pw": shell_quote(pw)}, "seabios", on_control=on_control)

    before = sc.run("status-before").expect_rc(0).json()
    stclear = before["flags"]["stclear"]
    check(stclear["physicalPresenceLock"],
          "SeaBIOS should have locked physical presence: stclear %r" % stclear)
    plan = plan_of(before)
    for step in ("physical-presence", "enable", "activate"):
        check(step in plan and plan[step]["status"] == "blocked",
              "status --json: step %s should be blocked: %r" % (step, plan.get(step)))
    check("firmware" in plan["physical-presence"]["reason"].lower(),
          "the blocked presence step should point to the firmware setup: %r"
          % plan["physical-presence"]["reason"])
    text = sc.run("status-text").expect_rc(0)
    text.expect_in("[blocked").expect_in("firmware setup")

    prov = sc.run("provision").expect_rc(1)
    prov.expect_in("firmware")
    after = sc.run("status-after").expect_rc(0).json()
    for key in ("flags", "owned", "ek", "plan"):
        check(before.get(key) == after.get(key),
              "provision changed %s:\n before %r\n after  %r" % (key, before.get(key),
                                                               after.get(key)))
    check("provision-start" in marks and "provision-end" in marks, "no provision markers")
    sent = guest.relay.commands[marks["provision-start"]:marks["provision-end"]]
    changing = sorted({PRESENCE_ORDINALS[o] for _t, o in sent if o in PRESENCE_ORDINALS})
    check(not changing, "provision sent state-changing commands: %s" % ", ".join(changing))
    kg.log("provision sent %d TPM commands, none of them state-changing" % len(sent))


def scenario_device_busy(sc):
    sc.prepare_state(factory=False)
    guest = sc.guest("qboot")
    sc.boot(guest, r"""
# The holder opens /dev/tpm0, says so, and keeps it open until its stdin closes.
coproc HOLDER { exec python3 -c 'import os, sys
fd = os.open("/dev/tpm0", os.O_RDWR)
print("holding", os.getpid(), flush=True)
sys.stdin.read()'; }
holder_pid=$HOLDER_PID
read -r -t 60 word pid <&"${HOLDER[0]}" || { echo "holder did not start"; exit 1; }
echo "$pid" >"$share/holder-pid"
cat "/proc/$pid/comm" >"$share/holder-comm"
ktest_run busy 120 "$tpmprov" status
ktest_run busy-json 120 "$tpmprov" --json status
exec {HOLDER[1]}>&-
wait "$holder_pid"
ktest_run free 120 "$tpmprov" status
""", "busy")
    with open(os.path.join(sc.share, "holder-pid"), encoding="utf-8") as f:
        pid = f.read().strip()
    with open(os.path.join(sc.share, "holder-comm"), encoding="utf-8") as f:
        comm = f.read().strip()
    busy = sc.run("busy").expect_rc(1)
    busy.expect_in("EBUSY").expect_in("%s (pid %s)" % (comm, pid))
    data = sc.run("busy-json").expect_rc(1).json()
    check(data["error"]["code"] == "0x%08x" % 16,
          "busy-json: error code %r, expected EBUSY (16)" % data["error"])
    check(comm in json.dumps(data["explanation"]), "busy-json: explanation does not name %s: %r"
          % (comm, data["explanation"]))
    sc.run("free").expect_rc(0)
    kg.log("EBUSY names the holder: %s (pid %s)" % (comm, pid))


def scenario_kernel_timeout(sc):
    sc.prepare_state(factory=True)
    pw = sc.password_file("owner.pw", OWNER_PASSWORD)
    guest = sc.guest("qboot")
    events = []

    def on_relay_event(kind, info):
        events.append((time.monotonic(), kind, info))
        kg.log("relay: %s %r" % (kind, info))

    def on_control(line, reply):
        if line == "stop-at-physical-enable":
            guest.relay.stop_at(ORDINAL_PHYSICAL_ENABLE, on_relay_event)
            reply("armed")
        else:
            reply("ok")

    result = sc.boot(guest, """
ktest_run status-before 120 "$tpmprov" --json status
ktest_say stop-at-physical-enable; ktest_wait armed 30
ktest_run provision-timeout 400 "$tpmprov" provision --owner-password-file %(pw)s
dmesg >"$share/dmesg.txt"
ktest_run status-after 120 "$tpmprov" --json status
ktest_run provision-again 300 "$tpmprov" provision --owner-password-file %(pw)s
""" % {"pw": shell_quote(pw)}, "timeout", timeout=TIMEOUT_BOOT_TIMEOUT, on_control=on_control)
    relay = guest.relay
    check(relay.error is None, "relay: %s" % relay.error)
    kinds = [k for _t, k, _i in events]
    check("stopped" in kinds, "swtpm was never stopped: TPM_PhysicalEnable did not arrive")
    check(relay.cancel_seen, "the kernel never cancelled the command (no CMD_CANCEL_TPM_CMD); "
          "swtpm was continued after %s s" % relay.stop_seconds)
    before = sc.run("status-before").expect_rc(0).json()
    sysfs_durations = before["sysfs"]["durations"]
    short_us = int(sysfs_durations.split()[0])
    check(relay.stop_seconds is not None and relay.stop_seconds >= short_us / 1e6 - 1,
          "swtpm was stopped %.1f s, less than the short duration %s us"
          % (relay.stop_seconds or 0, short_us))
    prov = sc.run("provision-timeout").expect_rc(1)
    prov.expect_in("ETIME").expect_in(sysfs_durations.split("[")[0].strip())
    with open(os.path.join(sc.share, "dmesg.txt"), encoding="utf-8", errors="replace") as f:
        dmesg = f.read()
    check("Operation Timed out" in dmesg, "dmesg has no 'Operation Timed out':\n%s"
          % indent(dmesg[-3000:]))
    sc.run("status-after").expect_rc(0)
    # PhysicalEnable ran once swtpm continued (after the kernel gave up): the next run
    # finds the TPM enabled and goes on to activation, which needs the restart.
    again = sc.run("provision-again").expect_rc(3)
    check("Turn the TPM on" not in again.out or "Activate" in again.out,
          "provision-again:\n%s" % again.describe())
    kg.log("kernel gave up after swtpm was stopped %.1f s (short duration %.0f s); boot %.1f s"
           % (relay.stop_seconds, short_us / 1e6, result.total_seconds))


TCSD_JOB_PRELUDE = r"""
ip link set lo up
# Debian's udev rule gives /dev/tpm0 to tss (no udev in the guest: do it by hand).
chown tss:tss /dev/tpm0
chmod 0660 /dev/tpm0
export HOME=/root LC_ALL=C.UTF-8
tcsd_pid=""
start_tcsd() {
    tcsd -f >"$share/tcsd.log" 2>&1 &
    tcsd_pid=$!
    local i
    for i in $(seq 300); do
        if timeout 1 bash -c 'exec 3<>/dev/tcp/127.0.0.1/30003' 2>/dev/null; then
            echo "tcsd (pid $tcsd_pid) listens"; return 0
        fi
        kill -0 "$tcsd_pid" 2>/dev/null || { echo "tcsd exited"; cat "$share/tcsd.log"; return 1; }
        sleep 0.1
    done
    echo "tcsd does not listen"; return 1
}
stop_tcsd() {
    [[ -n "$tcsd_pid" ]] || return 0
    kill "$tcsd_pid"; wait "$tcsd_pid" 2>/dev/null; tcsd_pid=""
}
# tt NAME INPUT CMD...: tpm-tools read passwords with getpass(3): from stdin when there is
# no controlling terminal (setsid), so the answers come from a file.
tt() {
    local name="$1" input="$2" rc=0
    shift 2
    echo "ktest: + $* < $input"
    timeout -k 5 120 setsid -w "$@" <"$input" >"$share/$name.out" 2>"$share/$name.err" || rc=$?
    echo "$rc" >"$share/$name.rc"
    echo "ktest: $name exited $rc"
}
"""


def scenario_tcsd_interop_tpmprov_first(sc):
    sc.prepare_state(factory=False)
    pw = sc.password_file("owner.pw", OWNER_PASSWORD)
    wrong = sc.password_file("wrong.pw", WRONG_PASSWORD)
    guest = sc.guest("qboot")
    sc.boot(guest, TCSD_JOB_PRELUDE + """
ktest_run provision 600 "$tpmprov" provision --owner-password-file %(pw)s
start_tcsd || exit 1
ktest_run busy 120 "$tpmprov" status
tt setenable-status %(pw)s tpm_setenable --status
tt setenable-wrong %(wrong)s tpm_setenable --status
tt getpubek %(pw)s tpm_getpubek
stop_tcsd
ktest_run verify 120 "$tpmprov" verify-owner --owner-password-file %(pw)s
""" % {"pw": shell_quote(pw), "wrong": shell_quote(wrong)}, "tcsd1")
    sc.run("provision").expect_rc(0)
    sc.run("busy").expect_rc(1).expect_in("EBUSY").expect_in("tcsd (pid")
    sc.run("setenable-status").expect_rc(0).expect_in("Disabled status: false")
    wrong_run = sc.run("setenable-wrong")
    check(wrong_run.rc != 0, "tpm_setenable accepted a wrong owner password")
    wrong_run.expect_in("Authentication failed")
    sc.run("getpubek").expect_rc(0).expect_in("Public Endorsement Key")
    sc.run("verify").expect_rc(0)


def scenario_tcsd_interop_tpmtools_first(sc):
    sc.prepare_state(factory=False)
    pw2 = sc.password_file("owner2.pw", OWNER_PASSWORD, lines=2)
    pw = sc.password_file("owner.pw", OWNER_PASSWORD)
    wrong = sc.password_file("wrong.pw", WRONG_PASSWORD)
    guest = sc.guest("qboot")
    sc.boot(guest, TCSD_JOB_PRELUDE + """
start_tcsd || exit 1
tt takeown %(pw2)s tpm_takeownership -z
stop_tcsd
ktest_run verify 120 "$tpmprov" verify-owner --owner-password-file %(pw)s
ktest_run verify-wrong 120 "$tpmprov" verify-owner --owner-password-file %(wrong)s
ktest_run status 120 "$tpmprov" --json status
""" % {"pw2": shell_quote(pw2), "pw": shell_quote(pw), "wrong": shell_quote(wrong)}, "tcsd2")
    sc.run("takeown").expect_rc(0)
    sc.run("verify").expect_rc(0)
    sc.run("verify-wrong").expect_rc(1)
    status = sc.run("status").expect_rc(0).json()
    check(status.get("owned") is True, "status after tpm_takeownership: owned %r"
          % status.get("owned"))


LUKS_PASSPHRASE = "ktest luks passphrase"
# dm-crypt and a loop device for the LUKS2 image systemd-cryptenroll binds to the TPM.
LUKS_MODULES = kg.GUEST_MODULES + ["loop", "dm_mod", "dm_crypt", "xts", "ecb"]


def make_luks_image(sc):
    """A small LUKS2 image made on the host (a file needs no device mapper), with a
    passphrase keyslot whose PBKDF is cheap under TCG."""
    image = os.path.join(sc.share, "luks.img")
    with open(image, "wb") as f:
        f.truncate(32 * 1024 * 1024)
    key = sc.password_file("luks.pw", LUKS_PASSPHRASE)
    with open(key, "w", encoding="utf-8") as f:
        f.write(LUKS_PASSPHRASE)  # a key file is taken byte for byte
    proc = subprocess.run(
        ["cryptsetup", "luksFormat", "--batch-mode", "--type", "luks2", "--pbkdf", "pbkdf2",
         "--pbkdf-force-iterations", "1000", "--key-file", key, image],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    check(proc.returncode == 0, "cryptsetup luksFormat failed:\n" + indent(
        proc.stdout.decode("utf-8", "replace")))
    return image, key


def scenario_tpm2_provision_cryptenroll(sc):
    # Issue 12: a TPM 2.0 on tpm-tis behind the real kernel driver, provisioned through
    # /dev/tpmrm0 from its manufactured state; then systemd-cryptenroll binds a LUKS2 volume to
    # it and systemd-cryptsetup opens that volume with the TPM alone - provisioning left
    # systemd working (an owner password would have made the enrollment fail with 0x9A2).
    sc.prepare_state(factory=False, tpm2=True)
    image, key = make_luks_image(sc)
    guest = sc.guest("qboot", tpm2=True, module_names=LUKS_MODULES)
    sc.boot(guest, """
ls -l /dev/tpm0 /dev/tpmrm0 >"$share/devices.txt" 2>&1
ktest_run status-before 120 "$tpmprov" --json status
ktest_run provision 600 "$tpmprov" provision --lockout-password-file "$share/lockout.pw"
ktest_run status-after 120 "$tpmprov" --json status
ktest_run verify-lockout 120 "$tpmprov" verify-lockout --lockout-password-file "$share/lockout.pw"
cp %(image)s /tmp/luks.img
loop=$(losetup -f --show /tmp/luks.img)
echo "$loop" >"$share/loop.txt"
ktest_run enroll 600 systemd-cryptenroll --unlock-key-file=%(key)s --tpm2-device=auto "$loop"
ktest_run dump 60 cryptsetup luksDump "$loop"
# No passphrase anywhere: headless, so only the TPM token can open it.
ktest_run attach 600 env DM_DISABLE_UDEV=1 /lib/systemd/systemd-cryptsetup attach ktestvol \
    "$loop" - tpm2-device=auto,headless=true
ktest_run mapped 60 cryptsetup status ktestvol
ktest_run detach 120 env DM_DISABLE_UDEV=1 /lib/systemd/systemd-cryptsetup detach ktestvol
""" % {"image": shell_quote(image), "key": shell_quote(key)}, "boot1", timeout=500)
    with open(os.path.join(sc.share, "devices.txt"), encoding="utf-8") as f:
        devices = f.read()
    check("/dev/tpmrm0" in devices, "the guest kernel made no /dev/tpmrm0:\n" + indent(devices))
    before = sc.run("status-before").expect_rc(0).json()
    check(before["tpm"]["family"] == "2.0", "family: %r" % before["tpm"])
    sysfs = before.get("sysfs")
    check(isinstance(sysfs, dict) and sysfs.get("versionMajor") == 2,
          "status --json: sysfs.versionMajor is not 2: %r" % sysfs)
    check(before["tpm2"]["tcti"] == "device:/dev/tpmrm0",
          "reached through %r, not the resource manager" % before["tpm2"].get("tcti"))
    check(not before["tpm2"]["permanent"]["lockoutAuthSet"], "lockoutAuthSet before")
    sc.run("provision").expect_rc(0).expect_in("the TPM 2.0 is provisioned and checked")
    after = sc.run("status-after").expect_rc(0).json()
    permanent = after["tpm2"]["permanent"]
    check(permanent["lockoutAuthSet"] and not permanent["ownerAuthSet"],
          "after provisioning: %r" % permanent)
    check(after["tpm2"]["srk"]["sharedTemplate"], "SRK: %r" % after["tpm2"]["srk"])
    check(after["tpm2"]["dictionaryAttack"]["maxTries"] == 32, "DA: %r"
          % after["tpm2"]["dictionaryAttack"])
    sc.run("verify-lockout").expect_rc(0)
    sc.run("enroll").expect_rc(0)
    sc.run("dump").expect_rc(0).expect_in("systemd-tpm2")
    sc.run("attach").expect_rc(0)
    sc.run("mapped").expect_rc(0).expect_in("is active")
    sc.run("detach").expect_rc(0)


def prepare_tpm2_owned_by_someone_else(sc):
    """A TPM 2.0 as a previous owner leaves it: owner and lockout passwords set, disableClear,
    and the lockout hierarchy locked out by a wrong try (tpm2-tools on the host)."""
    script = ("set -e; tpm2_changeauth -c owner str:their-owner; "
              "tpm2_changeauth -c lockout str:their-lockout; "
              "tpm2_clearcontrol -C l -P str:their-lockout s; "
              "if tpm2_dictionarylockout -c -p str:wrong; then exit 1; fi")
    proc = subprocess.run([sc.testbed, "--tpm2", "--state-dir", sc.state, "--", "bash", "-c",
                           script], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, timeout=180)
    check(proc.returncode == 0, "preparing the owned TPM 2.0 failed:\n" + indent(
        proc.stdout.decode("utf-8", "replace")))


PPI_JOB = """
phase=$(cat "$share/phase" 2>/dev/null || echo 1)
if [[ "$phase" == 1 ]]; then
    ktest_run status-before 120 "$tpmprov" --json status
    ktest_run clear-refused 120 "$tpmprov" clear --yes --lockout-password-file /dev/null
    ktest_run request 60 "$tpmprov" ppi request clear
    echo 2 >"$share/phase"
    sync
    exit 99   # reboot inside this QEMU: the request is in its memory
fi
ktest_run status-after 120 "$tpmprov" --json status
ktest_run ppi-after 60 "$tpmprov" ppi
ktest_run provision 600 "$tpmprov" provision --lockout-password-file "$share/lockout.pw"
"""


class PromptAnswerer:
    """Answers OVMF's PPI prompt with KEY on the guest's keyboard. The firmware writes the
    prompt to both serial lines; once in CI the console (ttyS0) stalled mid-line while the
    control line (ttyS1) had it whole, so both are watched. OVMF gives no sign that it reads
    the keyboard yet and ignores a key that comes too early; a key it took is followed by
    output (the reset, or the boot going on) on a line that showed the whole prompt, so the
    key is pressed again only while those lines stay silent. Should the firmware take no key
    for 40 s (seen once: its PS/2 driver had not found the keyboard on a busy host), the
    machine is reset: the request survives in QEMU's memory and the prompt comes back."""

    PROMPT_END = "reject this change request and continue"

    def __init__(self, guest, key):
        self.guest = guest
        self.key = key
        self.lock = threading.Lock()
        self.text = {"console": "", "control": ""}
        self.answering = False
        self.prompts = 0
        self.resets = 0
        self.progress = threading.Event()

    def seen(self, channel, chunk):
        start = False
        with self.lock:
            before = self.text[channel]
            self.text[channel] = (before + chunk)[-4096:]
            if self.answering and self.PROMPT_END in before and chunk.strip():
                self.progress.set()
            if not self.answering and self.PROMPT_END in self.text[channel]:
                self.answering = True
                self.prompts += 1
                start = True
        if start:
            threading.Thread(target=self.answer, daemon=True).start()

    def answer(self):
        for _ in range(8):
            self.progress.clear()
            self.guest.press_key(self.key)
            if self.progress.wait(5):
                return
        with self.lock:
            if self.resets >= 2:
                return
            self.resets += 1
            self.text = {"console": "", "control": ""}
            self.answering = False
        self.guest.reset()

    def tail(self):
        with self.lock:
            return self.text["console"][-1500:]


def run_ppi_clear(sc, key):
    """Owned by someone else -> `tpmprov ppi request clear` -> reboot -> the firmware's prompt
    answered with KEY through the keyboard -> the next boot's state."""
    prepare_tpm2_owned_by_someone_else(sc)
    guest = kg.OvmfGuest(sc.args.cache, sc.workdir)
    answerer = PromptAnswerer(guest, key)
    sc.boot(guest, PPI_JOB, "ovmf", timeout=300,
            on_console=lambda chunk: answerer.seen("console", chunk),
            on_control=lambda line, _reply: answerer.seen("control", line + "\n"))
    check(answerer.prompts > 0, "the firmware never showed its F12 prompt; console tail:\n"
          + indent(answerer.tail()))
    if answerer.resets:
        say("the firmware took no key at first: %d machine reset(s) before it did"
            % answerer.resets)
    before = sc.run("status-before").expect_rc(0).json()
    permanent = before["tpm2"]["permanent"]
    check(permanent["ownerAuthSet"] and permanent["lockoutAuthSet"] and
          permanent["disableClear"], "not owned by someone else before: %r" % permanent)
    ppi = before["sysfs"]["ppi"]
    offered = {op["operation"]: op["status"] for op in ppi["operations"]}
    check(offered.get(5) == "user-required", "OVMF does not offer clear: %r" % ppi)
    sc.run("clear-refused").expect_rc(1).expect_in("disableClear")
    sc.run("request").expect_rc(0).expect_in("confirm")
    return sc.run("status-after").expect_rc(0).json()


def scenario_ovmf_ppi_clear(sc):
    # Issue 13: the firmware route for a TPM someone else owns. OVMF carries the request out
    # after F12: ClearControl + Clear with platform authority, past disableClear and the
    # lockout-hierarchy lockout; then tpmprov provisions the cleared TPM.
    after = run_ppi_clear(sc, "f12")
    permanent = after["tpm2"]["permanent"]
    check(not (permanent["ownerAuthSet"] or permanent["lockoutAuthSet"] or
               permanent["disableClear"]), "not cleared: %r" % permanent)
    check("0x81010001" not in after["tpm2"]["persistentHandles"],
          "the stored EK survived the clear: %r" % after["tpm2"]["persistentHandles"])
    response = after["sysfs"]["ppi"]["response"]
    check(response["outcome"] == "success" and response["request"] == 5,
          "ppi/response after F12: %r" % response)
    sc.run("ppi-after").expect_rc(0).expect_in("carried out")
    sc.run("provision").expect_rc(0).expect_in("provisioned and checked")


def scenario_ovmf_ppi_rejected(sc):
    # The same request rejected at the firmware's prompt (Esc): nothing changed, and the
    # firmware's answer says so.
    after = run_ppi_clear(sc, "esc")
    permanent = after["tpm2"]["permanent"]
    check(permanent["ownerAuthSet"] and permanent["lockoutAuthSet"] and
          permanent["disableClear"], "changed although rejected: %r" % permanent)
    response = after["sysfs"]["ppi"]["response"]
    check(response["outcome"] == "user-abort", "ppi/response after Esc: %r" % response)
    sc.run("ppi-after").expect_rc(0).expect_in("rejected")
    sc.run("provision").expect_rc(1)


SCENARIOS = {
    "qboot_factory_provision": scenario_qboot_factory_provision,
    "seabios_presence_locked": scenario_seabios_presence_locked,
    "device_busy": scenario_device_busy,
    "kernel_timeout": scenario_kernel_timeout,
    "tcsd_interop_tpmprov_first": scenario_tcsd_interop_tpmprov_first,
    "tcsd_interop_tpmtools_first": scenario_tcsd_interop_tpmtools_first,
    "tpm2_provision_cryptenroll": scenario_tpm2_provision_cryptenroll,
    "ovmf_ppi_clear": scenario_ovmf_ppi_clear,
    "ovmf_ppi_rejected": scenario_ovmf_ppi_rejected,
}


def prerequisite_problem(args, scenario):
    """Why this machine cannot run the scenario (None: it can). Outside CI that skips the
    test; in CI (CI=true) it fails, since CI must run every tier."""
    if os.geteuid() != 0:
        return "needs root (9p passthrough of /, swtpm state, chown in the guest)"
    try:
        kg.check_host_tools(need_seabios=True, need_ovmf=scenario.startswith("ovmf_"))
        if scenario.startswith("tpm2_") or scenario.startswith("ovmf_"):
            for tool in ("cryptsetup", "systemd-cryptenroll", "tpm2_getcap"):
                if shutil.which(tool) is None:
                    raise kg.HarnessError("%s not installed" % tool)
        if scenario.startswith("tcsd_"):
            for tool in ("tcsd", "tpm_takeownership", "tpm_setenable", "tpm_getpubek"):
                if shutil.which(tool) is None:
                    raise kg.HarnessError("%s not installed" % tool)
    except kg.HarnessError as e:
        return str(e)
    return None


def run_scenario(args, scenario):
    """Runs one scenario in its guest; TestFailure or kg.HarnessError when it fails. The
    guest and its work directory are cleaned up either way (kept on failure with --keep)."""
    for path in (args.tpmprov, args.testbed):
        check(path and os.access(path, os.X_OK), "missing binary %s" % path)
    if os.path.exists("/dev/kvm") and kg.kvm_is_pvm():
        kg.log("kvm_pvm serves /dev/kvm (PVM guests only): using TCG")
    run_and_clean_up(Scenario(args, scenario), SCENARIOS[scenario])


def run_and_clean_up(sc, scenario_function):
    """Runs scenario_function(sc), then logs each boot (sc.boot_summary()) and the outcome and
    cleans up, pass or fail (tests/installed runs its scenarios this way too)."""
    passed = False
    started = time.monotonic()
    try:
        scenario_function(sc)
        passed = True
    finally:
        for line in sc.boot_summary():
            kg.log(line)
        kg.log("%s: %s in %.1f s" % (sc.name, "PASS" if passed else "FAIL",
                                     time.monotonic() - started))
        sc.cleanup(passed)
