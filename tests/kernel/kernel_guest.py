"""Boot a Debian kernel under QEMU (TCG) with a swtpm TPM 1.2 and run host-built programs in it.

The guest is the installed linux-image-amd64 kernel (tpm, tpm_tis_core and tpm_tis built in)
and a tiny initramfs: static busybox, the virtio/9p/overlay modules from modules.dep, and an
/init that mounts the host's / read-only over virtio-9p under a tmpfs overlay, mounts the
per-test share (writable 9p) at the same path it has on the host, and runs
`bash SHARE/job.sh` in a chroot of that overlay. Afterwards it writes SHARE/exit-status and
powers off.

Channels between host and guest:
  ttyS0  console (kernel messages, the job's stdout/stderr)  -> host, logged to console.log
  ttyS1  control line (one line per message, both ways)     <-> host callback
  share  files: the job script, password files, outputs, exit-status

The kernel and initramfs are cached in a directory (the build tree): the initramfs is built
once per kernel/busybox/init-script combination, the uncompressed vmlinux (for qboot's PVH
boot) once per kernel image. Python standard library only; every wait is bounded; every
process started here is killed on exit (and dies with us through PR_SET_PDEATHSIG).
"""

import ctypes
import fcntl
import gzip
import hashlib
import lzma
import os
import select
import shutil
import signal
import socket
import stat
import struct
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from processes import stop_process_group, tail  # noqa: E402  (shared by the Python tiers)

QBOOT = "/usr/share/qemu/qboot.rom"
OVMF_CODE = "/usr/share/OVMF/OVMF_CODE_4M.fd"  # package ovmf: UEFI firmware with TPM PPI
OVMF_VARS = "/usr/share/OVMF/OVMF_VARS_4M.fd"
QEMU = "qemu-system-x86_64"
GUEST_MODULES = ["virtio_pci", "9pnet_virtio", "9p", "overlay"]
SHARE_TAG = "ktestshare"
ROOT_TAG = "hostroot"
HARNESS_VERSION = "2"
POWEROFF_GRACE = 15.0  # seconds between the job's end and QEMU's exit before it is killed  # bump when the initramfs layout changes

# The start of every /init of ours (busybox ash): the applets, die(), the kernel's file
# systems, then the modules (@MODULES@ becomes the insmod lines). tests/installed's /init
# starts the same way.
INIT_PREAMBLE = r"""/bin/busybox --install -s /bin
export PATH=/bin
die() {
    echo "KTEST-INIT-FAILED: $*"
    poweroff -f
}
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
@MODULES@
"""

INIT_SCRIPT = r"""#!/bin/busybox sh
# /init of the tpmprov kernel-test initramfs (tests/kernel/kernel_guest.py)
""" + INIT_PREAMBLE + r"""[ -n "$KTEST_SHARE" ] || die "no KTEST_SHARE= on the kernel command line"
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=262144 @ROOT_TAG@ /mnt/host || die "mount hostroot"
mount -t tmpfs -o mode=0755 tmpfs /mnt/rw || die "mount tmpfs"
mkdir -p /mnt/rw/upper /mnt/rw/work
mount -t overlay -o lowerdir=/mnt/host,upperdir=/mnt/rw/upper,workdir=/mnt/rw/work overlay /mnt/root || die "mount overlay"
r=/mnt/root
mount -t proc proc "$r/proc"
mount -t sysfs sysfs "$r/sys"
mount -t devtmpfs devtmpfs "$r/dev"
mkdir -p "$r/dev/pts" "$r/dev/shm"
mount -t devpts -o ptmxmode=0666,mode=0620 devpts "$r/dev/pts"
mount -t tmpfs tmpfs "$r/dev/shm"
# /tmp and /run stay the host's, seen through the overlay (writes go to its tmpfs): the
# binaries under test and the share may live there.
mkdir -p "$r$KTEST_SHARE"
mount -t 9p -o trans=virtio,version=9p2000.L,msize=262144 @SHARE_TAG@ "$r$KTEST_SHARE" || die "mount share at $KTEST_SHARE"
stty -F /dev/ttyS1 raw -echo 2>/dev/null
echo "KTEST-READY uptime $(cut -d' ' -f1 /proc/uptime)"
chroot "$r" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 TERM=dumb KTEST_SHARE="$KTEST_SHARE" \
    /bin/bash "$KTEST_SHARE/job.sh"
rc=$?
if [ "$rc" = 99 ]; then
    # The job asked for a reboot (a guest without -no-reboot stays in its QEMU, as a PPI
    # request needs: it lives in QEMU's memory).
    sync
    umount "$r$KTEST_SHARE"
    echo "KTEST-REBOOT uptime $(cut -d' ' -f1 /proc/uptime)"
    reboot -f
fi
echo "$rc" > "$r$KTEST_SHARE/exit-status.tmp" && mv "$r$KTEST_SHARE/exit-status.tmp" "$r$KTEST_SHARE/exit-status"
sync
umount "$r$KTEST_SHARE"
echo "KTEST-DONE status $rc uptime $(cut -d' ' -f1 /proc/uptime)"
poweroff -f
"""

