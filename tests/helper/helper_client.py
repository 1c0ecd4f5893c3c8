#!/usr/bin/python3
"""The client side of the helper tests, run AS A TEST USER (setpriv) by bus_fixture.UserClient.

Reads one JSON request per line on stdin, answers one JSON line on stdout, so the test
process (root) can interleave client calls with what it does to swtpm, the proxy or the
helper. Requests:

  {"op": "connect", "conn": "a"}                  -> {"ok": true, "unique_name": ":1.7"}
  {"op": "call", "conn": "a", "method": "Provision", "sig": "ayayba{sv}", "args": [...],
   "interface": "...", "path": "...", "dest": "...", "timeout": 60}
                                                  -> {"ok": true, "body": [...], "sig": "s"}
                                                     or {"ok": false, "error": NAME, "message": M}
  {"op": "send", ...same as call...}              -> {"ok": true, "serial": 5} (no wait)
  {"op": "reply", "conn": "a", "serial": 5, "timeout": 60}  -> as for call
  {"op": "watch_jobs", "conn": "a"}               -> AddMatch for JobProgress/JobFinished
  {"op": "wait_finished", "conn": "a", "job": "...", "timeout": 300}
                                                  -> {"ok": true, "body": [job, ok, outcome, json],
                                                      "progress": [[step, message], ...]}
  {"op": "wait_job", "conn": "a", "job": "...", "timeout": 300}
                                                  -> GetJob's reply once the job no longer runs
  {"op": "check_auth", "conn": "a", "action": "...", "subject": "system-bus-name"|"unix-process"}
  {"op": "close", "conn": "a"}
  {"op": "quit"}

JSON encoding of D-Bus values: bytes as {"$bytes": "hex"}, a variant as {"$v": [sig, value]},
structs as lists. Standard library only.
"""

import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from dbus_client import Connection, DBusError, Variant  # noqa: E402

HELPER = ("io.github.TpmProvisioner1", "/io/github/TpmProvisioner1", "io.github.TpmProvisioner1")


def decode(value):
    if isinstance(value, dict):
        if set(value) == {"$bytes"}:
            return bytes.fromhex(value["$bytes"])
        if set(value) == {"$v"}:
            return Variant(value["$v"][0], decode(value["$v"][1]))
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def encode(value):
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": bytes(value).hex()}
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, Variant):
        return encode(value.value)
    return value


def start_time_of_self():
    with open("/proc/self/stat") as f:
        stat = f.read()
    return int(stat[stat.rindex(")") + 2 :].split()[19])  # field 22, after "pid (comm) "


def main():
    address = os.environ["DBUS_SYSTEM_BUS_ADDRESS"]
    conns = {}
    for line in sys.stdin:
        req = json.loads(line)
        op = req["op"]
        try:
            if op == "quit":
                print(json.dumps({"ok": True}), flush=True)
                return 0
            if op == "connect":
                conns[req["conn"]] = Connection(address)
                res = {"ok": True, "unique_name": conns[req["conn"]].unique_name, "uid": os.getuid()}
            elif op == "close":
                conns.pop(req["conn"]).close()
                res = {"ok": True}
            else:
                c = conns[req["conn"]]
                if op in ("call", "send"):
                    serial = c.call_async(
                        req.get("dest", HELPER[0]),
                        req.get("path", HELPER[1]),
                        req.get("interface", HELPER[2]),
                        req["method"],
                        req.get("sig", ""),
                        decode(req.get("args", [])),
                    )
                    if op == "send":
                        res = {"ok": True, "serial": serial}
                    else:
                        msg = c.wait_reply(serial, req.get("timeout", 60))
                        res = {"ok": True, "body": encode(msg.body), "sig": msg.signature}
                elif op == "reply":
                    msg = c.wait_reply(req["serial"], req.get("timeout", 60))
                    res = {"ok": True, "body": encode(msg.body), "sig": msg.signature}
                elif op == "watch_jobs":
                    c.add_match("type='signal',interface='%s',path='%s'" % (HELPER[2], HELPER[1]))
                    res = {"ok": True}
                elif op == "wait_finished":
                    progress = []

                    def finished(m):
                        if m.member == "JobProgress" and m.body and m.body[0] == req["job"]:
                            progress.append([m.body[1], m.body[2]])
                        return m.member == "JobFinished" and m.body and m.body[0] == req["job"]

                    msg = c.wait_signal(finished, req.get("timeout", 300))
                    # Progress signals already queued before this wait.
                    if msg is None:
                        res = {"ok": False, "error": "test.Timeout",
                               "message": "no JobFinished for %s within %s s" % (req["job"], req.get("timeout", 300)),
                               "progress": progress}
                    else:
                        res = {"ok": True, "body": encode(msg.body), "progress": progress}
                elif op == "wait_job":
                    # JobFinished is sent only to the job's requester (a targeted signal), so
                    # another client polls GetJob, bounded; between polls it waits on the
                    # connection (a signal for it ends the wait early).
                    deadline = time.monotonic() + req.get("timeout", 300)
                    polls = 0
                    while True:
                        polls += 1
                        msg = c.call(HELPER[0], HELPER[1], HELPER[2], "GetJob", "s", [req["job"]], timeout=60)
                        result = msg.body[0]
                        if not result.get("running", True):
                            res = {"ok": True, "body": encode(msg.body), "polls": polls}
                            break
                        if time.monotonic() >= deadline:
                            res = {"ok": False, "error": "test.Timeout",
                                   "message": "job %s still running after %s s" % (req["job"], req.get("timeout", 300))}
                            break
                        c.wait_signal(lambda m: m.member == "JobFinished" and m.body[0] == req["job"],
                                      min(0.2, max(0.0, deadline - time.monotonic())))
                elif op == "check_auth":
                    if req.get("subject", "system-bus-name") == "system-bus-name":
                        subject = ("system-bus-name", {"name": Variant("s", c.unique_name)})
                    else:
                        subject = ("unix-process", {
                            "pid": Variant("u", os.getpid()),
                            "start-time": Variant("t", start_time_of_self()),
                            "uid": Variant("i", os.getuid()),
                        })
                    msg = c.call("org.freedesktop.PolicyKit1", "/org/freedesktop/PolicyKit1/Authority",
                                 "org.freedesktop.PolicyKit1.Authority", "CheckAuthorization",
                                 "(sa{sv})sa{ss}us", [subject, req["action"], {}, 0, ""], timeout=60)
                    res = {"ok": True, "body": encode(msg.body)}
                else:
                    res = {"ok": False, "error": "test.BadRequest", "message": "unknown op %r" % op}
        except DBusError as e:
            res = {"ok": False, "error": e.name, "message": e.message}
        except Exception as e:  # reported to the test, which fails with it
            res = {"ok": False, "error": "test.ClientException", "message": "%s: %s" % (type(e).__name__, e)}
        print(json.dumps(res), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
