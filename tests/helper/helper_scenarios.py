"""The scenarios of the helper tier: tpm-provisioner-helper on a private system bus with the
real polkitd. test_helper.py runs them under pytest, one ctest entry each
(tests/helper/CMakeLists.txt). Each scenario builds its own world with
bus_fixture.HelperFixture (dbus-daemon, polkitd in a private mount namespace, swtpm via
tpm-testbed, the helper), so scenarios run in parallel. Clients run as the test users
tpmprov-allowed / tpmprov-denied through setpriv.
"""

import hashlib
import json
import os
import pwd
import shutil
import signal
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import bus_fixture as bf  # noqa: E402
from bus_fixture import ALLOWED_USER, DENIED_USER, ERR, HelperFixture, UserClient  # noqa: E402
from dbus_client import Variant  # noqa: E402
from harness import TestFailure, check, say  # noqa: E402

OWNER_PASSWORD = "helper test owner password"
OWNER_SECRET = hashlib.sha1(OWNER_PASSWORD.encode()).digest()  # tpmprov's default encoding
SRK_WELL_KNOWN = bytes(20)
DBUS_BAD_ARGS = {"org.freedesktop.DBus.Error.InvalidArgs", "org.freedesktop.DBus.Error.UnknownMethod"}


def check_error(res, names, what):
    names = {names} if isinstance(names, str) else set(names)
    check(not res["ok"], "%s: expected an error %s, got success %r" % (what, sorted(names), res))
    check(res["error"] in names, "%s: expected error %s, got %s: %s" % (what, sorted(names), res["error"], res.get("message")))
    check(bool(res.get("message", "").strip()), "%s: error %s without a message" % (what, res["error"]))


def check_ok(res, what):
    check(res["ok"], "%s: expected success, got %s: %s" % (what, res.get("error"), res.get("message")))
    return res


# ---------------------------------------------------------------------------------------------
# Shared steps


def direct_status(fx):
    r = fx.tpmprov_root("--json", "status")
    check(r.returncode == 0, "tpmprov --json status as root directly failed:\n" + r.describe())
    return json.loads(r.stdout)


def comparable_status(doc):
    """The status JSON without what names the transport (the helper may see the TPM through
    another address than the test's direct connection)."""
    doc = dict(doc)
    doc.pop("target", None)
    return doc


def run_job(client, method, args, sig="ayayba{sv}", conn="a"):
    """Starts a job (the client already watches jobs) and waits for its JobFinished."""
    res = check_ok(client.call(method, sig, args, conn=conn), method)
    job = res["body"][0]
    check(isinstance(job, str) and job, "%s returned no job id: %r" % (method, res))
    fin = client.wait_finished(job, conn=conn)
    check_ok(fin, "JobFinished for %s job %s" % (method, job))
    job_id, succeeded, outcome, report = fin["body"]
    return job, succeeded, outcome, report


def check_reply_signature(fx, method_name, res):
    """The reply carries exactly the out-arguments the XML declares."""
    expected = [m.out_sig for m in fx.methods if m.name == method_name][0]
    check(res.get("sig", "") == expected, "%s replied with signature %r, the XML declares %r"
          % (method_name, res.get("sig"), expected))


def check_secret_not_logged(fx):
    """Secrets are never logged: not by the helper (run with --verbose), polkitd or the bus."""
    import base64
    forms = {OWNER_SECRET.hex(), OWNER_SECRET.hex().upper(), base64.b64encode(OWNER_SECRET).decode(),
             " ".join("%02x" % b for b in OWNER_SECRET), OWNER_PASSWORD}
    logs = [os.path.join(fx.workdir, n) for n in os.listdir(fx.workdir) if n.endswith(".log")]
    for path in logs:
        with open(path, "rb") as f:
            data = f.read()
        for form in forms:
            check(form.encode() not in data, "%s contains the owner secret (as %r)" % (os.path.basename(path), form))
        check(OWNER_SECRET not in data, "%s contains the raw owner secret bytes" % os.path.basename(path))
    helper_log = fx.helper.log_text()
    check(str(fx.uids[ALLOWED_USER]) in helper_log,
          "the helper's log does not say who asked (uid %d):\n%s" % (fx.uids[ALLOWED_USER], helper_log))
    say("the owner secret appears in none of %d logs; the helper log names the caller's uid" % len(logs))


def write_password_file(fx, owner_user):
    path = os.path.join(fx.workdir, "owner-password-%s" % owner_user)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(OWNER_PASSWORD + "\n")
    pw = pwd.getpwnam(owner_user)
    os.chown(path, pw.pw_uid, pw.pw_gid)
    return path


def root_verify_owner(fx, expect_ok=True):
    path = os.path.join(fx.workdir, "owner-password-root")
    if not os.path.exists(path):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(OWNER_PASSWORD + "\n")
    r = fx.tpmprov_root("verify-owner", "--owner-password-file", path)
    if expect_ok:
        check(r.returncode == 0, "the owner secret the client sent must work on the TPM "
              "(verify-owner as root, directly against swtpm):\n" + r.describe())
    return r


def firmware_restart(fx):
    r = fx.tpmprov_root("firmware-restart")
    check(r.returncode == 0, "firmware-restart (as root directly against swtpm) failed:\n" + r.describe())


def allowed_client(fx, watch=True):
    c = UserClient(fx, ALLOWED_USER)
    c.connect()
    if watch:
        check_ok(c.watch_jobs(), "AddMatch for job signals")
    return c


def helper_still_serves(fx):
    check(fx.helper.alive(), "the helper died:\n" + fx.helper.log_text())
    with allowed_client(fx, watch=False) as c:
        check_ok(c.call("GetState", timeout=bf.CALL_TIMEOUT), "GetState after the test")


# ---------------------------------------------------------------------------------------------
# Scenarios without the helper: the harness itself


def scenario_polkit_harness(paths, _arg):
    """The real polkitd on the private bus, with only our actions and rules, decides."""
    methods = bf.load_interface(paths.interface_xml)
    actions = sorted({m.action for m in methods if m.action})
    check(actions, "no polkit action annotations in the interface XML")
    if os.path.exists(paths.polkit_policy):
        policy_text = None  # the real one
        declared = set(bf.polkit_actions_in(paths.polkit_policy))
        missing = [a for a in actions if a not in declared]
        check(not missing, "%s does not declare %s (named in the interface XML)" % (paths.polkit_policy, missing))
        say("using %s" % paths.polkit_policy)
    else:
        policy_text = bf.synthesize_polkit_policy(methods)
        say("note: %s does not exist yet; using an action file generated from the XML" % paths.polkit_policy)

    host_dirs = [bf.POLKIT_ACTIONS_DIR] + bf.POLKIT_RULES_DIRS + bf.POLKIT_OPTIONAL_RULES_DIRS
    before = snapshot(host_dirs)
    with HelperFixture(paths, with_helper=False, polkit_policy_text=policy_text) as fx:
        for user, expected in ((ALLOWED_USER, True), (DENIED_USER, False)):
            with UserClient(fx, user) as c:
                info = c.connect()
                say("%s: uid %d, bus name %s" % (user, info["uid"], info["unique_name"]))
                check(info["uid"] == fx.uids[user], "client runs as uid %d, not %s" % (info["uid"], user))
                for action in actions:
                    for subject in ("system-bus-name", "unix-process"):
                        res = check_ok(c.check_auth(action, subject), "CheckAuthorization %s for %s" % (action, user))
                        authorized, challenge, _details = res["body"][0]
                        check(authorized is expected and not challenge,
                              "polkitd answered (%s, %s) for %s, %s subject, action %s; the test's rules "
                              "say %s" % (authorized, challenge, user, subject, action, expected))
                    say("  %-45s %s" % (action, "yes" if expected else "no"))
                # The same question through an independent client, gdbus: a unix-process
                # subject for the shell's own pid (exec keeps pid and start time).
                r = fx.run_as(user, ["/bin/sh", "-c", GDBUS_CHECK, "sh", actions[0]], timeout=60)
                check(r.returncode == 0, "gdbus CheckAuthorization as %s failed:\n%s" % (user, r.describe()))
                want = "((%s, false, @a{ss} {}),)" % ("true" if expected else "false")
                check(r.stdout.strip() == want, "gdbus as %s: expected %s:\n%s" % (user, want, r.describe()))
                say("  gdbus (unix-process subject): %s" % r.stdout.strip())
                # The machine's own actions are invisible to the isolated polkitd.
                res = c.check_auth("org.freedesktop.policykit.exec")
                check(not res["ok"] and "not registered" in res.get("message", ""),
                      "polkitd sees the machine's own action org.freedesktop.policykit.exec: its "
                      "actions directory is not isolated: %r" % res)
    # Without the test's rule the same user is refused: the rule, not a default or a session,
    # is what grants (no logind session here, so polkit sees the subject as inactive).
    with HelperFixture(paths, with_helper=False, polkit_policy_text=policy_text, rules_text="// no rules\n") as fx:
        with UserClient(fx, ALLOWED_USER) as c:
            c.connect()
            for action in actions:
                res = check_ok(c.check_auth(action), "CheckAuthorization %s without rules" % action)
                check(res["body"][0][0] is False,
                      "without the test's rules polkitd still authorized %s for %s: %r" % (action, ALLOWED_USER, res))
        say("without the rules file %s is refused every action (no active session)" % ALLOWED_USER)
    after = snapshot(host_dirs)
    check(before == after, "the machine's polkit directories changed during the test:\n%r\n%r" % (before, after))
    say("the machine's polkit directories are unchanged; only the test's rules decided")


