#!/usr/bin/python3
"""End-to-end tests of the tpmprov command line against a private swtpm TPM 1.2: the
scenarios. test_cli.py runs them under pytest, one ctest entry each
(tests/cli/CMakeLists.txt), so scenarios run in parallel and fail by name. Scenarios that
need a TPM run inside their own testbed:

    tpm-testbed [--factory] -- python3 cli_tests.py ... --inner SCENARIO

and the inner run finds the TPM through $TPMPROV_TPM (that inner run is this file's main).

Every subprocess has a timeout; nothing sleeps to synchronise.
Inner exit status: 0 pass, 1 fail (assertion message on stderr), 2 bad invocation.
"""

import json
import os
import re
import socket
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from harness import TestFailure, check  # noqa: E402  (shared by the Python tiers)

# Bounds. A libtpms TakeOwnership takes 0.1-1.4 s; these are generous for a loaded CI box.
TPMPROV_TIMEOUT = 120  # one tpmprov run
TESTBED_TIMEOUT = 600  # one whole scenario inside its testbed
CTRL_TIMEOUT = 10  # one swtpm control-channel exchange

PLAN_STEPS = [
    "physical-presence",
    "enable",
    "activate",
    "restart",
    "self-test",
    "endorsement-key",
    "take-ownership",
    "verify",
]
PLAN_TITLES = {
    "physical-presence": "Assert physical presence",
    "enable": "Turn the TPM on",
    "activate": "Activate the TPM",
    "restart": "Restart the computer",
}
STEP_STATUSES = {"needed", "done", "skipped", "blocked"}

# TPM_PERMANENT_FLAGS and TPM_STCLEAR_FLAGS field names as the TPM 1.2 spec (part 2, 7.1 and
# 7.2) spells them, in wire order.
PERMANENT_FLAGS = [
    "disable",
    "ownership",
    "deactivated",
    "readPubek",
    "disableOwnerClear",
    "allowMaintenance",
    "physicalPresenceLifetimeLock",
    "physicalPresenceHWEnable",
    "physicalPresenceCMDEnable",
    "CEKPUsed",
    "TPMpost",
    "TPMpostLock",
    "FIPS",
    "operator",
    "enableRevokeEK",
    "nvLocked",
    "readSRKPub",
    "tpmEstablished",
    "maintenanceDone",
    "disableFullDALogicInfo",
]
STCLEAR_FLAGS = [
    "deactivated",
    "disableForceClear",
    "physicalPresence",
    "physicalPresenceLock",
    "bGlobalLock",
]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_RESTART = 0, 1, 2, 3

CONFIG = {"tpmprov": None, "testbed": None}


# ---------------------------------------------------------------------------------------------
# Assertions


def check_equal(actual, expected, what):
    if actual != expected:
        raise TestFailure("%s: expected %r, got %r" % (what, expected, actual))


def check_in(needle, haystack, what):
    if needle not in haystack:
        raise TestFailure("%s: expected to find %r in:\n%s" % (what, needle, indent(haystack)))


def check_in_ci(needle, haystack, what):
    if needle.lower() not in haystack.lower():
        raise TestFailure(
            "%s: expected to find %r (any case) in:\n%s" % (what, needle, indent(haystack))
        )


def indent(text):
    text = text if text.strip() else "<empty>"
    return "\n".join("    | " + line for line in text.rstrip("\n").split("\n"))


def dig(obj, path):
    """obj['a']['b'] for path 'a.b', with a readable failure."""
    current = obj
    walked = []
    for key in path.split("."):
        walked.append(key)
        check(
            isinstance(current, dict) and key in current,
            "JSON has no key %s (keys there: %s)"
            % (".".join(walked), sorted(current) if isinstance(current, dict) else type(current)),
        )
        current = current[key]
    return current


# ---------------------------------------------------------------------------------------------
# Running tpmprov


class Run:
    def __init__(self, args, returncode, stdout, stderr):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    @property
    def output(self):
        return self.stdout + self.stderr

    def describe(self):
        return "tpmprov %s\n  exit %d\n  stdout:\n%s\n  stderr:\n%s" % (
            " ".join(self.args),
            self.returncode,
            indent(self.stdout),
            indent(self.stderr),
        )

    def expect_exit(self, code):
        if self.returncode != code:
            raise TestFailure("expected exit %d from:\n%s" % (code, self.describe()))
        return self

    def expect_output(self, needle, ci=False):
        if (needle.lower() not in self.output.lower()) if ci else (needle not in self.output):
            raise TestFailure("expected %r in the output of:\n%s" % (needle, self.describe()))
        return self

    def json(self):
        try:
            value = json.loads(self.stdout)
        except ValueError as error:
            raise TestFailure("stdout is not JSON (%s):\n%s" % (error, self.describe()))
        check(isinstance(value, dict), "JSON output is not an object:\n" + self.describe())
        return value