# The job's tools (bash): the control line on fd 5 and commands whose output lands in the
# share ($share). tests/installed's jobs use them too.
GUEST_FUNCTIONS = r"""# ktest_say MESSAGE: one line to the host's control callback.
ktest_say() { printf '%s\n' "$*" >&5; }
# ktest_wait EXPECTED SECONDS: the host's next control line must be EXPECTED.
ktest_wait() {
    local line=""
    IFS= read -r -t "$2" line <&5 || { echo "ktest: no '$1' from the host within $2 s"; return 1; }
    line="${line%$'\r'}"
    [[ "$line" == "$1" ]] || { echo "ktest: expected '$1' from the host, got '$line'"; return 1; }
}
# ktest_run NAME TIMEOUT CMD...: run CMD with output in NAME.out/NAME.err, status in NAME.rc.
ktest_run() {
    local name="$1" limit="$2" rc=0
    shift 2
    echo "ktest: + $*"
    timeout -k 5 "$limit" "$@" </dev/null >"$share/$name.out" 2>"$share/$name.err" || rc=$?
    echo "$rc" >"$share/$name.rc"
    echo "ktest: $name exited $rc"
    return 0
}
"""

# Sourced at the top of every job script (bash, in the guest's chroot).
JOB_PRELUDE = r"""set -uo pipefail
share="$KTEST_SHARE"
cd "$share"
exec 5<>/dev/ttyS1
""" + GUEST_FUNCTIONS


class HarnessError(Exception):
    """The harness itself could not do its job (missing package, guest hung, ...)."""


class GuestTimeout(HarnessError):
    pass


def log(message):
    print("[kernel] %s" % message, flush=True)


# ---------------------------------------------------------------------------------------------
# Process hygiene

_LIBC = ctypes.CDLL(None, use_errno=True)
_PR_SET_PDEATHSIG = 1


def _die_with_parent():
    # Runs in the child between fork and exec: SIGKILL when the harness dies, whatever kills it.
    _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def spawn(argv, **kwargs):
    """Popen in its own process group, killed when this process dies."""
    return subprocess.Popen(argv, preexec_fn=_die_with_parent, start_new_session=True, **kwargs)


def kill_process(proc, grace=5.0):
    """SIGTERM (and SIGCONT, in case it is stopped) to its group, bounded wait, SIGKILL;
    reaps it (tests/support/processes.py)."""
    stop_process_group(proc, signal.SIGTERM, grace)


def install_signal_handlers():
    """SIGTERM/SIGINT/SIGHUP (ctest's timeout) raise SystemExit so that `finally` blocks run."""

    def handler(signum, _frame):
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, handler)


# ---------------------------------------------------------------------------------------------
# Host environment


def kvm_is_pvm():
    """/dev/kvm served by kvm_pvm only boots PVM guests: the facts file says use TCG here."""
    return os.path.isdir("/sys/module/kvm_pvm")


def find_kernel():
    """(version, /boot/vmlinuz-VERSION, /lib/modules/VERSION) of the newest installed kernel."""
    candidates = []
    for name in os.listdir("/lib/modules") if os.path.isdir("/lib/modules") else []:
        image = "/boot/vmlinuz-" + name
        if os.path.isfile(image) and os.path.isfile("/lib/modules/%s/modules.dep" % name):
            candidates.append(name)
    if not candidates:
        raise HarnessError("no kernel image with modules installed (apt-get install "
                           "linux-image-amd64; tools/install-deps)")

    def version_key(name):
        return [int(p) if p.isdigit() else p for p in name.replace("-", ".").split(".")]

    version = sorted(candidates, key=version_key)[-1]
    return version, "/boot/vmlinuz-" + version, "/lib/modules/" + version


def check_host_tools(need_seabios=False, need_ovmf=False):
    missing = []
    if need_ovmf:
        missing += [p for p in (OVMF_CODE, OVMF_VARS) if not os.path.isfile(p)]
    for tool in (QEMU, "swtpm", "busybox"):
        if shutil.which(tool) is None:
            missing.append(tool)
    if not os.path.isfile(QBOOT):
        missing.append(QBOOT)
    if need_seabios and not any(os.path.isfile(p) for p in (
            "/usr/share/seabios/bios-256k.bin", "/usr/share/qemu/bios-256k.bin")):
        missing.append("SeaBIOS (bios-256k.bin)")
    busybox = shutil.which("busybox")
    if busybox and not _is_static_elf(busybox):
        missing.append("a static busybox (busybox-static)")
    if missing:
        raise HarnessError("missing on the host: %s (tools/install-deps installs them)"
                           % ", ".join(missing))


def _is_static_elf(path):
    with open(path, "rb") as f:
        data = f.read(1 << 20)
    if data[:4] != b"\x7fELF":
        return False
    # A dynamically linked ELF names its interpreter (PT_INTERP, type 3).
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        p_type, = struct.unpack_from("<I", data, phoff + i * phentsize)
        if p_type == 3:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Cached artifacts: uncompressed vmlinux and the initramfs