GDBUS_CHECK = r"""
start=$(sed 's/.*) //' /proc/$$/stat | cut -d' ' -f20)
exec gdbus call --system --dest org.freedesktop.PolicyKit1 \
    --object-path /org/freedesktop/PolicyKit1/Authority \
    --method org.freedesktop.PolicyKit1.Authority.CheckAuthorization \
    "(\"unix-process\", {\"pid\": <uint32 $$>, \"start-time\": <uint64 $start>})" \
    "$1" "{}" 0 ""
"""


def snapshot(dirs):
    out = {}
    for d in dirs:
        if not os.path.isdir(d):
            continue
        st = os.stat(d)
        entries = {}
        for name in sorted(os.listdir(d)):
            s = os.stat(os.path.join(d, name))
            entries[name] = (s.st_size, s.st_mtime_ns, s.st_mode)
        out[d] = (st.st_mtime_ns, st.st_mode, st.st_uid, entries)
    return out


# ---------------------------------------------------------------------------------------------
# Denied: every method of the XML


def call_denied(fx, c, method):
    args = bf.dummy_args(method.in_sig)
    res = c.call(method.name, method.in_sig, args)
    check_error(res, ERR + "NotAuthorized", "%s as %s" % (method.name, DENIED_USER))
    return res


def scenario_denied(paths, method_name):
    """One method (or every method with 'all'), called as the refused user: NotAuthorized,
    and the TPM is unchanged afterwards."""
    with HelperFixture(paths, factory=True) as fx:
        methods = fx.methods
        if method_name != "all":
            methods = [m for m in methods if m.name == method_name]
            check(methods, "the interface XML has no method %s (the ctest list is stale: "
                  "re-run cmake)" % method_name)
        for m in fx.methods:
            check(m.action and m.action.startswith(bf.ACTION_PREFIX),
                  "%s has no %s annotation naming its polkit action" % (m.name, bf.ACTION_ANNOTATION))
        before = direct_status(fx)
        failures = []
        with UserClient(fx, DENIED_USER) as c:
            c.connect()
            for m in methods:
                try:
                    seen = len(fx.polkitd.checks())
                    res = call_denied(fx, c, m)
                    asked = fx.polkitd.checks()[seen:]
                    check(asked == [(m.action, DENIED_USER)],
                          "%s must ask polkit exactly once, for %s as %s; polkitd's rule saw %r"
                          % (m.name, m.action, DENIED_USER, asked))
                    say("%-22s (%s) -> polkit %s -> %s: %s" % (m.name, m.in_sig, m.action, res["error"], res["message"]))
                except TestFailure as e:
                    failures.append(str(e))
                    say("%-22s FAILED: %s" % (m.name, e))
        after = direct_status(fx)
        if comparable_status(before) != comparable_status(after):
            failures.append("the TPM changed although every call should have been refused:\n"
                            "before %s\nafter  %s" % (json.dumps(before, sort_keys=True), json.dumps(after, sort_keys=True)))
        check(not failures, "%d of %d methods not refused as %s, or the TPM changed:\n  %s"
              % (len(failures), len(methods), DENIED_USER, "\n  ".join(failures)))
        helper_still_serves(fx)
        say("%d method(s) refused; the TPM is unchanged" % len(methods))


def scenario_policy_files(paths, _arg):
    """The polkit policy declares exactly the XML's actions with the issue's defaults, and
    the bus policy lets only root own the name."""
    paths.require("interface_xml", "polkit_policy", "bus_policy")
    methods = bf.load_interface(paths.interface_xml)
    wanted = {m.action for m in methods} | {bf.OTHER_USERS_JOBS_ACTION}
    import xml.etree.ElementTree as ET
    root = ET.parse(paths.polkit_policy).getroot()
    defaults = {}
    for a in root.findall("action"):
        d = a.find("defaults")
        defaults[a.get("id")] = {k: (d.find(k).text.strip() if d is not None and d.find(k) is not None else None)
                                 for k in ("allow_any", "allow_inactive", "allow_active")}
    check(set(defaults) == wanted, "polkit policy actions %s != XML actions %s"
          % (sorted(defaults), sorted(wanted)))
    for action, d in sorted(defaults.items()):
        if action.endswith(".read-state"):
            expected_active = "yes"
        elif (action.endswith(".force-clear") or action.endswith(".request-physical-presence")
              or action.endswith(".clear-with-lockout") or action.endswith(".reset-lockout")
              or action == bf.OTHER_USERS_JOBS_ACTION):
            # Destroys keys (or asks the firmware to), or lets passwords be guessed again at
            # once (issue 13): an administrator every time.
            expected_active = "auth_admin"
        else:
            expected_active = "auth_admin_keep"
        check(d["allow_active"] == expected_active, "%s: allow_active is %s, the issue says %s"
              % (action, d["allow_active"], expected_active))
        check(d["allow_any"] in ("no", "auth_admin", "auth_admin_keep"),
              "%s: allow_any %s lets remote/no-session callers in without a password" % (action, d["allow_any"]))
        say("%-45s any=%s inactive=%s active=%s" % (action, d["allow_any"], d["allow_inactive"], d["allow_active"]))
    with HelperFixture(paths, factory=False) as fx:
        with UserClient(fx, DENIED_USER) as c:
            c.connect()
            res = c.call("RequestName", "su", [bf.HELPER_NAME, 0], dest="org.freedesktop.DBus",
                         path="/org/freedesktop/DBus", interface="org.freedesktop.DBus")
            check_error(res, "org.freedesktop.DBus.Error.AccessDenied", "RequestName %s as %s" % (bf.HELPER_NAME, DENIED_USER))
            res = c.call("Frobnicate", "", [], interface="io.github.TpmProvisioner1.Private")
            check_error(res, "org.freedesktop.DBus.Error.AccessDenied",
                        "a call to another interface of the helper as %s" % DENIED_USER)
            res = c.call("Introspect", "", [], interface="org.freedesktop.DBus.Introspectable")
            check_ok(res, "Introspect (the bus policy must allow it)")
            check("io.github.TpmProvisioner1" in res["body"][0], "Introspect does not show the interface")
            res = c.call("Ping", "", [], interface="org.freedesktop.DBus.Peer")
            check_ok(res, "Peer.Ping (the bus policy must allow it)")
        say("bus policy: others cannot own the name nor call other interfaces; Introspectable/Peer allowed")


