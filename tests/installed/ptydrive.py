#!/usr/bin/python3
"""Runs a command as a user on a new terminal and answers its password prompts, as a person
at a text console would (runs inside the guest, as root).

    ptydrive.py NAME TIMEOUT MODE USER SECRET_FILE COMMAND...

The command runs as USER with a new pseudo-terminal as its stdin, stdout and stderr, either
without a login session (MODE "su": `runuser -u USER`, as after su) or in a logind session
without a seat on that terminal (MODE "ssh": systemd-run with PAMName=login and the terminal
as TTYPath, as an ssh login is). Whenever the output ends in a password prompt and the terminal's echo is off
(the prompt is ready to read a password; typed earlier it would be echoed and lost), the
password from SECRET_FILE is typed. The whole transcript goes to SHARE/NAME.out, the exit
status to NAME.rc, the number of passwords typed to NAME.answers. The password never
appears on a command line.
"""

import os
import pty
import re
import select
import subprocess
import sys
import termios
import time

SHARE = os.path.dirname(os.path.abspath(__file__))
PROMPT = re.compile(rb"[Pp]assword( for [^:]*)?:\s*$")
ECHO_CHECK_INTERVAL = 0.05  # the echo flag changes without an event on the master side


def start(mode, user, command):
    """(process, master fd, slave fd or None): the command running on a new terminal."""
    if mode == "su":
        pid, fd = pty.fork()
        if pid == 0:
            os.execvp("runuser", ["runuser", "-u", user, "--"] + command)
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
    child, fd, slave = start(mode, user, command)
    # systemd-run's end (ssh mode) wakes the loop too: the terminal stays open meanwhile.
    exit_fd = None if isinstance(child, int) else os.pidfd_open(child.pid)
    transcript = b""
    pending = b""  # output since the last answer
    answers = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            if isinstance(child, int):
                os.kill(child, 9)
            else:
                child.kill()
            transcript += b"\n[ptydrive: timed out]\n"
            break
        waiting_for_echo_off = PROMPT.search(pending) is not None
        watched = [fd] + ([exit_fd] if exit_fd is not None else [])
        ready, _, _ = select.select(watched, [], [], min(remaining, ECHO_CHECK_INTERVAL)
                                    if waiting_for_echo_off else remaining)
        if exit_fd in ready and fd not in ready:
            break  # systemd-run returned and the terminal has nothing more to say
        if fd in ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the command and everything on the terminal exited
                break
            if not chunk:
                break
            transcript += chunk
            pending += chunk
        if PROMPT.search(pending) and not termios.tcgetattr(fd)[3] & termios.ECHO:
            os.write(fd, secret + b"\n")
            answers += 1
            pending = b""
    if isinstance(child, int):
        _, status = os.waitpid(child, 0)
        rc = os.waitstatus_to_exitcode(status)
    else:
        rc = child.wait()
        os.close(slave)
        os.close(exit_fd)
    with open(os.path.join(SHARE, name + ".out"), "wb") as f:
        f.write(transcript)
    for ext, value in (("answers", answers), ("rc", rc)):
        with open(os.path.join(SHARE, "%s.%s" % (name, ext)), "w") as f:
            f.write("%d\n" % value)


if __name__ == "__main__":
    main()