class _CacheLock:
    """flock on CACHE/.lock: parallel tests build an artifact once."""

    def __init__(self, cache_dir):
        os.makedirs(cache_dir, exist_ok=True)
        self._fd = os.open(os.path.join(cache_dir, ".lock"), os.O_RDWR | os.O_CREAT, 0o644)

    def __enter__(self):
        deadline = time.monotonic() + 600
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise HarnessError("cache lock held for 10 minutes")
                # Another test builds the same artifact (seconds); re-check at a short interval.
                select.select([], [], [], 0.2)

    def __exit__(self, *exc):
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)


def _file_digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _decompress_payload(payload):
    if payload[:6] == b"\xfd7zXZ\x00":
        d = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
        return d.decompress(payload)
    if payload[:2] == b"\x1f\x8b":
        return gzip.decompress(payload)
    if payload[:3] == b"\x5d\x00\x00":
        return lzma.LZMADecompressor(format=lzma.FORMAT_ALONE).decompress(payload)
    raise HarnessError("kernel payload compression not supported by the harness (magic %s); "
                       "use SeaBIOS or add a decompressor" % payload[:6].hex())


def extract_vmlinux(bzimage):
    """The ELF vmlinux inside a bzImage (its payload, per the x86 boot protocol header)."""
    with open(bzimage, "rb") as f:
        data = f.read()
    if data[0x202:0x206] != b"HdrS":
        raise HarnessError("%s is not a bzImage" % bzimage)
    setup_sects = data[0x1F1] or 4
    payload_offset, payload_length = struct.unpack_from("<II", data, 0x248)
    start = (setup_sects + 1) * 512 + payload_offset
    elf = _decompress_payload(data[start:start + payload_length])
    if elf[:4] != b"\x7fELF":
        raise HarnessError("decompressed kernel payload is not an ELF image")
    return elf


def cached_vmlinux(cache_dir, bzimage):
    """CACHE/vmlinux-<digest>: built once per kernel image."""
    name = "vmlinux-" + _file_digest(bzimage)[:16]
    path = os.path.join(cache_dir, name)
    with _CacheLock(cache_dir):
        if not os.path.isfile(path):
            log("extracting %s -> %s" % (bzimage, path))
            tmp = path + ".tmp"
            with open(tmp, "wb") as f:
                f.write(extract_vmlinux(bzimage))
            os.replace(tmp, path)
    return path


def module_load_order(modules_dir, names):
    """Module files (relative to modules_dir) in an order that satisfies modules.dep."""
    deps = {}
    with open(os.path.join(modules_dir, "modules.dep"), encoding="utf-8") as f:
        for line in f:
            if ":" not in line:
                continue
            mod, rest = line.split(":", 1)
            deps[mod.strip()] = rest.split()

    by_name = {}
    for mod in deps:
        base = os.path.basename(mod).split(".ko")[0]
        by_name[base.replace("-", "_")] = mod

    order = []

    def visit(mod, trail):
        if mod in order:
            return
        if mod in trail:
            raise HarnessError("module dependency loop at %s" % mod)
        for dep in deps.get(mod, []):
            visit(dep, trail + [mod])
        order.append(mod)

    for name in names:
        mod = by_name.get(name.replace("-", "_"))
        if mod is None:
            # Built into this kernel (modules.builtin) is as good as loadable.
            builtin = os.path.join(modules_dir, "modules.builtin")
            if os.path.isfile(builtin):
                with open(builtin, encoding="utf-8") as f:
                    if any(os.path.basename(l.strip()).split(".ko")[0].replace("-", "_")
                           == name.replace("-", "_") for l in f):
                        continue
            raise HarnessError("module %s is neither in modules.dep nor built in" % name)
        visit(mod, [])
    return order


def _read_module(path):
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".xz"):
        return lzma.decompress(data)
    if path.endswith(".gz"):
        return gzip.decompress(data)
    if path.endswith(".zst"):
        raise HarnessError("zstd-compressed modules are not supported by the harness: %s" % path)
    return data


class _Cpio:
    """A newc ("070701") archive, the format the kernel unpacks into its rootfs."""

    def __init__(self):
        self._parts = []
        self._ino = 1

    def _entry(self, name, mode, data=b"", rdev=(0, 0)):
        name_bytes = name.encode() + b"\0"
        header = "070701" + "".join("%08X" % v for v in (
            self._ino, mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1], len(name_bytes), 0))
        self._ino += 1
        blob = header.encode() + name_bytes
        blob += b"\0" * (-len(blob) % 4)
        blob += data
        blob += b"\0" * (-len(blob) % 4)
        self._parts.append(blob)

    def directory(self, name):
        self._entry(name, stat.S_IFDIR | 0o755)

    def file(self, name, data, mode=0o644):
        self._entry(name, stat.S_IFREG | mode, data)

    def symlink(self, name, target):
        self._entry(name, stat.S_IFLNK | 0o777, target.encode())

    def chardev(self, name, major, minor, mode=0o600):
        self._entry(name, stat.S_IFCHR | mode, rdev=(major, minor))

    def bytes(self):
        trailer = _Cpio()
        trailer._ino = 0
        trailer._entry("TRAILER!!!", 0)
        out = b"".join(self._parts) + trailer._parts[0]
        return out + b"\0" * (-len(out) % 512)


