"""Processes for the Python test tiers: each started in its own session and stopped as a
group (signal, bounded wait, SIGKILL), one line read from a child with a deadline, and the
end of a log for a failure message. Nothing here sleeps to synchronise."""

import os
import select
import signal
import subprocess
import sys
import time

STOP_TIMEOUT = 10  # a daemon to exit after SIGTERM


def _report(message):
    sys.stderr.write("[processes] %s\n" % message)
    sys.stderr.flush()


class FixtureError(Exception):
    """A fixture could not be set up; the message says what is missing and where."""


def stop_process_group(proc, sig=signal.SIGTERM, timeout=STOP_TIMEOUT, on_stuck=_report):
    """Signals the process's group (with SIGCONT, in case it is stopped), waits bounded,
    then SIGKILLs the group: the leader may be gone while its children live on. Returns the
    leader's exit status."""
    if proc is None:
        return None
    if proc.poll() is None:
        for each in (sig, signal.SIGCONT):
            try:
                os.killpg(proc.pid, each)
            except (ProcessLookupError, PermissionError):
                pass
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=max(timeout, 30))
    except subprocess.TimeoutExpired:
        if on_stuck:
            on_stuck("process %d did not die after SIGKILL" % proc.pid)
    return proc.returncode


class ProcessGroup:
    """Starts processes in their own sessions and kills every one of them, as a group."""

    def __init__(self, on_stuck=_report):
        self.procs = []  # (name, Popen)
        self.on_stuck = on_stuck

    def start(self, name, argv, **kwargs):
        kwargs.setdefault("stdin", subprocess.DEVNULL)
        proc = subprocess.Popen(argv, start_new_session=True, **kwargs)
        self.procs.append((name, proc))
        return proc

    def stop(self, proc, sig=signal.SIGTERM, timeout=STOP_TIMEOUT):
        return stop_process_group(proc, sig, timeout, self.on_stuck)

    def stop_all(self):
        for _name, proc in reversed(self.procs):
            self.stop(proc)
        self.procs = []


def read_line_from(proc, stream, timeout, what):
    """One line from a child's pipe, bounded; FixtureError if it dies or stays silent."""
    deadline = time.monotonic() + timeout
    data = b""
    fd = stream.fileno()
    while b"\n" not in data:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FixtureError("%s: nothing within %d s" % (what, timeout))
        readable, _, _ = select.select([fd], [], [], remaining)
        if readable:
            chunk = os.read(fd, 4096)
            if not chunk:
                proc.wait(timeout=STOP_TIMEOUT)
                raise FixtureError("%s: exited (status %s) before it was ready" % (what, proc.returncode))
            data += chunk
    return data.split(b"\n", 1)[0].decode()


def tail(path, lines=40, prefix="    | ", missing="<no log>"):
    """The last lines of a log, indented for a failure message."""
    try:
        with open(path, "r", encoding="utf-8", errors="replace") as f:
            content = f.read().splitlines()
    except OSError:
        return missing
    return "\n".join(prefix + line for line in content[-lines:]) or prefix + "<empty>"