# ---------------------------------------------------------------------------------------------
# Allowed: provisioning through the helper


def scenario_provision_dbus(paths, _arg):
    """Factory -> Provision (restart-required) -> firmware restart -> Provision -> owned,
    verified by the helper and by root directly."""
    with HelperFixture(paths, factory=True) as fx:
        with allowed_client(fx) as c:
            # Issue 9, item 5: the options dictionary; lockPresence locks presence until the
            # next boot (checked below, before the restart clears it).
            job, ok, outcome, report = run_job(
                c, "Provision", [OWNER_SECRET, SRK_WELL_KNOWN, True, {"lockPresence": Variant("b", True)}])
            say("first Provision: job %s succeeded=%s outcome=%s" % (job, ok, outcome))
            check(outcome == "restart-required", "from the factory state Provision must stop with "
                  "outcome restart-required, got %r (succeeded=%s):\n%s" % (outcome, ok, report))
            res = check_ok(c.call("GetJob", "s", [job]), "GetJob %s" % job)
            check_reply_signature(fx, "GetJob", res)
            result = res["body"][0]
            check(result.get("id") == job and result.get("running") is False and result.get("outcome") == outcome,
                  "GetJob disagrees with JobFinished: %r" % result)
        check(presence_asserted(fx) is False, "presence is still asserted after Provision")
        check(dig(direct_status(fx), "flags", "stclear", "physicalPresenceLock") is True,
              "Provision with lockPresence did not lock physical presence")
        say("presence released and locked until the restart (lockPresence)")
        firmware_restart(fx)
        with allowed_client(fx) as c:
            job, ok, outcome, report = run_job(c, "Provision", [OWNER_SECRET, SRK_WELL_KNOWN, True, {}])
            say("second Provision: job %s succeeded=%s outcome=%s" % (job, ok, outcome))
            check(ok, "Provision after the restart must succeed, got outcome %r:\n%s" % (outcome, report))
            json.loads(report)  # the run's report is JSON
            res = check_ok(c.call("VerifyOwner", "ay", [OWNER_SECRET]), "VerifyOwner")
            check(res["body"][0] is True, "VerifyOwner with the right secret: %r" % res["body"])
            check_reply_signature(fx, "VerifyOwner", res)
            res = check_ok(c.call("VerifyOwner", "ay", [hashlib.sha1(b"wrong").digest()]), "VerifyOwner (wrong)")
            check(res["body"][0] is False, "VerifyOwner with a wrong secret: %r" % res["body"])
            # Authorization is per call, never cached for a connection (CVE-2020-27187).
            seen = len(fx.polkitd.checks())
            for _ in range(3):
                check_ok(c.call("GetState"), "GetState")
            asked = fx.polkitd.checks()[seen:]
            check(asked == [("io.github.tpmprovisioner.read-state", ALLOWED_USER)] * 3,
                  "3 GetState calls must ask polkit 3 times; the rule saw %r" % asked)
            res = check_ok(c.call("GetState"), "GetState")
            check_reply_signature(fx, "GetState", res)
            state, state_json = res["body"]
            check(state.get("owned") is True, "GetState says not owned: %r" % state)
            check(json.loads(state_json).get("owned") is True, "GetState JSON says not owned")
        status = direct_status(fx)
        check(status.get("owned") is True, "root's direct status says not owned")
        root_verify_owner(fx)
        helper_still_serves(fx)
        check_secret_not_logged(fx)
        say("owned and verified through the helper; the secret works directly")


def require_via_helper(fx):
    r = fx.run_as(ALLOWED_USER, [fx.paths.tpmprov, "--help"], timeout=60)
    check("via-helper" in r.stdout + r.stderr,
          "tpmprov has no --via-helper option yet (its --help does not mention it):\n" + r.describe())


def scenario_provision_cli(paths, _arg):
    """tpmprov --via-helper provision as tpmprov-allowed, from the factory state."""
    with HelperFixture(paths, factory=True) as fx:
        require_via_helper(fx)
        pwfile = write_password_file(fx, ALLOWED_USER)
        argv = [paths.tpmprov, "--via-helper", "provision", "--owner-password-file", pwfile]
        r = fx.run_as(ALLOWED_USER, argv)
        check(r.returncode == 3, "first provision through the helper: expected exit 3 (restart "
              "required):\n" + r.describe())
        firmware_restart(fx)
        r = fx.run_as(ALLOWED_USER, argv)
        check(r.returncode == 0, "provision through the helper after the restart:\n" + r.describe())
        r = fx.run_as(ALLOWED_USER, [paths.tpmprov, "--via-helper", "verify-owner", "--owner-password-file", pwfile])
        check(r.returncode == 0, "verify-owner through the helper:\n" + r.describe())
        check(direct_status(fx).get("owned") is True, "not owned (root, directly)")
        root_verify_owner(fx)
        # The refused user gets a clear refusal, not a crash.
        r = fx.run_as(DENIED_USER, [paths.tpmprov, "--via-helper", "--json", "status"])
        check(r.returncode == 1 and "not" in (r.stdout + r.stderr).lower(),
              "tpmprov --via-helper as %s must fail (exit 1) with a refusal:\n%s" % (DENIED_USER, r.describe()))
        say("tpmprov --via-helper provision: factory -> 3 -> restart -> 0; verified")