INITRAMFS_DIRS = ("bin", "dev", "proc", "sys", "mnt", "mnt/host", "mnt/rw", "mnt/root", "lib",
                  "lib/modules", "tmp")


def build_initramfs(modules_dir, busybox, init_script=INIT_SCRIPT, module_names=GUEST_MODULES,
                    dirs=INITRAMFS_DIRS):
    """A newc archive: static busybox, the named modules (with what they need), /init.
    The installed-system tier (tests/installed) builds its own with another /init."""
    modules = module_load_order(modules_dir, module_names)
    insmods = "\n".join(
        'insmod /lib/modules/%s || die "insmod %s"' % (os.path.basename(m).split(".ko")[0] + ".ko",
                                                      os.path.basename(m))
        for m in modules)
    init = (init_script.replace("@MODULES@", insmods)
            .replace("@ROOT_TAG@", ROOT_TAG).replace("@SHARE_TAG@", SHARE_TAG))
    archive = _Cpio()
    for d in dirs:
        archive.directory(d)
    archive.chardev("dev/console", 5, 1)
    archive.chardev("dev/null", 1, 3, 0o666)
    with open(busybox, "rb") as f:
        archive.file("bin/busybox", f.read(), 0o755)
    archive.symlink("bin/sh", "busybox")
    for m in modules:
        archive.file("lib/modules/" + os.path.basename(m).split(".ko")[0] + ".ko",
                     _read_module(os.path.join(modules_dir, m)))
    archive.file("init", init.encode(), 0o755)
    return archive.bytes(), modules


