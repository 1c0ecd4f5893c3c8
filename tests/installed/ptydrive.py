#!/usr/bin/python3
"""Runs a command as a user on a new terminal and answers its password prompts, as a person
at a text console would (runs inside the guest, as root).

    ptydrive.py NAME TIMEOUT MODE USER SECRET_FILE COMMAND...

The command runs as USER with a new pseudo-terminal as its stdin, stdout and stderr, either
without a login session (MODE "su": `runuser -u USER`, as after su), in a logind session
without a seat on that terminal (MODE "ssh": systemd-run with PAMName=login and the terminal
as TTYPath, as an ssh login is), or as the caller, in the caller's session (MODE "here": the
session's own polkit agent is `pkttyagent` run this way; "ready" is printed on stdout once it
has registered). Whenever the output ends in a password prompt and the terminal's echo is off
(the prompt is ready to read a password; typed earlier it would be echoed and lost), the
password from SECRET_FILE is typed. The whole transcript goes to SHARE/NAME.out, the exit
status to NAME.rc, the number of passwords typed to NAME.answers. The password never
appears on a command line.
"""

import os
import pty
import re
import select
import signal
import subprocess
import sys
import termios
import time

SHARE = os.path.dirname(os.path.abspath(__file__))
PROMPT = re.compile(rb"[Pp]assword( for [^:]*)?:\s*$")
ECHO_CHECK_INTERVAL = 0.05  # the echo flag changes without an event on the master side


def start(mode, user, command):
    """(process, master fd, slave fd or None): the command running on a new terminal."""
    if mode in ("su", "here"):
        argv = ["runuser", "-u", user, "--"] + command if mode == "su" else command
        pid, fd = pty.fork()
        if pid == 0:
            os.execvp(argv[0], argv)
        return pid, fd, None
    master, slave = os.openpty()
    argv = ["systemd-run", "--quiet", "--wait", "--collect", "--uid=" + user,
            "-p", "PAMName=login", "-p", "TTYPath=" + os.ttyname(slave),
            "-p", "StandardInput=tty", "-p", "StandardOutput=tty", "-p", "StandardError=tty",
            "--"] + command
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL)
    return proc, master, slave


def main():
    name, limit, mode, user, secret_file = sys.argv[1:6]
    command = sys.argv[6:]
    with open(secret_file, "rb") as f:
        secret = f.read().rstrip(b"\n")
    deadline = time.monotonic() + float(limit)
    notify = None
    if os.path.basename(command[0]) == "pkttyagent":
        # Told when the agent has registered (it closes this pipe), for "ready".
        notify, theirs = os.pipe()
        os.set_inheritable(theirs, True)
        command = command + ["--notify-fd", str(theirs)]
    child, fd, slave = start(mode, user, command)
    if notify is not None:
        os.close(theirs)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    # systemd-run's end (ssh mode) wakes the loop too: the terminal stays open meanwhile.
    exit_fd = None if isinstance(child, int) else os.pidfd_open(child.pid)
    result = {"transcript": b"", "answers": 0, "rc": None}
    try:
        result["rc"] = drive(child, fd, slave, exit_fd, notify, secret, deadline, result)
    finally:
        with open(os.path.join(SHARE, name + ".out"), "wb") as f:
            f.write(result["transcript"])
        for ext in ("answers", "rc"):
            if result[ext] is not None:
                with open(os.path.join(SHARE, "%s.%s" % (name, ext)), "w") as f:
                    f.write("%d\n" % result[ext])


def drive(child, fd, slave, exit_fd, notify, secret, deadline, result):
    """Reads the terminal, answers prompts; returns the command's exit status."""
    pending = b""  # output since the last answer
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            if isinstance(child, int):
                os.kill(child, 9)
            else:
                child.kill()
            result["transcript"] += b"\n[ptydrive: timed out]\n"
            break
        waiting_for_echo_off = PROMPT.search(pending) is not None
        watched = [fd] + [x for x in (exit_fd, notify) if x is not None]
        ready, _, _ = select.select(watched, [], [], min(remaining, ECHO_CHECK_INTERVAL)
                                    if waiting_for_echo_off else remaining)
        if notify is not None and notify in ready and not os.read(notify, 1):
            print("ready", flush=True)
            os.close(notify)
            notify = None
        if exit_fd is not None and exit_fd in ready and fd not in ready:
            break  # systemd-run returned and the terminal has nothing more to say
        if fd in ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the command and everything on the terminal exited
                break
            if not chunk:
                break
            result["transcript"] += chunk
            pending += chunk
        if PROMPT.search(pending) and not termios.tcgetattr(fd)[3] & termios.ECHO:
            os.write(fd, secret + b"\n")
            result["answers"] += 1
            pending = b""
    if isinstance(child, int):
        _, status = os.waitpid(child, 0)
        return os.waitstatus_to_exitcode(status)
    rc = child.wait()
    os.close(slave)
    os.close(exit_fd)
    return rc

if __name__ == "__main__":
    main()