def scenario_tpm2_provision_cli(paths, _arg):
    """Issue 13: tpmprov's TPM 2.0 commands through the helper as tpmprov-allowed: provision
    with a new --lockout-password-file (generated and written by the user, 0600, theirs),
    verify-lockout, reset-lockout, clear without and with --yes."""
    with HelperFixture(paths, tpm2=True) as fx:
        require_via_helper(fx)
        home = os.path.join(fx.workdir, "home-allowed")
        os.mkdir(home)
        pw = pwd.getpwnam(ALLOWED_USER)
        os.chown(home, pw.pw_uid, pw.pw_gid)
        lockout = os.path.join(home, "lockout")
        tpmprov = [paths.tpmprov, "--via-helper"]
        r = fx.run_as(ALLOWED_USER, tpmprov + ["provision", "--lockout-password-file", lockout,
                                               "--da-max-tries", "12"])
        check(r.returncode == 0, "provision --lockout-password-file through the helper:\n" + r.describe())
        check("generated" in r.stdout, "says the password was generated:\n" + r.describe())
        st = os.stat(lockout)
        check(st.st_uid == pw.pw_uid and st.st_mode & 0o777 == 0o600,
              "the generated file is the user's and 0600: uid %d mode %o" % (st.st_uid, st.st_mode & 0o777))
        status = direct_status(fx)
        check(status["tpm2"]["permanent"]["lockoutAuthSet"] is True, "lockoutAuthSet (root, directly)")
        check(status["tpm2"]["dictionaryAttack"]["maxTries"] == 12, "--da-max-tries 12 reached the TPM")
        r = fx.tpmprov_root("verify-lockout", "--lockout-password-file", lockout)
        check(r.returncode == 0, "root's verify-lockout with the user's file:\n" + r.describe())
        for argv, what in ((["verify-lockout"], "accepts"), (["reset-lockout"], "counter")):
            r = fx.run_as(ALLOWED_USER, tpmprov + argv + ["--lockout-password-file", lockout])
            check(r.returncode == 0 and what in r.stdout, "%s through the helper:\n%s" % (argv[0], r.describe()))
        r = fx.run_as(ALLOWED_USER, tpmprov + ["clear", "--lockout-password-file", lockout])
        check(r.returncode == 2 and "--yes" in r.stderr, "clear without --yes is a usage error:\n" + r.describe())
        check(direct_status(fx)["tpm2"]["permanent"]["lockoutAuthSet"] is True, "nothing cleared without --yes")
        r = fx.run_as(ALLOWED_USER, tpmprov + ["--json", "clear", "--yes", "--lockout-password-file", lockout])
        check(r.returncode == 0, "clear --yes through the helper:\n" + r.describe())
        check(direct_status(fx)["tpm2"]["permanent"]["lockoutAuthSet"] is False, "cleared (root, directly)")
        # An owner password root set directly: VerifyOwnerPassword (PolicySecret) checks it
        # through the helper; a wrong one is refused and not counted.
        owner = os.path.join(home, "owner")
        with open(os.open(owner, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as f:
            f.write("owner words")
        os.chown(owner, pw.pw_uid, pw.pw_gid)
        os.remove(lockout)
        r = fx.tpmprov_root("provision", "--lockout-password-file", lockout, "--owner-password-file", owner)
        check(r.returncode == 0, "root provisions with an owner password:\n" + r.describe())
        r = fx.run_as(ALLOWED_USER, tpmprov + ["verify-owner", "--owner-password-file", owner])
        check(r.returncode == 0 and "accepts" in r.stdout, "verify-owner through the helper:\n" + r.describe())
        wrong = os.path.join(home, "wrong")
        with open(os.open(wrong, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as f:
            f.write("not it")
        os.chown(wrong, pw.pw_uid, pw.pw_gid)
        r = fx.run_as(ALLOWED_USER, tpmprov + ["verify-owner", "--owner-password-file", wrong])
        check(r.returncode == 1 and "not counted" in r.stdout, "a wrong owner password:\n" + r.describe())
        check(direct_status(fx)["tpm2"]["dictionaryAttack"]["counter"] == 0, "no failure counted")
        say("tpmprov --via-helper provision/verify-lockout/reset-lockout/clear/verify-owner on a TPM 2.0")


def scenario_status_same_json(paths, _arg):
    """tpmprov --json status as tpmprov-allowed through the helper == as root directly, for a
    TPM 1.2 (factory and fresh) and a TPM 2.0 (read through tpm2-tss on both paths)."""
    for factory, tpm2 in ((True, False), (False, False), (False, True)):
        with HelperFixture(paths, factory=factory, tpm2=tpm2) as fx:
            require_via_helper(fx)
            direct = direct_status(fx)
            for argv in (["--via-helper", "--json", "status"], ["--json", "status"]):
                r = fx.run_as(ALLOWED_USER, [paths.tpmprov] + argv)
                check(r.returncode == 0, "tpmprov %s as %s:\n%s" % (" ".join(argv), ALLOWED_USER, r.describe()))
                via = json.loads(r.stdout)
                a, b = comparable_status(via), comparable_status(direct)
                diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                check(not diff, "tpmprov %s as %s differs from root's direct status in %s:\nhelper %s\ndirect %s"
                      % (" ".join(argv), ALLOWED_USER, diff, json.dumps({k: a.get(k) for k in diff}),
                         json.dumps({k: b.get(k) for k in diff})))
                if tpm2:
                    check(via.get("tpm2", {}).get("permanent") is not None,
                          "no TPM 2.0 readings through the helper: %r" % via.get("tpm2"))
                say("%s state: `tpmprov %s` as %s == root direct" % (
                    "TPM 2.0" if tpm2 else "factory" if factory else "fresh", " ".join(argv), ALLOWED_USER))
            # Issue 9, item 2: the text too, printed through one formatter on both paths.
            direct_text = fx.tpmprov_root("status")
            check(direct_text.returncode == 0, "tpmprov status as root directly:\n" + direct_text.describe())
            r = fx.run_as(ALLOWED_USER, [paths.tpmprov, "--via-helper", "status"])
            check(r.returncode == 0, "tpmprov --via-helper status:\n" + r.describe())
            check(r.stdout == direct_text.stdout, "`tpmprov status` through the helper differs from "
                  "root's direct text:\n--- helper\n%s--- direct\n%s" % (r.stdout, direct_text.stdout))
            say("%s state: `tpmprov --via-helper status` prints root's direct text" % (
                "TPM 2.0" if tpm2 else "factory" if factory else "fresh"))


LOCKOUT_PASSWORD = b"helper test lockout password"


def tpm2_options(**extra):
    options = {"lockoutAuth": Variant("ay", LOCKOUT_PASSWORD)}
    options.update(extra)
    return options


def tpm2_permanent(fx):
    return direct_status(fx).get("tpm2", {}).get("permanent") or {}


def scenario_tpm2_provision(paths, _arg):
    """Issue 13: a TPM 2.0 provisioned by an allowed user through the helper (Provision with
    the lockout password in its options), then its lockout methods: VerifyLockout (right and
    wrong), ResetLockout, ClearWithLockout, each checked against the TPM directly."""
    with HelperFixture(paths, tpm2=True) as fx:
        with allowed_client(fx) as c:
            # A TPM 1.2's shape for a TPM 2.0: the job ends failed, nothing is sent.
            _, succeeded, outcome, report = run_job(c, "Provision", [OWNER_SECRET, SRK_WELL_KNOWN, True, {}])
            check(not succeeded and outcome == "failed" and "lockoutAuth" in report,
                  "a 1.2-shaped Provision on a TPM 2.0 must fail naming lockoutAuth: %s %s" % (outcome, report))
            check(tpm2_permanent(fx).get("lockoutAuthSet") is False, "lockoutAuthSet after a refused job")

            # A manufactured TPM's lockout password is empty: the empty value is a real one.
            res = check_ok(c.call("VerifyLockout", "ay", [b""]), "VerifyLockout (empty, manufactured)")
            check(res["body"][0] is True, "the empty lockout password of a manufactured TPM: %r" % res["body"])
            check_ok(c.call("ResetLockout", "ay", [b""]), "ResetLockout (empty, manufactured)")
            options = tpm2_options(daMaxTries=Variant("u", 10), daLockoutRecovery=Variant("u", 0),
                                   srkAlgorithm=Variant("s", "ecc"))
            _, succeeded, outcome, report = run_job(c, "Provision", [b"", b"", True, options])
            check(succeeded and outcome == "owned-and-verified",
                  "TPM 2.0 Provision through the helper: %s %s" % (outcome, report))
            say("Provision job: %s" % outcome)
            status = direct_status(fx)
            permanent = status["tpm2"]["permanent"]
            check(permanent.get("lockoutAuthSet") is True and permanent.get("ownerAuthSet") is False,
                  "after the job (root, directly): %r" % permanent)
            check(status["tpm2"]["dictionaryAttack"]["maxTries"] == 10, "daMaxTries 10 was not applied: %r"
                  % status["tpm2"]["dictionaryAttack"])
            # The password the helper set is the caller's bytes: root's tpmprov accepts them.
            path = os.path.join(fx.workdir, "lockout-root")
            with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
                f.write(LOCKOUT_PASSWORD)
            r = fx.tpmprov_root("verify-lockout", "--lockout-password-file", path)
            check(r.returncode == 0, "root's verify-lockout with the password the helper set:\n" + r.describe())

            res = check_ok(c.call("VerifyLockout", "ay", [LOCKOUT_PASSWORD]), "VerifyLockout")
            check_reply_signature(fx, "VerifyLockout", res)
            check(res["body"][0] is True, "VerifyLockout with the right password: %r" % res["body"])
            res = check_ok(c.call("ResetLockout", "ay", [LOCKOUT_PASSWORD]), "ResetLockout")
            check_reply_signature(fx, "ResetLockout", res)
            # A wrong one: accepted false, and (lockoutRecovery 0) the lockout password stays
            # blocked until the TPM restarts: the right one is refused too, never retried.
            res = check_ok(c.call("VerifyLockout", "ay", [b"not the password"]), "VerifyLockout (wrong)")
            check(res["body"][0] is False, "VerifyLockout with a wrong password: %r" % res["body"])
            res = c.call("ClearWithLockout", "ay", [LOCKOUT_PASSWORD])
            check_error(res, ERR + "Failed", "ClearWithLockout while the lockout password is blocked")
            check("explanation" in res["message"], "Failed carries the catalogue's words: %r" % res["message"])
            check(tpm2_permanent(fx).get("lockoutAuthSet") is True, "nothing cleared while blocked")
            firmware_restart(fx)
            res = check_ok(c.call("ClearWithLockout", "ay", [LOCKOUT_PASSWORD]), "ClearWithLockout")
            check_reply_signature(fx, "ClearWithLockout", res)
            status = direct_status(fx)
            check(status["tpm2"]["permanent"].get("lockoutAuthSet") is False, "lockoutAuthSet after the clear")
            check("0x81000001" not in json.dumps(status["tpm2"].get("persistentHandles", [])),
                  "the SRK after the clear: %r" % status["tpm2"].get("persistentHandles"))
            say("VerifyLockout true/false, ResetLockout, ClearWithLockout refused while blocked, "
                "then done after a restart")
            # And provisioned again from the cleared state.
            _, succeeded, outcome, report = run_job(c, "Provision", [b"", b"", True, tpm2_options()])
            check(succeeded, "Provision after the clear: %s %s" % (outcome, report))
        logs = [os.path.join(fx.workdir, n) for n in os.listdir(fx.workdir) if n.endswith(".log")]
        for log_path in logs:
            with open(log_path, "rb") as f:
                check(LOCKOUT_PASSWORD not in f.read(), "%s contains the lockout password" % log_path)
        helper_still_serves(fx)
        say("TPM 2.0 provisioned, checked, cleared and provisioned again through the helper; "
            "the password is in none of %d logs" % len(logs))


def scenario_ppi_request(paths, _arg):
    """Issue 13: RequestPhysicalPresence writes an offered operation to the firmware's
    ppi/request (a sysfs tree the test writes, the helper's --sysfs-root) and refuses one the
    firmware does not offer, writing nothing; the helper never opens the TPM for it."""
    tree = tempfile.mkdtemp(prefix="tpmprov-helper-ppi.")
    os.chmod(tree, 0o755)
    tpm = os.path.join(tree, "class", "tpm", "tpm0")
    os.makedirs(os.path.join(tpm, "ppi"))
    for name, content in {"tpm_version_major": "2\n", "ppi/version": "1.3\n",
                          "ppi/tcg_operations": "0 3: User required\n5 3: User required\n"
                                                "24 1: BIOS only\n",
                          "ppi/vs_operations": "", "ppi/request": "0\n",
                          "ppi/response": "0: No Recent Request\n",
                          "ppi/transition_action": "2: Reboot\n"}.items():
        with open(os.path.join(tpm, name), "w") as f:
            f.write(content)
    request = os.path.join(tpm, "ppi", "request")
    args = bf.Helper.DEFAULT_ARGS + ["--sysfs-root", tree]
    try:
        # /dev/tpm0 need not exist: the PPI goes through sysfs only.
        with HelperFixture(paths, helper_tpm="device:/dev/tpm0", helper_args=args) as fx:
            with allowed_client(fx) as c:
                res = check_ok(c.call("RequestPhysicalPresence", "u", [5]),
                               "RequestPhysicalPresence(5)")
                doc = json.loads(res["body"][0])
                check(doc.get("operation") == 5 and doc.get("status") == "user-required",
                      "RequestPhysicalPresence(5) returned %r" % doc)
                with open(request) as f:
                    check(f.read().strip() == "5", "ppi/request after the call")
                res = c.call("RequestPhysicalPresence", "u", [24])
                check_error(res, ERR + "Failed", "change-eps, which the firmware keeps to itself")
                check("firmware setup" in res["message"], "the refusal's words: %r" % res)
                with open(request) as f:
                    check(f.read().strip() == "5", "ppi/request changed although refused")
            # tpmprov through the helper: the name becomes its number on the client's side.
            with open(request, "w") as f:
                f.write("0\n")
            r = fx.run_as(ALLOWED_USER, [paths.tpmprov, "--via-helper", "ppi", "request", "clear"])
            check(r.returncode == 0, "tpmprov --via-helper ppi request clear:\n" + r.describe())
            check("confirm" in r.stdout, "what the next boot does: %r" % r.stdout)
            with open(request) as f:
                check(f.read().strip() == "5", "ppi/request after tpmprov --via-helper")
            r = fx.run_as(ALLOWED_USER, [paths.tpmprov, "--via-helper", "ppi", "request", "5"])
            check(r.returncode == 2, "a number instead of a name must be a usage error:\n"
                  + r.describe())
            say("RequestPhysicalPresence(5) written, (24) refused with nothing written; "
                "tpmprov --via-helper ppi request clear works")
    finally:
        shutil.rmtree(tree, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Bad input


def scenario_bad_arguments(paths, _arg):
    with HelperFixture(paths, factory=False, proxy=True) as fx:
        before = direct_status(fx)
        with allowed_client(fx) as c:
            cases = []
            for method in ("TakeOwnership", "Provision"):
                for n in (0, 19, 21, 64):
                    cases.append((method, "ayayba{sv}", [bytes(n), bytes(20), True, {}], ERR + "InvalidArgument",
                                  "owner secret of %d bytes" % n))
                    cases.append((method, "ayayba{sv}", [bytes(20), bytes(n), True, {}], ERR + "InvalidArgument",
                                  "SRK secret of %d bytes" % n))
                cases.append((method, "s", ["x"], DBUS_BAD_ARGS, "signature s"))
                cases.append((method, "ayay", [bytes(20), bytes(20)], DBUS_BAD_ARGS, "one argument missing"))
                cases.append((method, "aiayba{sv}", [[0] * 20, bytes(20), True, {}], DBUS_BAD_ARGS, "ai instead of ay"))
                cases.append((method, "ayaybb", [bytes(20), bytes(20), True, True], DBUS_BAD_ARGS, "b instead of the options"))
                cases.append((method, "ayayba{sv}b", [bytes(20), bytes(20), True, {}, True], DBUS_BAD_ARGS, "one argument too many"))
                # Issue 9, item 5: only known option keys, each with its one type.
                cases.append((method, "ayayba{sv}", [bytes(20), bytes(20), True, {"frobnicate": Variant("b", True)}],
                              ERR + "InvalidArgument", "an unknown option"))
                cases.append((method, "ayayba{sv}", [bytes(20), bytes(20), True, {"lockPresence": Variant("s", "yes")}],
                              ERR + "InvalidArgument", "lockPresence as a string"))
            for n in (0, 19, 21):
                cases.append(("VerifyOwner", "ay", [bytes(n)], ERR + "InvalidArgument", "secret of %d bytes" % n))
            # Issue 13: a TPM 2.0's lockout password is 1-64 bytes; its options go with it.
            for method in ("VerifyOwnerPassword", "VerifyLockout", "ResetLockout", "ClearWithLockout"):
                cases.append((method, "ay", [bytes(65)], ERR + "InvalidArgument", "a password of 65 bytes"))
                cases.append((method, "s", ["x"], DBUS_BAD_ARGS, "signature s"))
            cases.append(("VerifyOwnerPassword", "ay", [b""], ERR + "InvalidArgument", "an empty owner password"))
            # An empty lockout password is a real one (nobody set one): it passes the size
            # check and reaches the TPM, which here is a 1.2 (Failed after polkit).
            cases.append(("ResetLockout", "ay", [b""], ERR + "Failed", "an empty lockout password, a TPM 1.2"))
            lockout = Variant("ay", b"lockout")
            for args, what in (
                    ([b"", b"", True, {"lockoutAuth": Variant("ay", bytes(65))}], "a 65-byte lockoutAuth"),
                    ([b"", b"", True, {"lockoutAuth": Variant("ay", b"")}], "an empty lockoutAuth"),
                    ([b"", b"", True, {"lockoutAuth": Variant("s", "lockout")}], "lockoutAuth as a string"),
                    ([bytes(20), bytes(20), True, {"lockoutAuth": lockout}], "lockoutAuth with 1.2 secrets"),
                    ([b"", b"", True, {"lockoutAuth": lockout, "lockPresence": Variant("b", True)}],
                     "lockoutAuth with lockPresence"),
                    ([bytes(20), bytes(20), True, {"daMaxTries": Variant("u", 5)}], "daMaxTries without lockoutAuth"),
                    ([b"", b"", True, {"lockoutAuth": lockout, "daMaxTries": Variant("u", 0)}], "daMaxTries 0"),
                    ([b"", b"", True, {"lockoutAuth": lockout, "daMaxTries": Variant("s", "5")}], "daMaxTries as a string"),
                    ([b"", b"", True, {"lockoutAuth": lockout, "srkAlgorithm": Variant("s", "dsa")}], "srkAlgorithm dsa"),
                    ([b"", b"", True, {}], "empty secrets without lockoutAuth")):
                cases.append(("Provision", "ayayba{sv}", args, ERR + "InvalidArgument", what))
            cases.append(("TakeOwnership", "ayayba{sv}", [b"", b"", True, {"lockoutAuth": lockout}],
                          ERR + "InvalidArgument", "lockoutAuth (TakeOwnership is TPM 1.2's)"))
            # This helper's TPM is a 1.2: it has no lockout password (after polkit).
            cases.append(("VerifyLockout", "ay", [b"lockout"], ERR + "Failed", "a TPM 1.2"))
            cases += [
                ("VerifyOwner", "s", ["x"], DBUS_BAD_ARGS, "signature s"),
                ("GetState", "s", ["x"], DBUS_BAD_ARGS, "an argument it does not take"),
                ("Enable", "b", [True], DBUS_BAD_ARGS, "an argument it does not take"),
                ("GetJob", "u", [1], DBUS_BAD_ARGS, "u instead of s"),
                ("GetJob", "s", ["no-such-job"], ERR + "NoSuchJob", "an unknown job id"),
                ("GetJob", "s", [""], {ERR + "NoSuchJob", ERR + "InvalidArgument"}, "an empty job id"),
                ("Cancel", "s", ["no-such-job"], ERR + "NoSuchJob", "an unknown job id"),
                ("Frobnicate", "", [], "org.freedesktop.DBus.Error.UnknownMethod", "an unknown method"),
                # Only operation numbers from the fixed table, refused before polkit is asked.
                ("RequestPhysicalPresence", "u", [4], ERR + "InvalidArgument", "operation 4"),
                ("RequestPhysicalPresence", "u", [0xFFFFFFFF], ERR + "InvalidArgument",
                 "operation 0xFFFFFFFF"),
                ("RequestPhysicalPresence", "s", ["clear"], DBUS_BAD_ARGS, "a name, not a number"),
                # The test's helper talks to swtpm: no firmware, so no PPI (after polkit).
                ("RequestPhysicalPresence", "u", [5], ERR + "Failed", "an emulator has no PPI"),
                # The bus policy only lets calls to the one object through.
                ("GetState", "", [], {"org.freedesktop.DBus.Error.AccessDenied",
                                      "org.freedesktop.DBus.Error.UnknownMethod",
                                      "org.freedesktop.DBus.Error.UnknownObject"},
                 "the wrong object path", {"path": "/io/github/TpmProvisioner1/Other"}),
            ]
            failures = []
            for case in cases:
                method, sig, args, expected, what = case[:5]
                extra = case[5] if len(case) > 5 else {}
                res = c.call(method, sig, args, **extra)
                try:
                    check_error(res, expected, "%s(%s) with %s" % (method, sig, what))
                    say("%-14s %-7s %-28s -> %s" % (method, sig, what, res["error"]))
                except TestFailure as e:
                    failures.append(str(e))
                    say("FAILED: %s" % e)
            # ownerSecretStored false: refused at once (InvalidArgument), or a job that ends
            # without success before TakeOwnership; never an owned TPM with an unsaved secret.
            for method in ("TakeOwnership", "Provision"):
                res = c.call(method, "ayayba{sv}", [OWNER_SECRET, SRK_WELL_KNOWN, False, {}])
                if not res["ok"]:
                    try:
                        check_error(res, ERR + "InvalidArgument", "%s with ownerSecretStored false" % method)
                        say("%-14s ownerSecretStored false -> %s" % (method, res["error"]))
                    except TestFailure as e:
                        failures.append(str(e))
                else:
                    job = res["body"][0]
                    fin = c.wait_finished(job)
                    if not fin["ok"] or fin["body"][1] is not False:
                        failures.append("%s with ownerSecretStored false: job %s must end without "
                                        "success, got %r" % (method, job, fin))
                    else:
                        say("%-14s ownerSecretStored false -> job %s ended %s (not succeeded)"
                            % (method, job, fin["body"][2]))
            check(not failures, "%d bad calls were not refused as expected:\n  %s"
                  % (len(failures), "\n  ".join(failures)))
            # Issue 8, item 16: wrong sizes are refused before polkit is asked, so an oversized
            # argument never waits in memory for an answer.
            seen = len(fx.polkitd.checks())
            for method, sig, args, what in (
                    ("Provision", "ayayba{sv}", [bytes(1 << 20), bytes(20), True, {}], "a 1 MiB owner secret"),
                    ("Provision", "ayayba{sv}", [bytes(20), bytes(20), True, {"x%d" % i: Variant("b", True) for i in range(4096)}],
                     "4096 unknown options"),
                    ("VerifyOwner", "ay", [bytes(1 << 20)], "a 1 MiB secret"),
                    ("ClearWithLockout", "ay", [bytes(1 << 20)], "a 1 MiB lockout password"),
                    ("Provision", "ayayba{sv}", [b"", b"", True, {"lockoutAuth": Variant("ay", bytes(1 << 20))}],
                     "a 1 MiB lockoutAuth option"),
                    ("GetJob", "s", ["j" * 65], "a 65-character job id"),
                    ("Cancel", "s", ["j" * 4096], "a 4096-character job id")):
                res = c.call(method, sig, args)
                check_error(res, ERR + "InvalidArgument", "%s with %s" % (method, what))
            check(len(fx.polkitd.checks()) == seen,
                  "polkit was asked about calls with wrong-sized arguments: %r" % fx.polkitd.checks()[seen:])
        check(bf.TPM_ORD_TakeOwnership not in fx.proxy.ordinals,
              "a refused call reached the TPM: TPM_TakeOwnership was sent")
        after = direct_status(fx)
        check(comparable_status(before) == comparable_status(after), "the TPM changed after refused calls")
        helper_still_serves(fx)
        say("%d bad calls refused; the helper lives; the TPM is unchanged" % len(cases))


# ---------------------------------------------------------------------------------------------
# Jobs: busy, disconnect, kill, cancel (the proxy holds a TPM command = the "mid-job" point)


def start_held_provision(fx, c, ordinal=bf.TPM_ORD_TakeOwnership, secret=OWNER_SECRET):
    fx.proxy.hold(ordinal)
    res = check_ok(c.call("Provision", "ayayba{sv}", [secret, SRK_WELL_KNOWN, True, {}]), "Provision")
    job = res["body"][0]
    check(fx.proxy.wait_held(bf.JOB_TIMEOUT),
          "the Provision job %s never sent ordinal 0x%x to the TPM; helper log:\n%s" % (job, ordinal, fx.helper.log_text()))
    return job


def scenario_busy(paths, _arg):
    with HelperFixture(paths, factory=False, proxy=True) as fx:
        with allowed_client(fx) as a, allowed_client(fx) as b:
            job = start_held_provision(fx, a)
            say("job %s is held at TPM_TakeOwnership" % job)
            for method, sig, args in (("Provision", "ayayba{sv}", [OWNER_SECRET, SRK_WELL_KNOWN, True, {}]),
                                      ("TakeOwnership", "ayayba{sv}", [OWNER_SECRET, SRK_WELL_KNOWN, True, {}]),
                                      ("SelfTest", "", []), ("CreateEndorsementKey", "", [])):
                res = b.call(method, sig, args)
                check_error(res, ERR + "Busy", "%s while job %s runs" % (method, job))
                msg = res["message"]
                # Issue 8, item 17: a Busy error names no job (it may be another user's).
                check(job not in msg and "busy" in msg.lower(),
                      "the Busy error must say busy without a job id (job %s): %r" % (job, msg))
                say("%s -> Busy: %s" % (method, msg))
            res = check_ok(b.call("GetJob", "s", [job]), "GetJob while running")
            check(res["body"][0].get("running") is True, "GetJob says job %s is not running: %r" % (job, res["body"]))
            fx.proxy.release(forward=True)
            fin = check_ok(a.wait_finished(job), "JobFinished %s" % job)
            check(fin["body"][1] is True, "the held job did not succeed after release: %r" % fin["body"])
        root_verify_owner(fx)
        helper_still_serves(fx)
        say("second jobs refused with Busy (no job id); the first (%s) finished and owns the TPM" % job)


def wait_job_result(c, job):
    """GetJob until the job stops running. JobFinished goes only to the job's requester (a
    targeted signal), so a client that did not start the job polls GetJob, bounded."""
    res = check_ok(c.wait_job(job), "GetJob %s until it ends" % job)
    return res["body"][0]


def scenario_disconnect(paths, _arg):
    """The caller disconnects while TakeOwnership is at the TPM: the job finishes and the next
    authorized client reads the result."""
    with HelperFixture(paths, factory=False, proxy=True) as fx:
        a = allowed_client(fx)
        job = start_held_provision(fx, a)
        a.quit()  # the whole client process goes away, its connection with it
        fx.proxy.release(forward=True)
        with allowed_client(fx, watch=False) as b:
            result = wait_job_result(b, job)
        say("job %s after its caller left: %r" % (job, {k: v for k, v in result.items() if k != "json"}))
        check(result.get("succeeded") is True and result.get("running") is False,
              "a job whose caller left during TakeOwnership must finish and keep its result: %r" % result)
        check(bool(result.get("requestedBy")), "the job result does not say who requested it: %r" % result)
        check(direct_status(fx).get("owned") is True, "not owned after the job finished")
        root_verify_owner(fx)
        helper_still_serves(fx)


def scenario_kill_restart(paths, variant):
    """The helper is SIGKILLed while TakeOwnership is held at the proxy. variant 'sent': the
    command then reaches the TPM (owned with the client's secret, the answer lost);
    'dropped': it never does. Either way a restarted helper and a new Provision with the same
    secret end owned and verified, and the secret works directly."""
    check(variant in ("sent", "dropped"), "variant must be sent or dropped")
    with HelperFixture(paths, factory=False, proxy=True) as fx:
        with allowed_client(fx) as a:
            job = start_held_provision(fx, a)
            fx.helper.kill()
            say("helper killed with job %s at TPM_TakeOwnership" % job)
        fx.proxy.release(forward=(variant == "sent"))
        # The proxy's connection thread ends once it has forwarded (or dropped) the command.
        check(fx.proxy.wait_idle(bf.JOB_TIMEOUT), "the proxy still serves the killed helper's connections")
        owned = direct_status(fx).get("owned")
        check(owned is (variant == "sent"), "after the kill (%s) the TPM's owned flag is %s" % (variant, owned))
        if owned:
            root_verify_owner(fx)  # the client's secret is what the TPM holds: nothing lost
        fx.helper.start()
        with allowed_client(fx) as c:
            res = c.call("GetJob", "s", [job])
            say("GetJob %s on the restarted helper: %s" % (job, res.get("error") or res.get("body")))
            new_job, ok, outcome, report = run_job(c, "Provision", [OWNER_SECRET, SRK_WELL_KNOWN, True, {}])
            say("new Provision: succeeded=%s outcome=%s" % (ok, outcome))
            if variant == "dropped":
                check(ok, "Provision after a restart (TPM not owned) must succeed: %s\n%s" % (outcome, report))
            else:
                check(ok or "owned" in outcome.lower(),
                      "Provision on a TPM that the killed job owned must succeed (recover) or say it "
                      "is already owned, got %r:\n%s" % (outcome, report))
            res = check_ok(c.call("VerifyOwner", "ay", [OWNER_SECRET]), "VerifyOwner")
            check(res["body"][0] is True, "the owner secret does not verify through the helper: %r" % res["body"])
        check(direct_status(fx).get("owned") is True, "not owned at the end")
        root_verify_owner(fx)
        helper_still_serves(fx)
        check_secret_not_logged(fx)


def scenario_cancel(paths, _arg):
    """Cancel before TakeOwnership stops the job (no TakeOwnership sent); Cancel after
    TakeOwnership was sent does not stop it."""
    with HelperFixture(paths, factory=False, proxy=True) as fx:
        with allowed_client(fx) as c:
            job = start_held_provision(fx, c, ordinal=bf.TPM_ORD_SelfTestFull)
            res = c.call("Cancel", "s", [job])
            say("Cancel %s during the self-test: %s" % (job, res.get("error") or "ok"))
            check_ok(res, "Cancel before TakeOwnership")
            fx.proxy.release(forward=True)
            fin = check_ok(c.wait_finished(job), "JobFinished %s" % job)
            check(fin["body"][1] is False, "a cancelled job reported success: %r" % fin["body"])
            say("cancelled job outcome: %s" % fin["body"][2])
            check(bf.TPM_ORD_TakeOwnership not in fx.proxy.ordinals, "a cancelled job still sent TakeOwnership")
            check(direct_status(fx).get("owned") is False, "owned after a cancelled job")

            job = start_held_provision(fx, c, ordinal=bf.TPM_ORD_TakeOwnership)
            res = c.call("Cancel", "s", [job])
            say("Cancel %s during TakeOwnership: %s" % (job, res.get("error") or "ok"))
            fx.proxy.release(forward=True)
            fin = check_ok(c.wait_finished(job), "JobFinished %s" % job)
            check(fin["body"][1] is True, "a job past TakeOwnership must run to its end: %r" % fin["body"])
        root_verify_owner(fx)
        helper_still_serves(fx)


def scenario_idle_exit(paths, _arg):
    """The helper exits by itself when no job and no client remain."""
    with HelperFixture(paths, factory=False) as fx:
        fx.helper.stop()
        fx.helper.extra_args = ["--verbose", "--idle-timeout", "2", "--allow-emulator"]
        fx.helper.start()
        with allowed_client(fx, watch=False) as c:
            check_ok(c.call("GetState"), "GetState")
        fx.bus.wait_for_name_gone(bf.HELPER_NAME, 60)
        fx.helper.proc.wait(timeout=bf.STOP_TIMEOUT)
        check(fx.helper.proc.returncode == 0, "the idle helper exited with %s" % fx.helper.proc.returncode)
        say("the helper left the bus on its own after its idle time")


def presence_asserted(fx):
    return dig(direct_status(fx), "flags", "stclear", "physicalPresence")


def dig(doc, *keys):
    for key in keys:
        check(isinstance(doc, dict) and key in doc, "status JSON has no %s: %r" % (".".join(keys), doc))
        doc = doc[key]
    return doc


def scenario_presence_released(paths, _arg):
    """Issue 8, item 13: no helper method leaves physical presence asserted, so no other
    local program can ForceClear (or enable, activate) without being present."""
    with HelperFixture(paths, factory=True) as fx:
        check(presence_asserted(fx) is False, "presence asserted before the test")
        with allowed_client(fx, watch=False) as c:
            for method in ("AssertPresence", "Enable", "Activate"):
                check_ok(c.call(method), method)
                check(presence_asserted(fx) is False,
                      "physical presence is still asserted after %s" % method)
        firmware_restart(fx)
        with allowed_client(fx, watch=False) as c:
            check_ok(c.call("ForceClear"), "ForceClear")
        check(presence_asserted(fx) is False, "physical presence is still asserted after ForceClear")
        say("AssertPresence, Enable, Activate and ForceClear each left presence released")


def scenario_sigterm_mid_job(paths, _arg):
    """Issue 8, item 23: SIGTERM (systemctl stop, an upgrade, a shutdown) while a job has
    sent TakeOwnership: the helper finishes the job, reports it, refuses new calls, then
    exits 0; the TPM is owned with the client's secret."""
    with HelperFixture(paths, factory=False, proxy=True) as fx:
        with allowed_client(fx) as a, allowed_client(fx, watch=False) as b:
            job = start_held_provision(fx, a)
            os.kill(fx.helper.proc.pid, signal.SIGTERM)
            res = b.call("GetState")
            check_error(res, ERR + "Busy", "GetState after SIGTERM while job %s runs" % job)
            check(fx.helper.alive(), "the helper exited on SIGTERM with job %s at TakeOwnership:\n%s"
                  % (job, fx.helper.log_text()))
            fx.proxy.release(forward=True)
            fin = check_ok(a.wait_finished(job), "JobFinished %s after SIGTERM" % job)
            check(fin["body"][1] is True, "the job did not succeed after SIGTERM: %r" % fin["body"])
        fx.helper.proc.wait(timeout=bf.STOP_TIMEOUT)
        check(fx.helper.proc.returncode == 0, "the helper exited with %s after SIGTERM"
              % fx.helper.proc.returncode)
        check("exiting when it has finished" in fx.helper.log_text(),
              "the helper did not say it waits for the job:\n" + fx.helper.log_text())
        root_verify_owner(fx)
        say("SIGTERM during TakeOwnership: job %s finished, then the helper exited 0" % job)


FLOOD_CALLS = 200


def scenario_authorization_flood(paths, _arg):
    """Issue 8, item 16: a local user with no rights floods the helper with calls that
    polkit does not answer (here polkitd is stopped, as when the attacker's own agent never
    answers). Before: every call waited for polkit, past polkit's pending-replies limit, and
    allowed users were refused. Now each uid may have only a few calls waiting, the rest are
    answered Busy at once, the waiting checks are cancelled when the caller leaves, and an
    allowed user's call is answered as soon as polkit answers again."""
    with HelperFixture(paths, factory=False) as fx:
        polkitd_group = os.getpgid(fx.polkitd.proc.pid)
        os.killpg(polkitd_group, signal.SIGSTOP)
        try:
            attacker = UserClient(fx, DENIED_USER)
            attacker.connect()
            serials = [attacker.send("GetState")["serial"] for _ in range(FLOOD_CALLS)]
            # The bus daemon itself refuses a connection's calls beyond its pending-replies
            # limit; everything else past the helper's bound is answered Busy by the helper.
            refused = {ERR + "Busy": 0, "org.freedesktop.DBus.Error.LimitsExceeded": 0}
            for serial in serials[bf.MAX_AUTHORIZING_PER_UID:]:
                res = attacker.reply(serial, timeout=bf.CALL_TIMEOUT)
                check_error(res, set(refused), "flood call %d while polkit does not answer" % serial)
                refused[res["error"]] += 1
            check(refused[ERR + "Busy"] > 0, "the helper answered no flood call Busy: %r" % refused)
            say("flood calls refused at once while polkit did not answer: %r" % refused)
            attacker.quit()  # leaves with its first calls still waiting for polkit
            with allowed_client(fx, watch=False) as c:
                pending = c.send("GetState")["serial"]
                os.killpg(polkitd_group, signal.SIGCONT)
                res = c.reply(pending, timeout=bf.CALL_TIMEOUT)
                check_ok(res, "an allowed user's GetState after the flood")
            # The bus delivered the attacker's NameOwnerChanged before the allowed call, so the
            # helper had cancelled the attacker's checks before it answered.
            cancelled = "left the bus; cancelled %d pending" % bf.MAX_AUTHORIZING_PER_UID
            check(cancelled in fx.helper.log_text(),
                  "the helper did not cancel the leaving caller's checks:\n" + fx.helper.log_text())
        finally:
            os.killpg(polkitd_group, signal.SIGCONT)
        helper_still_serves(fx)
        say("the flood was bounded; the allowed user was answered")


JOBS_RULES = """\
// Written by helper_scenarios.py (jobs_per_user): %(allowed)s and %(other)s may use the helper;
// only %(allowed)s may read or cancel another user's job.
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("%(prefix)s") == 0) {
        polkit.log("TPMPROV-CHECK action=" + action.id + " user=" + subject.user);
        if (action.id == "%(others)s") {
            return subject.user == "%(allowed)s" ? polkit.Result.YES : polkit.Result.NO;
        }
        if (subject.user == "%(allowed)s" || subject.user == "%(other)s") {
            return polkit.Result.YES;
        }
        return polkit.Result.NO;
    }
});
""" % {"allowed": ALLOWED_USER, "other": bf.OTHER_USER, "prefix": bf.ACTION_PREFIX,
       "others": bf.OTHER_USERS_JOBS_ACTION}


def scenario_jobs_per_user(paths, _arg):
    """Issue 8, item 17: GetJob and Cancel belong to the job's requester (uid); anyone else
    needs the manage-other-users-jobs action; Busy names no job."""
    with HelperFixture(paths, factory=False, proxy=True, rules_text=JOBS_RULES) as fx:
        with allowed_client(fx) as owner, UserClient(fx, bf.OTHER_USER) as other:
            other.connect()
            job = start_held_provision(fx, owner)
            for method in ("GetJob", "Cancel"):
                res = other.call(method, "s", [job])
                check_error(res, ERR + "NotAuthorized", "%s of %s's job as %s" % (method, ALLOWED_USER, bf.OTHER_USER))
            res = other.call("SelfTest")
            check_error(res, ERR + "Busy", "SelfTest while %s's job runs" % ALLOWED_USER)
            check(job not in res["message"], "Busy names the other user's job: %r" % res["message"])
            asked = [a for a in fx.polkitd.checks() if a == (bf.OTHER_USERS_JOBS_ACTION, bf.OTHER_USER)]
            check(len(asked) == 2, "the other-users action was asked %d times for %s, not 2"
                  % (len(asked), bf.OTHER_USER))
            res = check_ok(owner.call("GetJob", "s", [job]), "GetJob of one's own job")
            check(res["body"][0].get("running") is True, "own job not running: %r" % res["body"])
            fx.proxy.release(forward=True)
            check_ok(owner.wait_finished(job), "JobFinished %s" % job)

            # The other user's job, read by the user the rules let act on others' jobs.
            check_ok(other.watch_jobs(), "AddMatch for job signals")
            res = check_ok(other.call("SelfTest"), "SelfTest as %s" % bf.OTHER_USER)
            other_job = res["body"][0]
            check_ok(other.wait_finished(other_job), "JobFinished %s" % other_job)
            res = check_ok(owner.call("GetJob", "s", [other_job]), "GetJob of another user's job with the action")
            check(res["body"][0].get("id") == other_job, "GetJob answered another job: %r" % res["body"])
            check((bf.OTHER_USERS_JOBS_ACTION, ALLOWED_USER) in fx.polkitd.checks(),
                  "reading another user's job did not ask for %s" % bf.OTHER_USERS_JOBS_ACTION)
        helper_still_serves(fx)
        say("jobs belong to their requester; others need %s" % bf.OTHER_USERS_JOBS_ACTION)