def cached_initramfs(cache_dir, kernel_version, modules_dir, busybox, init_script=INIT_SCRIPT,
                     module_names=GUEST_MODULES, dirs=INITRAMFS_DIRS):
    key = hashlib.sha256()
    for part in (HARNESS_VERSION, kernel_version, init_script, _file_digest(busybox),
                 _file_digest(os.path.join(modules_dir, "modules.dep")), " ".join(module_names),
                 " ".join(dirs)):
        key.update(part.encode() + b"\0")
    path = os.path.join(cache_dir, "initramfs-%s-%s.cpio" % (kernel_version, key.hexdigest()[:16]))
    with _CacheLock(cache_dir):
        if not os.path.isfile(path):
            data, modules = build_initramfs(modules_dir, busybox, init_script, module_names, dirs)
            tmp = path + ".tmp"
            with open(tmp, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
            log("built %s (%d KiB; modules: %s)" % (
                path, len(data) // 1024, ", ".join(os.path.basename(m) for m in modules)))
    return path


# ---------------------------------------------------------------------------------------------
# One boot


class BootResult:
    def __init__(self):
        self.console = ""           # everything the guest printed on ttyS0
        self.exit_status = None     # the job's exit status (None: no exit-status file)
        self.ready_seconds = None   # host seconds from QEMU start to the job starting
        self.total_seconds = None   # host seconds from QEMU start to QEMU's exit
        self.qemu_status = None
        self.events = []            # (host seconds, "control line" or "trace line")


class Swtpm:
    """swtpm for QEMU: a TPM 1.2 (or 2.0 with tpm2=True), state in STATE_DIR, control channel
    on CTRL_FD."""

    def __init__(self, state_dir, log_path, tpm2=False):
        self.state_dir = state_dir
        self.log_path = log_path
        self.tpm2 = tpm2
        self.proc = None

    def start(self, ctrl_fd):
        argv = ["swtpm", "socket"] + (["--tpm2"] if self.tpm2 else []) + [
                "--tpmstate", "dir=" + self.state_dir,
                "--ctrl", "type=unixio,clientfd=%d" % ctrl_fd,
                "--log", "file=%s,level=1" % self.log_path]
        self.proc = spawn(argv, pass_fds=(ctrl_fd,), stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)

    def stop(self):
        kill_process(self.proc)

    @property
    def pid(self):
        return self.proc.pid

    def log_tail(self, n=20):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return "".join(f.readlines()[-n:])
        except OSError:
            return ""


# ---------------------------------------------------------------------------------------------
# The TPM path between QEMU and swtpm


CMD_CANCEL_TPM_CMD = 9  # swtpm control channel (ptm): cancel the running TPM command


class TpmRelay(threading.Thread):
    """Sits between QEMU's tpm-emulator backend and swtpm, on the control and the data channel.

    QEMU hands swtpm its data channel over the control channel (CMD_SET_DATAFD, the fd in
    SCM_RIGHTS); the relay passes swtpm a socket of its own instead and copies the bytes, so
    it sees every TPM command the guest's kernel sends (logged with its ordinal) and can
    SIGSTOP the real swtpm exactly when a chosen ordinal arrives: stop_at(ordinal).

    While swtpm is stopped, the kernel's duration runs out; tpm_tis then writes commandReady
    and QEMU asks swtpm to cancel (CMD_CANCEL_TPM_CMD) on the control channel, waiting for
    the answer with the big QEMU lock held, so the whole guest would freeze until swtpm
    continues. The relay takes that cancel as "the kernel gave up": it sends SIGCONT first,
    then passes the cancel on. Without a cancel, SIGCONT comes after max_stop seconds.
    """

    def __init__(self, log_path, max_stop=180.0):
        super().__init__(daemon=True)
        self.qemu_ctrl, self._qemu_ctrl_peer = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self.swtpm_ctrl, self._swtpm_ctrl_peer = socket.socketpair(socket.AF_UNIX,
                                                                   socket.SOCK_STREAM)
        self._wake_r, self._wake_w = os.pipe()
        self._lock = threading.Lock()
        self._target = None
        self._on_event = None
        self.swtpm_pid = None
        self.max_stop = max_stop
        self.stopped_at = None      # monotonic time of SIGSTOP
        self.stop_ordinal = None
        self.stop_seconds = None    # SIGSTOP -> SIGCONT
        self.cancel_seen = False    # QEMU sent CMD_CANCEL_TPM_CMD while swtpm was stopped
        self.error = None
        self.commands = []          # (seconds since start, ordinal)
        self._log = open(log_path, "w", encoding="utf-8")
        self._start = time.monotonic()

    # -- the two ends handed out
    def qemu_fd(self):
        return self._qemu_ctrl_peer.fileno()

    def swtpm_fd(self):
        return self._swtpm_ctrl_peer.fileno()

    def close_peers(self):
        """After QEMU and swtpm have their ends (they were passed on exec)."""
        self._qemu_ctrl_peer.close()
        self._swtpm_ctrl_peer.close()

    def stop_at(self, ordinal, on_event):
        """SIGSTOP swtpm when the next command with ORDINAL arrives from the guest.

        on_event(kind, info) runs on the relay thread: ("stopped", ordinal),
        ("continued", seconds_stopped) or ("error", text)."""
        with self._lock:
            self._target = ordinal
            self._on_event = on_event
        os.write(self._wake_w, b"x")

    def resume(self):
        """SIGCONT a swtpm that stop_at() stopped, now (the test decides when)."""
        os.write(self._wake_w, b"c")

    def shutdown(self):
        if self._log.closed:
            return
        os.write(self._wake_w, b"q")
        if self.is_alive():
            self.join(timeout=10)
        self._continue_swtpm("relay shut down")
        for s in (self.qemu_ctrl, self.swtpm_ctrl, self._qemu_ctrl_peer, self._swtpm_ctrl_peer):
            s.close()
        os.close(self._wake_r)
        os.close(self._wake_w)
        self._log.close()

    def _note(self, text):
        self._log.write("%8.3f %s\n" % (time.monotonic() - self._start, text))
        self._log.flush()

    def _event(self, kind, info):
        callback = self._on_event
        if callback:
            try:
                callback(kind, info)
            except Exception as e:  # reported by the test, not lost in a thread
                self.error = "event callback failed: %r" % e

    def _continue_swtpm(self, why):
        if self.stopped_at is None:
            return
        self.stop_seconds = time.monotonic() - self.stopped_at
        self.stopped_at = None
        if self.swtpm_pid:
            try:
                os.kill(self.swtpm_pid, signal.SIGCONT)
            except ProcessLookupError:
                pass
        self._note("SIGCONT swtpm after %.1f s (%s)" % (self.stop_seconds, why))
        self._event("continued", self.stop_seconds)

    def run(self):
        try:
            self._loop()
        except Exception as e:
            self.error = "relay failed: %r" % e
            self._note(self.error)
            self._continue_swtpm("relay failed")

    def _loop(self):
        qemu_data = None
        swtpm_data = None
        pending = 0          # bytes of the current request still to come from QEMU
        header = b""
        while True:
            fds = [self._wake_r, self.qemu_ctrl, self.swtpm_ctrl]
            if qemu_data is not None:
                fds += [qemu_data, swtpm_data]
            timeout = None
            if self.stopped_at is not None:
                timeout = max(0.0, self.stopped_at + self.max_stop - time.monotonic())
            ready, _, _ = select.select(fds, [], [], timeout)
            if not ready and self.stopped_at is not None:
                self._continue_swtpm("no cancel within %d s" % self.max_stop)
                self._event("error", "the kernel did not give up within %d s" % self.max_stop)
                continue
            if self._wake_r in ready:
                wake = os.read(self._wake_r, 64)
                if b"q" in wake:
                    return
                if b"c" in wake:
                    self._continue_swtpm("the test resumed it")
            if self.qemu_ctrl in ready:
                data, fds_in, _flags, _addr = socket.recv_fds(self.qemu_ctrl, 65536, 4)
                if not data and not fds_in:
                    return  # QEMU is gone
                if (len(data) >= 4 and struct.unpack(">I", data[:4])[0] == CMD_CANCEL_TPM_CMD
                        and self.stopped_at is not None):
                    self.cancel_seen = True
                    self._note("QEMU sends CMD_CANCEL_TPM_CMD: the kernel gave up on 0x%x"
                               % self.stop_ordinal)
                    self._continue_swtpm("the guest kernel cancelled the command")
                if fds_in:
                    # CMD_SET_DATAFD: keep QEMU's data socket, give swtpm one of ours.
                    for fd in fds_in[1:]:
                        os.close(fd)
                    qemu_data = socket.socket(fileno=fds_in[0])
                    swtpm_data, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
                    socket.send_fds(self.swtpm_ctrl, [data], [theirs.fileno()])
                    theirs.close()
                    self._note("data channel set up")
                else:
                    self.swtpm_ctrl.sendall(data)
            if self.swtpm_ctrl in ready:
                data = self.swtpm_ctrl.recv(65536)
                if not data:
                    return
                self.qemu_ctrl.sendall(data)
            if qemu_data is not None and qemu_data in ready:
                data = qemu_data.recv(65536)
                if not data:
                    qemu_data = None
                    continue
                chunk = data
                while chunk:
                    if pending == 0:
                        need = 10 - len(header)
                        header += chunk[:need]
                        chunk = chunk[need:]
                        if len(header) < 10:
                            break
                        _tag, size, ordinal = struct.unpack(">HII", header)
                        pending = max(0, size - 10)
                        header = b""
                        self._request(ordinal)
                        continue
                    take = min(pending, len(chunk))
                    pending -= take
                    chunk = chunk[take:]
                swtpm_data.sendall(data)
            if swtpm_data is not None and swtpm_data in ready:
                data = swtpm_data.recv(65536)
                if not data:
                    return
                qemu_data.sendall(data)

    def _request(self, ordinal):
        now = time.monotonic() - self._start
        self.commands.append((now, ordinal))
        self._note("command 0x%08x" % ordinal)
        with self._lock:
            target = self._target
            if target is not None and ordinal == target:
                self._target = None
            else:
                target = None
        if target is not None and self.swtpm_pid:
            os.kill(self.swtpm_pid, signal.SIGSTOP)
            self.stopped_at = time.monotonic()
            self.stop_ordinal = ordinal
            self._note("SIGSTOP swtpm (pid %d) as command 0x%x arrives" % (self.swtpm_pid, ordinal))
            self._event("stopped", ordinal)


class Guest:
    """Boots the guest with one job; a "restart" is simply another boot with the same state."""

    def __init__(self, cache_dir, workdir, firmware="qboot", memory_mb=512, cpus=2,
                 extra_append="", init_script=INIT_SCRIPT, module_names=GUEST_MODULES,
                 initramfs_dirs=INITRAMFS_DIRS, tpm2=False):
        if firmware not in ("qboot", "seabios", "ovmf"):
            raise HarnessError("firmware must be qboot, seabios or ovmf")
        self.tpm2 = tpm2
        check_host_tools(need_seabios=firmware == "seabios", need_ovmf=firmware == "ovmf")
        self.firmware = firmware
        self.workdir = workdir
        self.memory_mb = memory_mb
        self.cpus = cpus
        self.extra_append = extra_append
        version, bzimage, modules_dir = find_kernel()
        self.kernel_version = version
        self.modules_dir = modules_dir
        self.initramfs = cached_initramfs(cache_dir, version, modules_dir, shutil.which("busybox"),
                                          init_script, module_names, initramfs_dirs)
        # qboot boots the uncompressed ELF vmlinux through its PVH entry (fast). SeaBIOS gets
        # the bzImage (Linux boot protocol): booted through PVH under SeaBIOS the kernel finds
        # no ACPI tables (no TPM device, no ACPI power-off), measured with QEMU 7.2.
        if firmware == "qboot":
            self.kernel = cached_vmlinux(cache_dir, bzimage)
        else:
            self.kernel = bzimage
        self.boots = 0

    job_prelude = JOB_PRELUDE

    def machine_argv(self, name, con_fd, ctl_fd, tpm_fd):
        """QEMU's machine: TCG, the kernel and initramfs, console on ttyS0, control line on
        ttyS1, the TPM (tpm-tis) through the relay's channel; firmware per self.firmware."""
        argv = [QEMU, "-name", "tpmprov-guest-" + name,
                "-accel", "tcg,thread=multi", "-cpu", "max",
                "-smp", str(self.cpus), "-m", str(self.memory_mb),
                "-machine", "pc", "-nodefaults", "-no-user-config", "-display", "none",
                "-monitor", "none",
                "-kernel", self.kernel, "-initrd", self.initramfs,
                "-chardev", "socket,id=con,fd=%d" % con_fd, "-serial", "chardev:con",
                "-chardev", "socket,id=ctl,fd=%d" % ctl_fd, "-serial", "chardev:ctl",
                "-chardev", "socket,id=chrtpm,fd=%d" % tpm_fd,
                "-tpmdev", "emulator,id=tpm0,chardev=chrtpm",
                "-device", "tpm-tis,tpmdev=tpm0"]
        if self.firmware == "qboot":
            argv += ["-bios", QBOOT]
        return argv

    def qemu_argv(self, name, share, con_fd, ctl_fd, tpm_fd):
        """This tier's guest: one boot (-no-reboot), the host's / read-only and the share over
        9p. tests/installed overrides it (a disk, reboots inside one QEMU)."""
        append = ("console=ttyS0 panic=-1 loglevel=4 "
                  "KTEST_SHARE=%s %s" % (share, self.extra_append)).strip()
        return self.machine_argv(name, con_fd, ctl_fd, tpm_fd) + [
            "-no-reboot", "-append", append,
            "-fsdev", "local,id=fsroot,path=/,security_model=none,readonly=on,multidevs=remap",
            "-device", "virtio-9p-pci,fsdev=fsroot,mount_tag=" + ROOT_TAG,
            "-fsdev", "local,id=fsshare,path=%s,security_model=none" % share,
            "-device", "virtio-9p-pci,fsdev=fsshare,mount_tag=" + SHARE_TAG]

    def boot(self, share, state_dir, job, timeout, on_control=None, trace_events=(),
             on_trace=None, name=None, on_console=None):
        """Runs JOB (bash text) in the guest; returns a BootResult.

        share: the writable directory shared with the guest (same path inside).
        on_control(line, reply): called for every line the guest sends on ttyS1;
            reply(text) sends a line back.
        on_console(text): called with each chunk of the console (ttyS0; the firmware's
            screen too), for prompts that end without a newline.
        trace_events: QEMU trace event names to enable; on_trace(line, reply) sees them.
        Raises GuestTimeout (with the console log) when the guest does not power off in time.
        """
        self.boots += 1
        name = name or "boot%d" % self.boots
        share = os.path.abspath(share)
        for stale in ("exit-status", "exit-status.tmp"):
            if os.path.exists(os.path.join(share, stale)):
                os.unlink(os.path.join(share, stale))
        with open(os.path.join(share, "job.sh"), "w", encoding="utf-8") as f:
            f.write(self.job_prelude)
            f.write("\n")
            f.write(job)
        console_path = os.path.join(self.workdir, name + "-console.log")
        swtpm = Swtpm(state_dir, os.path.join(self.workdir, name + "-swtpm.log"), self.tpm2)
        relay = TpmRelay(os.path.join(self.workdir, name + "-tpm-commands.log"))
        self.relay = relay
        result = BootResult()
        qemu = None
        con_host, con_guest = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        ctl_host, ctl_guest = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        console_file = open(console_path, "wb")
        try:
            swtpm.start(relay.swtpm_fd())
            relay.swtpm_pid = swtpm.pid
            relay.start()
            self.swtpm = swtpm
            argv = self.qemu_argv(name, share, con_guest.fileno(), ctl_guest.fileno(),
                                  relay.qemu_fd())
            for event in trace_events:
                argv += ["-trace", event]
            pass_fds = (con_guest.fileno(), ctl_guest.fileno(), relay.qemu_fd())
            start = time.monotonic()
            qemu = spawn(argv, pass_fds=pass_fds, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            self.qemu = qemu
            con_guest.close()
            ctl_guest.close()
            relay.close_peers()
            log("%s: QEMU (%s, pid %d), swtpm pid %d, timeout %d s"
                % (name, self.firmware, qemu.pid, swtpm.pid, timeout))

            def reply(text):
                ctl_host.sendall(text.encode() + b"\n")

            pidfd = os.pidfd_open(qemu.pid)
            buffers = {con_host.fileno(): b"", ctl_host.fileno(): b"", qemu.stdout.fileno(): b""}
            open_fds = set(buffers)
            console_text = []
            deadline = start + timeout
            done_at = None  # the job reported KTEST-DONE: QEMU gets a short grace to exit
            try:
                while True:
                    remaining = deadline - time.monotonic()
                    if done_at is not None and time.monotonic() > done_at + POWEROFF_GRACE:
                        log("%s: the guest finished but did not power off; killing QEMU" % name)
                        kill_process(qemu)
                        done_at = None
                    if done_at is not None:
                        remaining = min(remaining, done_at + POWEROFF_GRACE - time.monotonic())
                    if remaining <= 0 and time.monotonic() >= deadline:
                        raise GuestTimeout("%s: the guest did not power off within %d s" %
                                           (name, timeout))
                    remaining = max(0.0, remaining)
                    ready, _, _ = select.select(list(open_fds) + [pidfd], [], [], remaining)
                    for fd in ready:
                        if fd == pidfd:
                            continue
                        try:
                            chunk = os.read(fd, 65536)
                        except OSError:
                            chunk = b""
                        if not chunk:
                            open_fds.discard(fd)
                            continue
                        if fd == con_host.fileno():
                            console_file.write(chunk)
                            console_file.flush()
                            console_text.append(chunk)
                            if on_console:
                                on_console(chunk.decode("utf-8", "replace"))
                        buffers[fd] += chunk
                        *lines, buffers[fd] = buffers[fd].split(b"\n")
                        for raw in lines:
                            line = raw.decode("utf-8", "replace").rstrip("\r")
                            now = time.monotonic() - start
                            if fd == con_host.fileno():
                                if line.startswith("KTEST-READY") and result.ready_seconds is None:
                                    result.ready_seconds = now
                                elif line.startswith("KTEST-DONE") and done_at is None:
                                    done_at = time.monotonic()
                            elif fd == ctl_host.fileno():
                                result.events.append((now, "control: " + line))
                                log("%s: %6.1f s guest says: %s" % (name, now, line))
                                if on_control:
                                    on_control(line, reply)
                            else:
                                result.events.append((now, "qemu: " + line))
                                log("%s: %6.1f s qemu: %s" % (name, now, line))
                                if on_trace:
                                    on_trace(line, reply)
                    if pidfd in ready and not open_fds:
                        break  # QEMU exited and every channel reached EOF
            finally:
                os.close(pidfd)
            result.qemu_status = qemu.wait(timeout=30)
            result.total_seconds = time.monotonic() - start
        except GuestTimeout as e:
            kill_process(qemu)
            relay.shutdown()
            console_file.flush()
            raise GuestTimeout("%s\n--- console (%s) ---\n%s\n--- swtpm log tail ---\n%s" % (
                e, console_path, _tail(console_path), swtpm.log_tail()))
        finally:
            kill_process(qemu)
            relay.shutdown()
            swtpm.stop()
            for s in (con_host, con_guest, ctl_host, ctl_guest):
                s.close()
            console_file.close()
        with open(console_path, encoding="utf-8", errors="replace") as f:
            result.console = f.read()
        status_path = os.path.join(share, "exit-status")
        if os.path.isfile(status_path):
            with open(status_path, encoding="utf-8") as f:
                result.exit_status = int(f.read().strip() or "-1")
        log("%s: job exit %s; job started after %s s, QEMU ran %.1f s (exit %s)" % (
            name, result.exit_status,
            "%.1f" % result.ready_seconds if result.ready_seconds is not None else "?",
            result.total_seconds, result.qemu_status))
        return result


class OvmfGuest(Guest):
    """UEFI firmware (Debian's OVMF) with a TPM 2.0 on tpm-crb, whose Physical Presence
    Interface lives in QEMU's memory: reboots stay inside the one QEMU process (a job exits
    99 to reboot), and the QEMU monitor presses keys at the firmware's prompts."""

    def __init__(self, cache_dir, workdir, **kwargs):
        super().__init__(cache_dir, workdir, firmware="ovmf", tpm2=True, **kwargs)
        self.vars = os.path.join(workdir, "OVMF_VARS.fd")
        shutil.copyfile(OVMF_VARS, self.vars)
        self.monitor_path = os.path.join(workdir, "monitor.sock")

    def machine_argv(self, name, con_fd, ctl_fd, tpm_fd):
        argv = super().machine_argv(name, con_fd, ctl_fd, tpm_fd)
        argv[argv.index("tpm-tis,tpmdev=tpm0")] = "tpm-crb,tpmdev=tpm0"
        argv[argv.index("-monitor") + 1] = "unix:%s,server=on,wait=off" % self.monitor_path
        return argv + [
            "-drive", "if=pflash,format=raw,unit=0,readonly=on,file=" + OVMF_CODE,
            "-drive", "if=pflash,format=raw,unit=1,file=" + self.vars]

    def qemu_argv(self, name, share, con_fd, ctl_fd, tpm_fd):
        argv = super().qemu_argv(name, share, con_fd, ctl_fd, tpm_fd)
        argv.remove("-no-reboot")  # the PPI request must survive the guest's reboot
        return argv

    def monitor(self, command):
        """One command to the QEMU monitor (HMP), with its handshake: the command is sent
        once the monitor shows its prompt and the connection stays open until the next
        prompt, i.e. until the command has run. (Sent at once and closed at the first bytes,
        a command can be lost: that is how every F12 of one CI run went missing.)"""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as mon:
            mon.settimeout(10)
            mon.connect(self.monitor_path)
            self._read_until_prompt(mon, b"")
            mon.sendall((command + "\n").encode())
            self._read_until_prompt(mon, command.encode())

    @staticmethod
    def _read_until_prompt(mon, after):
        """Reads until a "(qemu)" prompt that follows `after` (the echoed command)."""
        seen = b""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            start = seen.rfind(after) if after else 0
            if start >= 0 and b"(qemu)" in seen[start + len(after):]:
                return
            chunk = mon.recv(4096)
            if not chunk:
                break
            seen += chunk
        raise HarnessError("the QEMU monitor did not answer: %r" % seen[-200:])

    def press_key(self, key):
        """One key press through the QEMU monitor (a PS/2 keyboard: OVMF reads F12 only
        there, not from its serial console)."""
        self.monitor("sendkey %s" % key)
        log("pressed %s on the guest's keyboard" % key)

    def reset(self):
        """A hardware reset of the machine (QEMU's system_reset): the firmware starts again
        and finds its PPI request again, which lives in QEMU's memory."""
        self.monitor("system_reset")
        log("reset the machine through the QEMU monitor")


def _tail(path, n=80):
    return tail(path, n, prefix="", missing="<no console log>")