def tpmprov(*args, stdin_text=None, env_update=None, env_remove=()):
    env = dict(os.environ)
    for key in env_remove:
        env.pop(key, None)
    if env_update:
        env.update(env_update)
    try:
        completed = subprocess.run(
            [CONFIG["tpmprov"], *args],
            input=stdin_text.encode() if stdin_text is not None else None,
            stdin=None if stdin_text is not None else subprocess.DEVNULL,
            capture_output=True,
            timeout=TPMPROV_TIMEOUT,
            env=env,
        )
    except subprocess.TimeoutExpired:
        raise TestFailure(
            "tpmprov %s did not finish within %d s" % (" ".join(args), TPMPROV_TIMEOUT)
        )
    return Run(
        list(args),
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


def status_json():
    return tpmprov("--json", "status").expect_exit(EXIT_OK).json()


class Workdir:
    """A private temporary directory; password files in it are created with mode 0600."""

    def __init__(self):
        self._dir = tempfile.TemporaryDirectory(prefix="tpmprov-cli-")
        self.path = self._dir.name

    def password_file(self, name, content):
        path = os.path.join(self.path, name)
        data = content.encode("utf-8") if isinstance(content, str) else content
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        check_equal(os.stat(path).st_mode & 0o777, 0o600, "mode of password file " + path)
        return path

    def close(self):
        self._dir.cleanup()


# ---------------------------------------------------------------------------------------------
# The swtpm control channel (for a power cycle without tpmprov's help)


def swtpm_ports():
    spec = os.environ.get("TPMPROV_TPM", "")
    match = re.fullmatch(r"swtpm:(\[[^\]]+\]|[^:]+):(\d+):(\d+)", spec)
    check(match is not None, "TPMPROV_TPM is not swtpm:HOST:PORT:CTRLPORT but %r" % spec)
    host = match.group(1).strip("[]")
    return host, int(match.group(2)), int(match.group(3))


def recv_exactly(sock, count):
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        check(chunk, "swtpm control channel closed after %d of %d bytes" % (len(data), count))
        data += chunk
    return data


def swtpm_power_cycle():
    """CMD_INIT (2) with flags 0: like a power cycle; the TPM then wants TPM_Startup."""
    host, _, ctrl = swtpm_ports()
    with socket.create_connection((host, ctrl), timeout=CTRL_TIMEOUT) as sock:
        sock.settimeout(CTRL_TIMEOUT)
        sock.sendall(struct.pack(">II", 2, 0))
        (result,) = struct.unpack(">I", recv_exactly(sock, 4))
    check_equal(result, 0, "swtpm CMD_INIT result")


# ---------------------------------------------------------------------------------------------
# Helpers on tpmprov's outputs


def plan_by_step(status):
    plan = dig(status, "plan")
    check(isinstance(plan, list), "plan is not a list: %r" % (plan,))
    return {entry.get("step"): entry for entry in plan if isinstance(entry, dict)}


def text_plan(output):
    """{title: (status, reason)} from the text form '  [needed ] Title: reason'."""
    rows = {}
    for line in output.split("\n"):
        match = re.match(r"^\s+\[(\w+)\s*\] ([^:]+): (.*)$", line)
        if match:
            rows[match.group(2)] = (match.group(1), match.group(3))
    return rows


# ---------------------------------------------------------------------------------------------
# Scenarios that run inside a testbed (TPMPROV_TPM is set)


def inner_status_json():
    status = status_json()
    check_equal(dig(status, "tpm.specVersion"), "1.2", "tpm.specVersion")
    chip = dig(status, "tpm.chipVersion")
    check(
        isinstance(chip, str) and re.fullmatch(r"\d+\.\d+\.\d+\.\d+", chip),
        "tpm.chipVersion is not a dotted four-part version: %r" % (chip,),
    )
    check(chip.startswith("1.2."), "tpm.chipVersion %r does not start with 1.2." % chip)
    vendor = dig(status, "tpm.vendor")
    check(isinstance(vendor, str) and vendor.strip(), "tpm.vendor is empty: %r" % (vendor,))
    check_equal(dig(status, "target"), os.environ["TPMPROV_TPM"], "target")

    permanent = dig(status, "flags.permanent")
    check(isinstance(permanent, dict), "flags.permanent is not an object")
    missing = [name for name in PERMANENT_FLAGS if name not in permanent]
    extra = sorted(set(permanent) - set(PERMANENT_FLAGS))
    check(
        not missing and not extra,
        "flags.permanent must carry exactly the 20 TPM 1.2 spec names; missing %s, "
        "unexpected %s" % (missing, extra),
    )
    for name in PERMANENT_FLAGS:
        check(isinstance(permanent[name], bool), "flags.permanent.%s is not a bool" % name)
    stclear = dig(status, "flags.stclear")
    check(isinstance(stclear, dict), "flags.stclear is not an object")
    check_equal(sorted(stclear), sorted(STCLEAR_FLAGS), "flags.stclear keys")
    for name in STCLEAR_FLAGS:
        check(isinstance(stclear[name], bool), "flags.stclear.%s is not a bool" % name)

    # swtpm_setup --createek: enabled, activated, unowned, EK present, CMD_ENABLE set.
    check_equal(permanent["disable"], False, "flags.permanent.disable on a fresh TPM")
    check_equal(permanent["deactivated"], False, "flags.permanent.deactivated on a fresh TPM")
    check_equal(permanent["ownership"], True, "flags.permanent.ownership on a fresh TPM")
    check_equal(permanent["readPubek"], True, "flags.permanent.readPubek on a fresh TPM")
    check_equal(
        permanent["physicalPresenceCMDEnable"], True, "physicalPresenceCMDEnable on a fresh TPM"
    )
    check_equal(stclear["deactivated"], False, "flags.stclear.deactivated on a fresh TPM")
    check(dig(status, "owned") is False, "owned must be false (not null) on a fresh TPM")
    check_equal(dig(status, "ek.status"), "present", "ek.status")
    check(isinstance(dig(status, "recoveries"), list), "recoveries is not a list")

    plan = dig(status, "plan")
    check(isinstance(plan, list), "plan is not a list")
    check_equal([entry.get("step") for entry in plan], PLAN_STEPS, "plan steps in order")
    for entry in plan:
        for key in ("step", "status", "reason"):
            check(key in entry, "plan entry %r lacks %r" % (entry, key))
        check(entry["status"] in STEP_STATUSES, "plan entry has unknown status: %r" % entry)
        check(
            isinstance(entry["reason"], str) and entry["reason"],
            "plan entry has no reason: %r" % entry,
        )
    steps = plan_by_step(status)
    expected = {
        "physical-presence": "done",
        "enable": "done",
        "activate": "done",
        "restart": "done",
        "self-test": "needed",
        "endorsement-key": "done",
        "take-ownership": "needed",
        "verify": "needed",
    }
    for step, wanted in expected.items():
        check_equal(steps[step]["status"], wanted, "plan status of %s on a fresh TPM" % step)


def inner_status_factory_text():
    run = tpmprov("status").expect_exit(EXIT_OK)
    out = run.stdout
    check(
        re.search(r"^\s*Enabled:\s+no\b", out, re.M),
        "status must say the TPM is not enabled:\n" + run.describe(),
    )
    check(
        re.search(r"^\s*Active:\s+no\b", out, re.M),
        "status must say the TPM is not active:\n" + run.describe(),
    )
    check(re.search(r"^\s*Owned:\s+no\b", out, re.M), "status must say unowned:\n" + run.describe())
    check(
        re.search(r"^\s*Presence:.*locked for life", out, re.M),
        "status must show the physical-presence lifetime lock:\n" + run.describe(),
    )
    rows = text_plan(out)
    for step in ("physical-presence", "enable", "activate", "restart"):
        title = PLAN_TITLES[step]
        check(title in rows, "plan has no %r line:\n%s" % (title, run.describe()))
        check_equal(rows[title][0], "needed", "plan status of %r in factory state" % title)
    check_in_ci("restart", rows[PLAN_TITLES["restart"]][1], "reason of the restart step")

    # The JSON agrees with the text.
    status = status_json()
    check_equal(dig(status, "flags.permanent.disable"), True, "permanent.disable (factory)")
    check_equal(dig(status, "flags.permanent.deactivated"), True, "permanent.deactivated (factory)")
    check_equal(
        dig(status, "flags.permanent.physicalPresenceLifetimeLock"), True, "lifetime lock (factory)"
    )
    steps = plan_by_step(status)
    for step in ("physical-presence", "enable", "activate", "restart"):
        check_equal(steps[step]["status"], "needed", "JSON plan status of %s (factory)" % step)


def inner_provision_from_factory():
    work = Workdir()
    try:
        good = work.password_file("owner.txt", "factory-owner-pw\n")
        wrong = work.password_file("wrong.txt", "not-the-owner-pw\n")

        first = tpmprov("provision", "--owner-password-file", good).expect_exit(EXIT_RESTART)
        first.expect_output("restart", ci=True)

        status = status_json()
        check_equal(dig(status, "flags.permanent.disable"), False, "permanent.disable after run 1")
        check_equal(
            dig(status, "flags.permanent.deactivated"), False, "permanent.deactivated after run 1"
        )
        check_equal(
            dig(status, "flags.stclear.deactivated"),
            True,
            "stclear.deactivated after run 1 (activation waits for the restart)",
        )
        check_equal(plan_by_step(status)["restart"]["status"], "needed", "restart step after run 1")
        check(dig(status, "owned") is not True, "owned after run 1 must not be true")

        # Run again before the restart: still "restart required", nothing more to send.
        again = tpmprov("--json", "provision", "--owner-password-file", good)
        report = again.expect_exit(EXIT_RESTART).json()
        check_equal(dig(report, "outcome"), "restart-required", "outcome before the restart")
        check_equal(dig(report, "exitCode"), EXIT_RESTART, "exitCode before the restart")
        check_equal(dig(report, "steps"), [], "steps run again before the restart")

        tpmprov("firmware-restart").expect_exit(EXIT_OK)
        status = status_json()
        check_equal(
            dig(status, "flags.stclear.deactivated"), False, "stclear.deactivated after restart"
        )

        second = tpmprov("provision", "--owner-password-file", good).expect_exit(EXIT_OK)
        second.expect_output("owned")

        tpmprov("verify-owner", "--owner-password-file", good).expect_exit(EXIT_OK).expect_output(
            "accepts"
        )
        rejected = tpmprov("verify-owner", "--owner-password-file", wrong).expect_exit(EXIT_FAILED)
        rejected.expect_output("dictionary-attack lockout")
        report = tpmprov("--json", "verify-owner", "--owner-password-file", good)
        check_equal(dig(report.expect_exit(EXIT_OK).json(), "accepted"), True, "JSON accepted")

        status = status_json()
        check(dig(status, "owned") is True, "owned must be true after provisioning")
        check_equal(plan_by_step(status)["take-ownership"]["status"], "done", "take-ownership step")
    finally:
        work.close()


def inner_provision_json():
    run = tpmprov("--json", "provision", "--owner-well-known").expect_exit(EXIT_OK)
    report = run.json()
    check_equal(dig(report, "outcome"), "owned-and-verified", "outcome")
    check_equal(dig(report, "exitCode"), 0, "exitCode")
    check(dig(report, "error") is None, "error must be null on success: %r" % report.get("error"))
    steps = dig(report, "steps")
    check(isinstance(steps, list) and steps, "steps must be a non-empty list")
    taken = []
    for step in steps:
        check(isinstance(step, dict), "step is not an object: %r" % (step,))
        check(step.get("step") in PLAN_STEPS, "unknown step name in %r" % (step,))
        check(step.get("succeeded") is True, "step did not succeed: %r" % (step,))
        commands = step.get("commands")
        check(isinstance(commands, list) and commands, "step %r has no commands[]" % step.get("step"))
        for command in commands:
            for key in ("name", "returnCode", "milliseconds"):
                check(key in command, "command %r in step %r lacks %r" % (command, step["step"], key))
            check(
                isinstance(command["name"], str) and command["name"],
                "command name is empty: %r" % command,
            )
            check(
                isinstance(command["milliseconds"], (int, float)) and command["milliseconds"] >= 0,
                "command milliseconds is not a non-negative number: %r" % command,
            )
            check(
                command["returnCode"] is None
                or re.fullmatch(r"0x[0-9a-f]{8}", str(command["returnCode"])),
                "returnCode is not 0xXXXXXXXX: %r" % command,
            )
            if command["name"] == "TPM_TakeOwnership":
                taken.append((step["step"], command))
    check_equal(
        [(s, c["returnCode"]) for s, c in taken],
        [("take-ownership", "0x00000000")],
        "TPM_TakeOwnership commands (step, returnCode)",
    )
    check_equal(
        [s["step"] for s in steps],
        ["self-test", "take-ownership", "verify"],
        "steps run on a fresh swtpm",
    )
    check(dig(report, "state.owned") is True, "state.owned in the report")
    fingerprint = report.get("srkFingerprint", "")
    check(re.fullmatch(r"[0-9a-fA-F]{40}", fingerprint or ""), "srkFingerprint: %r" % fingerprint)


def inner_already_owned():
    tpmprov("provision", "--owner-well-known").expect_exit(EXIT_OK)
    before = status_json()
    check(dig(before, "owned") is True, "owned after the first provision")

    again = tpmprov("provision", "--owner-well-known").expect_exit(EXIT_FAILED)
    again.expect_output("owner")
    again.expect_output("verify-owner")
    after = status_json()
    check_equal(after, before, "status --json after a refused second provision")

    report = tpmprov("--json", "provision", "--owner-well-known").expect_exit(EXIT_FAILED).json()
    check_equal(dig(report, "outcome"), "already-owned", "outcome of a provision on an owned TPM")
    check_in("verify-owner", json.dumps(dig(report, "explanation")), "JSON explanation")
    check_equal(
        [c.get("name") for s in dig(report, "steps") for c in s.get("commands", [])
         if c.get("name") == "TPM_TakeOwnership"],
        [],
        "TPM_TakeOwnership sent to an owned TPM",
    )
    check_equal(status_json(), before, "status --json after the JSON provision")


ENCODINGS = ("sha1", "utf16", "windows", "utf16-nul")
# tpm-tools -u strips the UTF-16 terminator before hashing (measured in tests/interop), so
# "utf16" and "windows" are the same secret; only "utf16-nul" keeps the terminator.
SAME_SECRET = {"utf16": "windows", "windows": "utf16"}
# Non-ASCII on purpose: the UTF-8 -> UTF-16LE conversion must be right, not just consistent.
ENCODING_PASSWORD = "Pässwort-€1"


def encoded_owner_bytes(password, encoding):
    """The bytes each tool hashes: sha1 = as typed; windows and utf16 (tpm-tools -u) =
    UTF-16LE; utf16-nul (TSS popup secrets) = UTF-16LE plus a 2-byte NUL terminator."""
    if encoding == "sha1":
        return password.encode("utf-8")
    if encoding in ("windows", "utf16"):
        return password.encode("utf-16-le")
    return password.encode("utf-16-le") + b"\x00\x00"


def encoding_scenario(encoding):
    work = Workdir()
    try:
        pw = work.password_file("owner.txt", ENCODING_PASSWORD + "\n")
        tpmprov(
            "provision", "--owner-password-file", pw, "--owner-encoding", encoding
        ).expect_exit(EXIT_OK)
        tpmprov(
            "verify-owner", "--owner-password-file", pw, "--owner-encoding", encoding
        ).expect_exit(EXIT_OK).expect_output("accepts")
        # Independent check of the encoding: the raw bytes under --owner-encoding sha1 hash to
        # the same secret (sha1 hashes the file's bytes as they are).
        raw = work.password_file("raw.bin", encoded_owner_bytes(ENCODING_PASSWORD, encoding))
        raw_run = tpmprov(
            "verify-owner", "--owner-password-file", raw, "--owner-encoding", "sha1"
        )
        check(
            raw_run.returncode == EXIT_OK,
            "--owner-encoding %s must hash %r; the TPM rejected that secret:\n%s"
            % (encoding, encoded_owner_bytes(ENCODING_PASSWORD, encoding), raw_run.describe()),
        )
        for other in ENCODINGS:
            if other == encoding or SAME_SECRET.get(encoding) == other:
                continue
            tpmprov(
                "verify-owner", "--owner-password-file", pw, "--owner-encoding", other
            ).expect_exit(EXIT_FAILED).expect_output("TPM_AUTHFAIL")
    finally:
        work.close()


def inner_encodings_sha1():
    encoding_scenario("sha1")


def inner_encodings_utf16():
    encoding_scenario("utf16")


def inner_encodings_utf16_nul():
    encoding_scenario("utf16-nul")


def inner_encodings_windows():
    encoding_scenario("windows")


def inner_password_file_handling():
    work = Workdir()
    try:
        with_newline = work.password_file("nl.txt", "pw\n")
        without_newline = work.password_file("plain.txt", "pw")
        two_newlines = work.password_file("nlnl.txt", "pw\n\n")
        empty = work.password_file("empty.txt", "")
        only_newline = work.password_file("only-nl.txt", "\n")
        missing = os.path.join(work.path, "no-such-dir", "owner.txt")

        # Usage errors first: none of them may reach the TPM.
        for label, args in [
            ("empty file", ["--owner-password-file", empty]),
            ("file with only a newline", ["--owner-password-file", only_newline]),
            ("both options", ["--owner-password-file", with_newline, "--owner-well-known"]),
            ("neither option", []),
        ]:
            run = tpmprov("provision", *args)
            check(run.returncode == EXIT_USAGE, "provision with %s must exit 2:\n%s"
                  % (label, run.describe()))
            check(run.stderr.strip(), "usage error without a message:\n" + run.describe())
        run = tpmprov("provision", "--owner-password-file", empty).expect_exit(EXIT_USAGE)
        run.expect_output("empty")
        run = tpmprov("provision", "--owner-password-file", with_newline, "--owner-well-known")
        run.expect_exit(EXIT_USAGE).expect_output("exactly one")
        for label, args in [
            ("empty file", ["--owner-password-file", empty]),
            ("both options", ["--owner-password-file", with_newline, "--owner-well-known"]),
            ("neither option", []),
        ]:
            run = tpmprov("verify-owner", *args)
            check(run.returncode == EXIT_USAGE, "verify-owner with %s must exit 2:\n%s"
                  % (label, run.describe()))

        run = tpmprov("provision", "--owner-password-file", missing).expect_exit(EXIT_FAILED)
        run.expect_output(missing)
        run.expect_output("No such file", ci=True)
        check("Try 'tpmprov --help'" not in run.output,
              "a missing file is not a usage error:\n" + run.describe())
        report = tpmprov("--json", "provision", "--owner-password-file", missing)
        report.expect_exit(EXIT_FAILED)
        check_equal(dig(report.json(), "error.kind"), "system", "error.kind for a missing file")

        check(dig(status_json(), "owned") is False, "a refused provision must not take ownership")
        unowned = tpmprov("verify-owner", "--owner-password-file", without_newline)
        unowned.expect_exit(EXIT_FAILED).expect_output("no owner")

        # "pw\n" and "pw" are the same password.
        tpmprov("provision", "--owner-password-file", with_newline).expect_exit(EXIT_OK)
        tpmprov("verify-owner", "--owner-password-file", without_newline).expect_exit(
            EXIT_OK
        ).expect_output("accepts")
        tpmprov("verify-owner", "--owner-password-file", "-", stdin_text="pw\n").expect_exit(
            EXIT_OK
        )
        tpmprov("verify-owner", "--owner-password-file", "-", stdin_text="pw").expect_exit(EXIT_OK)
        json_run = tpmprov("--json", "verify-owner", "--owner-password-file", "-", stdin_text="pw")
        check_equal(dig(json_run.expect_exit(EXIT_OK).json(), "accepted"), True, "accepted")
        # Only ONE trailing newline is dropped: "pw\n\n" is the password "pw\n".
        run = tpmprov("verify-owner", "--owner-password-file", two_newlines)
        check(run.returncode == EXIT_FAILED,
              "'pw\\n\\n' must be the password 'pw\\n', which the TPM rejects:\n" + run.describe())
        run.expect_output("dictionary-attack lockout")
        report = tpmprov("--json", "verify-owner", "--owner-password-file", two_newlines)
        check_equal(dig(report.expect_exit(EXIT_FAILED).json(), "accepted"), False, "accepted")
    finally:
        work.close()


def inner_startup_selftest():
    # Boot the emulated machine as firmware does (power cycle + Startup), so the TPM runs.
    tpmprov("firmware-restart").expect_exit(EXIT_OK).expect_output("TPM_Startup")
    tpmprov("startup").expect_exit(EXIT_OK).expect_output("already started")
    result = tpmprov("--json", "startup").expect_exit(EXIT_OK).json()
    check_in("already started", str(dig(result, "result")), "--json startup result")

    # A power cycle behind tpmprov's back: the TPM answers 0x26 until TPM_Startup. status
    # only reads: it says so and leaves Startup (which resets the PCRs) to startup/provision.
    swtpm_power_cycle()
    run = tpmprov("status").expect_exit(EXIT_OK)
    run.expect_output("waits for TPM_Startup")
    check(not re.search(r"^\s*Note:.*TPM_INVALID_POSTINIT", run.stdout, re.M),
          "status must not recover with Startup on its own:\n" + run.describe())
    check(not re.search(r"^\s*Enabled:", run.stdout, re.M),
          "status of a TPM waiting for Startup cannot show its flags:\n" + run.describe())
    status = status_json()
    check_equal(dig(status, "awaitingStartup"), True, "awaitingStartup after a power cycle")
    check_equal(dig(status, "recoveries"), [], "recoveries of a read-only status")
    for step in dig(status, "plan"):
        check_equal(step["status"], "skipped", "plan step %s while waiting" % step["step"])
    # Still waiting: neither status run sent Startup.
    check_equal(dig(status_json(), "awaitingStartup"), True, "awaitingStartup after two runs")
    tpmprov("startup").expect_exit(EXIT_OK).expect_output("TPM_Startup")
    status = status_json()
    check_equal(dig(status, "awaitingStartup"), False, "awaitingStartup after startup")
    check_equal(dig(status, "flags.stclear.deactivated"), False, "stclear.deactivated after startup")

    # startup after a power cycle really sends it; a second one finds it started.
    swtpm_power_cycle()
    tpmprov("startup").expect_exit(EXIT_OK).expect_output("Sent TPM_Startup(ST_CLEAR)")
    tpmprov("startup").expect_exit(EXIT_OK).expect_output("already started")
    check_equal(dig(status_json(), "recoveries"), [], "recoveries after an explicit startup")

    tpmprov("selftest").expect_exit(EXIT_OK).expect_output("self-test")
    result = tpmprov("--json", "selftest").expect_exit(EXIT_OK).json()
    check_in("self-test", str(dig(result, "result")), "--json selftest result")
    # selftest on a TPM that was just reset: recovers with Startup, then tests.
    swtpm_power_cycle()
    tpmprov("selftest").expect_exit(EXIT_OK).expect_output("self-test")
    check_equal(dig(status_json(), "recoveries"), [], "recoveries after selftest recovered")


def inner_testbed_tpm_is_started():
    # A TPM on a booted machine has had TPM_Startup from the firmware (tpm12-facts.md), so
    # the testbed's fresh TPM must need no recovery, and `startup` must find it started.
    status = status_json()
    check_equal(
        dig(status, "recoveries"),
        [],
        "recoveries on the testbed's fresh TPM (tpm-testbed hands over a TPM that never got "
        "TPM_Startup; a booted machine's firmware sends it)",
    )
    tpmprov("startup").expect_exit(EXIT_OK).expect_output("already started")


def tpm2_tool(*argv, must_succeed=True):
    """tpm2-tools against the testbed's TPM 2.0 (tpm-testbed --tpm2 sets TPM2TOOLS_TCTI)."""
    completed = subprocess.run(list(argv), capture_output=True, text=True, timeout=60)
    if must_succeed:
        check(completed.returncode == 0,
              "%s failed:\n%s" % (" ".join(argv), indent(completed.stderr)))
    return completed.stdout + completed.stderr


def inner_tpm2_status():
    # A TPM 2.0 (issue 12): status reads it through tpm2-tss; tpm2-tools changes it the way
    # Windows would, and status says so; the plan says what that blocks.
    status = status_json()
    check_equal(dig(status, "tpm.family"), "2.0", "family")
    check_equal(dig(status, "tpm2.permanent.ownerAuthSet"), False, "ownerAuthSet at first")
    getcap = tpm2_tool("tpm2_getcap", "properties-variable")
    max_tries = re.search(r"TPM2_PT_MAX_AUTH_FAIL:\s*(\S+)", getcap)
    check(max_tries is not None, "tpm2_getcap names TPM2_PT_MAX_AUTH_FAIL")
    check_equal(dig(status, "tpm2.dictionaryAttack.maxTries"), int(max_tries.group(1), 0),
                "maxTries as tpm2-tools reads it")
    # An index in systemd's NV range (as systemd-pcrlock makes) is reported as systemd's.
    check_equal(dig(status, "tpm2.systemdNvIndices"), [], "no systemd NV index at first")
    tpm2_tool("tpm2_nvdefine", "0x1D10200", "-C", "o", "-s", "8", "-a", "ownerread|ownerwrite")
    check_equal(dig(status_json(), "tpm2.systemdNvIndices"), ["0x01d10200"], "systemd's NV index")
    check_in("systemd NV:   0x01d10200", tpmprov("status").expect_exit(EXIT_OK).stdout,
             "status names systemd's NV index")
    # Wrong passwords on an NV index until the dictionary-attack lockout starts.
    nv = "0x1500016"
    tpm2_tool("tpm2_nvdefine", nv, "-C", "o", "-s", "8", "-a", "authread|authwrite", "-p", "nv")
    for _ in range(int(max_tries.group(1), 0)):
        tpm2_tool("tpm2_nvread", nv, "-C", nv, "-P", "wrong", must_succeed=False)
    check_equal(dig(status_json(), "tpm2.permanent.inLockout"), True, "inLockout after failures")
    locked = tpmprov("status").expect_exit(EXIT_OK).stdout
    check_in("LOCKED OUT", locked, "status in lockout")
    check_in("unclean power-off counts", locked, "the power-off warning")
    tpm2_tool("tpm2_changeauth", "-c", "owner", "set-by-windows")
    text = tpmprov("status").expect_exit(EXIT_OK).stdout
    check_in("Owner auth:   set", text, "status after another tool set the owner password")
    check_in("Lockout auth: empty", text, "the lockout password is still empty")
    check_in("[blocked] Create the shared storage key: an owner password was set before", text,
             "the plan: without the owner password the shared storage key cannot be created")
    check_equal(dig(status_json(), "tpm2.permanent.ownerAuthSet"), True, "ownerAuthSet after")
    tpmprov("explain", "0x9A2").expect_exit(EXIT_OK).expect_output("TPM_RC_BAD_AUTH")


def tpm2_getcap_value(name):
    found = re.search(r"%s:\s*(\S+)" % name, tpm2_tool("tpm2_getcap", "properties-variable"))
    check(found is not None, "tpm2_getcap names %s" % name)
    return found.group(1)


def inner_tpm2_provision():
    # Issue 12: provision a TPM 2.0 with the default policy from the command line, and check
    # it with tpm2-tools; the lockout password's commands; clear, after the list of losses.
    workdir = tempfile.mkdtemp(prefix="tpmprov-cli-tpm2-")
    password_file = os.path.join(workdir, "lockout")
    tpmprov("provision", "--da-max-tries", "0",
            "--lockout-password-file", password_file).expect_exit(EXIT_USAGE)
    tpmprov("provision", "--srk-algorithm", "dsa",
            "--lockout-password-file", password_file).expect_exit(EXIT_USAGE)
    check(not os.path.exists(password_file), "a usage error must not create the password file")

    run = tpmprov("provision", "--lockout-password-file", password_file).expect_exit(EXIT_OK)
    run.expect_output("generated and written to " + password_file)
    run.expect_output("Set the lockout password")
    check_equal(oct(os.stat(password_file).st_mode & 0o777), "0o600", "password file mode")
    with open(password_file) as f:
        password = f.read()
    check(re.fullmatch(r"[A-Z2-7]{5}(-[A-Z2-7]{5}){4}", password) is not None,
          "a generated password of five groups: %r" % password)
    check_equal(tpm2_getcap_value("lockoutAuthSet"), "1", "lockoutAuthSet (tpm2-tools)")
    check_equal(tpm2_getcap_value("ownerAuthSet"), "0", "ownerAuthSet (tpm2-tools)")
    check_equal(int(tpm2_getcap_value("TPM2_PT_MAX_AUTH_FAIL"), 0), 32, "maxTries")
    check_in("0x30472", tpm2_tool("tpm2_readpublic", "-c", "0x81000001"), "SRK attributes")
    # tpm2-tools takes the file as it is: the same password works in both.
    tpm2_tool("tpm2_dictionarylockout", "-c", "-p", "file:" + password_file)

    status = status_json()
    steps = {s["step"]: s["status"] for s in dig(status, "plan")}
    check_equal(steps.get("lockout-password"), "done", "the plan's lockout step")
    # A second run changes nothing and says why (exit 1, as for an owned TPM 1.2).
    again = tpmprov("--json", "provision", "--lockout-password-file", password_file)
    again.expect_exit(EXIT_FAILED)
    check_equal(dig(again.json(), "outcome"), "already-owned", "outcome of a second run")
    check_equal(dig(again.json(), "explanation.name"), "ENGINE_LOCKOUT_SET_BEFORE", "why")

    tpmprov("verify-lockout", "--lockout-password-file", password_file).expect_exit(
        EXIT_OK).expect_output("accepts this lockout password")
    tpmprov("reset-lockout", "--lockout-password-file", password_file).expect_exit(EXIT_OK)
    refused = tpmprov("clear", "--lockout-password-file", password_file)
    refused.expect_exit(EXIT_USAGE).expect_output("0x01D10200")
    check_in("--yes", refused.stderr, "clear asks for --yes")
    check_equal(tpm2_getcap_value("lockoutAuthSet"), "1", "nothing cleared without --yes")
    tpmprov("clear", "--yes", "--lockout-password-file", password_file).expect_exit(EXIT_OK)
    check_equal(tpm2_getcap_value("lockoutAuthSet"), "0", "lockoutAuthSet after clear")
    check("0x81000001" not in tpm2_tool("tpm2_getcap", "handles-persistent"), "SRK gone")

    # With an owner password (and its warning), RSA and other settings; verify-owner on 2.0.
    owner_file = os.path.join(workdir, "owner")
    with open(owner_file, "w") as f:
        f.write("owner words\n")  # one trailing newline is dropped, as for TPM 1.2
    run = tpmprov("provision", "--lockout-password-file", password_file, "--owner-password-file",
                  owner_file, "--srk-algorithm", "rsa", "--da-max-tries", "10",
                  "--da-recovery-time", "60", "--da-lockout-recovery", "120")
    run.expect_exit(EXIT_OK).expect_output("systemd-cryptenroll")
    check_equal(tpm2_getcap_value("ownerAuthSet"), "1", "ownerAuthSet")
    check_equal(int(tpm2_getcap_value("TPM2_PT_LOCKOUT_RECOVERY"), 0), 120, "lockoutRecovery")
    check_in("rsa", tpm2_tool("tpm2_readpublic", "-c", "0x81000001"), "an RSA SRK")
    tpm2_tool("tpm2_changeauth", "-c", "owner", "-p", "str:owner words", "str:owner words")
    tpmprov("verify-owner", "--owner-password-file", owner_file).expect_exit(EXIT_OK)
    wrong = os.path.join(workdir, "wrong")
    with open(wrong, "w") as f:
        f.write("not it")
    tpmprov("verify-owner", "--owner-password-file", wrong).expect_exit(
        EXIT_FAILED).expect_output("not counted")
    check_equal(int(tpm2_getcap_value("TPM2_PT_LOCKOUT_COUNTER"), 0), 0, "no DA failure counted")

    # disableClear (set with the lockout password): clear is refused with the firmware route.
    tpm2_tool("tpm2_clearcontrol", "-C", "l", "-P", "file:" + password_file, "s")
    tpmprov("clear", "--yes", "--lockout-password-file", password_file).expect_exit(
        EXIT_FAILED).expect_output("disableClear")


# ---------------------------------------------------------------------------------------------
# Scenarios without a TPM


NO_TPM = {"TPMPROV_TPM": "device:/nonexistent/tpmprov-cli-test"}


def outer_explain_codes():
    postinit = tpmprov("explain", "0x26", env_update=NO_TPM).expect_exit(EXIT_OK)
    postinit.expect_output("Startup").expect_output("TPM_INVALID_POSTINIT")
    decimal = tpmprov("explain", "38", env_update=NO_TPM).expect_exit(EXIT_OK)
    check_equal(decimal.stdout, postinit.stdout, "explain 38 vs explain 0x26")

    # The same code as Windows shows it (TPM_E_* = 0x80280000 | code) and by its name.
    for alias in ("0x80280026", "TPM_INVALID_POSTINIT"):
        run = tpmprov("explain", alias, env_update=NO_TPM).expect_exit(EXIT_OK)
        check_equal(run.stdout, postinit.stdout, "explain %s vs explain 0x26" % alias)

    tddl = tpmprov("explain", "0x1087", env_update=NO_TPM).expect_exit(EXIT_OK)
    tddl.expect_output("TDDL").expect_output("I/O")
    tpmprov("explain", "ETIME", env_update=NO_TPM).expect_exit(EXIT_OK).expect_output(
        "kernel", ci=True
    )
    tpmprov("explain", "EBUSY", env_update=NO_TPM).expect_exit(EXIT_OK).expect_output("tcsd")
    bad_param = tpmprov("explain", "0x03", env_update=NO_TPM).expect_exit(EXIT_OK)
    bad_param.expect_output("TPM_BAD_PARAMETER")
    check(bad_param.stdout.strip(), "explain 0x03 printed nothing")

    for nonsense in ("nonsense", "0xZZ", ""):
        run = tpmprov("explain", nonsense, env_update=NO_TPM)
        check(run.returncode == EXIT_USAGE,
              "explain %r must be a usage error:\n%s" % (nonsense, run.describe()))
    tpmprov("explain", env_update=NO_TPM).expect_exit(EXIT_USAGE)
    tpmprov("explain", "0x26", "0x03", env_update=NO_TPM).expect_exit(EXIT_USAGE)

    explained = tpmprov("--json", "explain", "0x26", env_update=NO_TPM).expect_exit(EXIT_OK).json()
    check_equal(dig(explained, "name"), "TPM_INVALID_POSTINIT", "JSON name")
    for key in ("meaning", "nextAction"):
        value = dig(explained, key)
        check(isinstance(value, str) and value.strip(), "JSON %s is empty: %r" % (key, value))
    check_in("Startup", json.dumps(explained), "JSON explanation of 0x26")


def outer_usage_errors():
    def usage(*args, needle=None):
        run = tpmprov(*args, env_update=NO_TPM)
        check(run.returncode == EXIT_USAGE, "expected exit 2 (usage) from:\n" + run.describe())
        check(run.stdout == "", "a usage error must not print to stdout:\n" + run.describe())
        if needle:
            run.expect_output(needle)
        return run

    usage(needle="no command")
    usage("frobnicate", needle="unknown command")
    usage("status", "extra", needle="no further arguments")
    for spec in ("swtpm:host", "foo:bar", "swtpm:h:99999", "swtpm:h:0", "swtpm::2321", "device:"):
        run = usage("--tpm", spec, "status")
        check(run.stderr.strip(), "no message for --tpm %r:\n%s" % (spec, run.describe()))
    usage("--tpm", "swtpm:h:99999", "status", needle="99999")
    # The bad spec may also come from the environment.
    run = tpmprov("status", env_update={"TPMPROV_TPM": "foo:bar"})
    check(run.returncode == EXIT_USAGE, "bad $TPMPROV_TPM must exit 2:\n" + run.describe())
    usage("--tpm", "device:/dev/null", "firmware-restart", needle="swtpm")
    usage("--command-timeout", "0", "status")
    usage("--command-timeout", "soon", "status")
    usage("provision", "--owner-well-known", "--max-attempts", "0")
    usage("provision", "--owner-well-known", "--max-attempts", "x")
    usage("--tpm", "device:/nonexistent/tpm0", "verify-owner")


def outer_unknown_option():
    # Exit 2 means "usage"; an option tpmprov does not know is a usage error like any other.
    for args in (["--no-such-option", "status"], ["status", "--tpm"]):
        run = tpmprov(*args, env_update=NO_TPM)
        check(run.returncode == EXIT_USAGE,
              "a command-line error must exit 2 (usage), as documented in --help:\n"
              + run.describe())
        check(run.stderr.strip(), "no message:\n" + run.describe())


def outer_ppi_request():
    # Issue 13: the firmware's Physical Presence Interface through sysfs (a tree the test
    # makes, as the kernel shows OVMF's for a TPM 2.0); nothing is sent to a TPM.
    root = tempfile.mkdtemp(prefix="tpmprov-cli-ppi-")
    tpm = os.path.join(root, "class", "tpm", "tpm0")
    os.makedirs(os.path.join(tpm, "ppi"))
    files = {"tpm_version_major": "2\n", "ppi/version": "1.3\n",
             "ppi/tcg_operations": "0 3: User required\n5 3: User required\n"
                                   "14 3: User required\n24 1: BIOS only\n",
             "ppi/vs_operations": "", "ppi/request": "0\n",
             "ppi/response": "5 0xFFFFFFF0: User Abort\n", "ppi/transition_action": "2: Reboot\n"}
    for name, content in files.items():
        with open(os.path.join(tpm, name), "w") as f:
            f.write(content)
    base = ("--sysfs-root", root, "--tpm", "device:/dev/tpm0")
    shown = tpmprov(*base, "ppi").expect_exit(EXIT_OK)
    shown.expect_output("5 (clear)").expect_output("rejected")
    run = tpmprov(*base, "ppi", "request", "clear").expect_exit(EXIT_OK)
    run.expect_output("clear the TPM").expect_output("confirm")
    with open(os.path.join(tpm, "ppi", "request")) as f:
        check_equal(f.read().strip(), "5", "the request file after 'ppi request clear'")
    report = tpmprov("--json", *base, "ppi", "request", "enable-clear").expect_exit(EXIT_OK).json()
    check_equal(dig(report, "operation"), 14, "JSON operation")
    check_equal(dig(report, "status"), "user-required", "JSON status")
    # Offered only in the firmware setup: refused (exit 1) with what to do, nothing written.
    tpmprov(*base, "ppi", "request", "change-eps").expect_exit(EXIT_FAILED).expect_output(
        "firmware setup")
    with open(os.path.join(tpm, "ppi", "request")) as f:
        check_equal(f.read().strip(), "14", "the request file after a refusal")
    tpmprov(*base, "ppi", "request", "turn-on").expect_exit(EXIT_USAGE)  # a TPM 1.2 operation
    tpmprov(*base, "ppi", "request", "5").expect_exit(EXIT_USAGE)  # names only, not numbers
    tpmprov(*base, "ppi", "request").expect_exit(EXIT_USAGE)
    tpmprov("--tpm", "swtpm:127.0.0.1:1", "ppi").expect_exit(EXIT_USAGE)


def outer_missing_device():
    path = "/nonexistent/tpm0"
    run = tpmprov("--tpm", "device:" + path, "status", env_remove=("TPMPROV_TPM",))
    run.expect_exit(EXIT_FAILED).expect_output(path)
    check(run.stdout == "", "errors go to stderr in text mode:\n" + run.describe())
    check(re.search(r"What to do: \S", run.stderr),
          "the explanation must say what to check:\n" + run.describe())

    report = tpmprov("--json", "--tpm", "device:" + path, "status").expect_exit(EXIT_FAILED).json()
    check_equal(dig(report, "error.kind"), "system", "error.kind")
    check_equal(dig(report, "target"), "device:" + path, "target")
    check_in(path, json.dumps(report), "JSON report")
    check(dig(report, "explanation.nextAction").strip(), "explanation.nextAction is empty")

    # $TPMPROV_TPM is the default, and --tpm overrides it.
    env_path = "/nonexistent/tpm-from-env"
    run = tpmprov("status", env_update={"TPMPROV_TPM": "device:" + env_path})
    run.expect_exit(EXIT_FAILED).expect_output(env_path)
    run = tpmprov("--tpm", "device:" + path, "status",
                  env_update={"TPMPROV_TPM": "device:" + env_path})
    run.expect_exit(EXIT_FAILED).expect_output(path)
    check(env_path not in run.output, "--tpm must win over $TPMPROV_TPM:\n" + run.describe())

    # provision and verify-owner report the same failure, not a crash.
    run = tpmprov("--tpm", "device:" + path, "provision", "--owner-well-known")
    run.expect_exit(EXIT_FAILED).expect_output(path)
    run = tpmprov("--tpm", "device:" + path, "verify-owner", "--owner-well-known")
    run.expect_exit(EXIT_FAILED).expect_output(path)


# ---------------------------------------------------------------------------------------------
# Scenario table and driver

# name: (needs a testbed, factory state - or "tpm2" for a TPM 2.0 testbed)
SCENARIOS = {
    "status_json": (True, False),
    "status_factory_text": (True, True),
    "provision_from_factory": (True, True),
    "provision_json": (True, False),
    "already_owned": (True, False),
    "encodings_sha1": (True, False),
    "encodings_utf16": (True, False),
    "encodings_windows": (True, False),
    "encodings_utf16_nul": (True, False),
    "password_file_handling": (True, False),
    "startup_selftest": (True, False),
    "testbed_tpm_is_started": (True, False),
    "tpm2_status": (True, "tpm2"),
    "tpm2_provision": (True, "tpm2"),
    "explain_codes": (False, False),
    "ppi_request": (False, False),
    "usage_errors": (False, False),
    "unknown_option": (False, False),
    "missing_device": (False, False),
}


def run_in_testbed(name, factory):
    command = [CONFIG["testbed"]]
    if factory == "tpm2":
        command.append("--tpm2")
    elif factory:
        command.append("--factory")
    command += [
        "--",
        sys.executable,
        os.path.abspath(__file__),
        "--tpmprov",
        CONFIG["tpmprov"],
        "--testbed",
        CONFIG["testbed"],
        "--inner",
        name,
    ]
    # Its own process group, so a timeout stops the testbed, swtpm and the inner script.
    process = subprocess.Popen(command, start_new_session=True)
    try:
        return process.wait(timeout=TESTBED_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
        process.wait(timeout=30)
        print("FAIL %s: the testbed run did not finish within %d s" % (name, TESTBED_TIMEOUT),
              file=sys.stderr)
        return 1


def run_scenario(name, inner):
    function = globals()[("inner_" if inner else "outer_") + name]
    try:
        function()
    except TestFailure as failure:
        print("FAIL %s: %s" % (name, failure), file=sys.stderr)
        return 1
    print("PASS %s" % name)
    return 0


def main(argv):
    args = list(argv)
    inner = False
    scenario = None
    while args:
        arg = args.pop(0)
        if arg in ("--tpmprov", "--testbed") and args:
            CONFIG[arg[2:]] = os.path.abspath(args.pop(0))
        elif arg == "--inner":
            inner = True
        elif arg in ("-h", "--help"):
            print(__doc__ + "\nScenarios: " + ", ".join(SCENARIOS))
            return 0
        elif scenario is None and not arg.startswith("-"):
            scenario = arg
        else:
            print("cli_tests.py: unexpected argument %r" % arg, file=sys.stderr)
            return 2
    if scenario not in SCENARIOS or not CONFIG["tpmprov"]:
        print("usage: cli_tests.py --tpmprov PATH --testbed PATH SCENARIO\nScenarios: %s"
              % ", ".join(SCENARIOS), file=sys.stderr)
        return 2
    needs_testbed, factory = SCENARIOS[scenario]
    if inner or not needs_testbed:
        if inner:
            if not os.environ.get("TPMPROV_TPM", "").startswith("swtpm:"):
                print("FAIL %s: the testbed did not set TPMPROV_TPM" % scenario, file=sys.stderr)
                return 1
        return run_scenario(scenario, inner)
    if not CONFIG["testbed"]:
        print("cli_tests.py: %s needs --testbed" % scenario, file=sys.stderr)
        return 2
    return run_in_testbed(scenario, factory)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
