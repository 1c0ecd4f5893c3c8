"""A booted Debian 12 system in QEMU (TCG) with the freshly built packages installed in it.

The image: a minimal bookworm root made by mmdebstrap from the package archive this machine
uses (/etc/apt/sources.list.d/debian.sources), with systemd as init, logind, polkitd, dbus,
Debian's tpm-udev, Xvfb, gnome-keyring, python3, every package the built .debs depend on or
recommend, and a user `alice` in group sudo. It is unpacked into a directory and made an ext4
disk image with `mke2fs -d` once, cached under CACHE and keyed by its package list and recipe;
each test boots a qcow2 overlay of it.

A boot: qboot loads the host's Debian kernel (PVH) and a busybox initramfs that mounts the disk,
the kernel's modules (the host's /lib/modules/VERSION over 9p, read-only) and the test's share
(9p, at /mnt/share), then hands over to systemd. The image's default target starts
`itest-job.service`, which counts the boot on the guest's disk and runs
`/mnt/share/job.sh BOOT`. A reboot (logind, `systemctl reboot`) is a reset inside the same
QEMU process, as on a laptop: swtpm keeps running and the TPM state carries over. The job ends
the run by powering off.

Channels: ttyS0 is the console (kernel and systemd messages, the job's output); ttyS1 the
control line to the host (kernel_guest's protocol: one line each way); the share holds the
job, its outputs and the .debs. Built on tests/kernel/kernel_guest.py (kernel, initramfs,
swtpm, the TPM relay, the boot loop).
"""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kernel"))
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import kernel_guest as kg  # noqa: E402  (the QEMU, swtpm and initramfs harness)

HarnessError = kg.HarnessError
GuestTimeout = kg.GuestTimeout

RECIPE_VERSION = "2"      # bump when the image recipe (hooks, units) changes
IMAGE_SIZE = "3G"
SUITE = "bookworm"
USER = "alice"
# The test user's login (and so sudo and polkit administrator) password, baked into the image.
USER_PASSWORD = "itest alice login"
OUR_PACKAGES = ("tpm-provisioner", "tpm-provisioner-helper", "tpmprov")

# What a desktop laptop with these packages has, beyond what the packages pull in.
BASE_PACKAGES = [
    "systemd", "systemd-sysv", "udev", "dbus", "dbus-user-session", "libpam-systemd",
    "polkitd", "sudo", "tpm-udev", "kmod", "procps", "python3", "xvfb", "xauth",
    "fonts-dejavu-core", "gnome-keyring", "libsecret-tools", "dbus-x11",
    # the wizard scenario's driver reads the wizard through the accessibility bus
    "at-spi2-core", "python3-gi", "gir1.2-atspi-2.0",
]

GUEST_MODULES = ["virtio_pci", "virtio_blk", "crc32c_generic", "ext4", "9pnet_virtio", "9p"]
INITRAMFS_DIRS = ("bin", "dev", "proc", "sys", "newroot", "lib", "lib/modules", "tmp")
MODULES_TAG = "kmodules"
SHARE_TAG = "itestshare"

INIT_SCRIPT = r"""#!/bin/busybox sh
# /init of the installed-system tier's initramfs (tests/installed/installed_guest.py)
""" + kg.INIT_PREAMBLE + r"""mount -t ext4 -o rw /dev/vda /newroot || die "mount /dev/vda"
kver="$(uname -r)"
mkdir -p "/newroot/lib/modules/$kver" /newroot/mnt/share
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=262144 @MODULES_TAG@ "/newroot/lib/modules/$kver" || die "mount modules"
mount -t 9p -o trans=virtio,version=9p2000.L,msize=262144 @SHARE_TAG@ /newroot/mnt/share || die "mount share"
mount --move /dev /newroot/dev
umount /proc /sys
exec switch_root /newroot /lib/systemd/systemd
"""

# Installed into the image by the customize hook.
BOOT_SCRIPT = r"""#!/bin/bash
# Runs at every boot (itest-job.service): count the boot, run the test's job.
set -u
count=/var/lib/itest/boots
n=$(( $(cat "$count" 2>/dev/null || echo 0) + 1 ))
echo "$n" > "$count"
sync
echo "KTEST-READY itest boot $n"
if [[ -f /mnt/share/job.sh ]]; then
    exec /bin/bash /mnt/share/job.sh "$n"
fi
echo "ITEST: no job in the share; powering off"
systemctl poweroff
"""

JOB_UNIT = """[Unit]
Description=Installed-system tier: the test's job for this boot
After=multi-user.target
[Service]
Type=oneshot
ExecStart=/usr/local/lib/itest/boot.sh
StandardOutput=journal+console
StandardError=journal+console
TimeoutStartSec=infinity
"""

# A desktop's login: the user's XDG autostart entries (xdg-desktop-autostart.target refuses a
# manual start; a target that wants it, bound to the graphical session, may be started).
DESKTOP_TARGET = """[Unit]
Description=Installed-system tier: the desktop session's autostart
BindsTo=graphical-session.target
Wants=xdg-desktop-autostart.target
"""

TEST_TARGET = """[Unit]
Description=Installed-system tier: the system with the test job
Requires=multi-user.target
After=multi-user.target
Wants=itest-job.service
AllowIsolate=yes
"""

CUSTOMIZE_HOOK = r"""#!/bin/sh
# mmdebstrap --customize-hook: $1 is the new root.
set -eu
r="$1"
echo tpmguest > "$r/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 tpmguest\n' > "$r/etc/hosts"
printf '/dev/vda / ext4 rw,errors=remount-ro 0 1\n' > "$r/etc/fstab"
chroot "$r" useradd --create-home --shell /bin/bash --groups sudo @USER@
printf '%s:%s\n' @USER@ "$ITEST_USER_PASSWORD" | chroot "$r" chpasswd
mkdir -p "$r/usr/local/lib/itest" "$r/var/lib/itest" "$r/var/log/journal"
cp "$ITEST_FILES/boot.sh" "$r/usr/local/lib/itest/boot.sh"
chmod 0755 "$r/usr/local/lib/itest/boot.sh"
cp "$ITEST_FILES/itest-job.service" "$ITEST_FILES/itest.target" "$r/etc/systemd/system/"
ln -sf /etc/systemd/system/itest.target "$r/etc/systemd/system/default.target"
mkdir -p "$r/etc/systemd/user"
cp "$ITEST_FILES/itest-desktop.target" "$r/etc/systemd/user/"
# Nothing periodic or networked in a test boot; no login prompt on the console.
for unit in apt-daily.timer apt-daily-upgrade.timer man-db.timer e2scrub_all.timer \
            fstrim.timer dpkg-db-backup.timer systemd-timesyncd.service \
            serial-getty@ttyS0.service serial-getty@ttyS1.service; do
    ln -sf /dev/null "$r/etc/systemd/system/$unit"
done
# The apt lists are not needed offline and are large.
rm -rf "$r"/var/lib/apt/lists/* "$r"/var/cache/apt/*.bin
"""


def log(message):
    print("[installed] %s" % message, flush=True)


def check_host_tools():
    missing = [t for t in ("mmdebstrap", "mke2fs", "qemu-img", "dpkg-deb")
               if shutil.which(t) is None]
    if missing:
        raise HarnessError("missing on the host: %s (tools/install-deps installs them)"
                           % ", ".join(missing))
    kg.check_host_tools()


def apt_sources():
    """deb lines of this machine's archive (deb822 sources, else sources.list)."""
    lines = []
    deb822 = "/etc/apt/sources.list.d/debian.sources"
    if os.path.isfile(deb822):
        with open(deb822, encoding="utf-8") as f:
            stanzas = f.read().split("\n\n")
        for stanza in stanzas:
            fields = {}
            for line in stanza.splitlines():
                if ":" in line and not line.startswith(("#", " ")):
                    key, value = line.split(":", 1)
                    fields[key.strip()] = value.strip()
            if "deb" not in fields.get("Types", "").split():
                continue
            for uri in fields.get("URIs", "").split():
                for suite in fields.get("Suites", "").split():
                    lines.append("deb %s %s %s" % (uri, suite, fields.get("Components", "main")))
    elif os.path.isfile("/etc/apt/sources.list"):
        with open("/etc/apt/sources.list", encoding="utf-8") as f:
            lines = [l.strip() for l in f if l.strip().startswith("deb ")]
    if not lines:
        raise HarnessError("no Debian archive configured on this machine (apt sources)")
    return lines


def deb_relations(debs):
    """Names of what the .debs depend on or recommend (first alternative, ours left out)."""
    names = set()
    for deb in debs:
        out = subprocess.run(["dpkg-deb", "-f", deb, "Depends", "Recommends"], check=True,
                             capture_output=True, text=True).stdout
        for line in out.splitlines():
            _field, _, value = line.partition(":")
            for relation in value.split(","):
                name = relation.split("|")[0].strip().split(" ")[0].split(":")[0]
                if name and name not in OUR_PACKAGES:
                    names.add(name)
    return sorted(names)


def find_debs(deb_dir):
    """The three packages in DEB_DIR (tools/package's output), by name."""
    found = {}
    for name in sorted(os.listdir(deb_dir)) if os.path.isdir(deb_dir) else []:
        if not name.endswith(".deb") or "-dbgsym_" in name:
            continue
        found[name.split("_")[0]] = os.path.join(deb_dir, name)
    missing = [p for p in OUR_PACKAGES if p not in found]
    if missing:
        raise HarnessError("no .deb for %s in %s: run tools/package first"
                           % (", ".join(missing), deb_dir))
    return [found[p] for p in OUR_PACKAGES]


class Image:
    """The cached base disk image (raw ext4) for a package list."""

    def __init__(self, cache_dir, debs):
        self.cache_dir = os.path.abspath(cache_dir)
        self.packages = sorted(set(BASE_PACKAGES) | set(deb_relations(debs)))
        self.sources = apt_sources()
        key = hashlib.sha256()
        for part in [RECIPE_VERSION, SUITE, USER, USER_PASSWORD, CUSTOMIZE_HOOK, BOOT_SCRIPT,
                     JOB_UNIT, TEST_TARGET, DESKTOP_TARGET] + self.sources + self.packages:
            key.update(part.encode() + b"\0")
        self.key = key.hexdigest()[:16]
        self.path = os.path.join(self.cache_dir, "debian-%s-%s.img" % (SUITE, self.key))

    def ensure(self):
        """Builds the image unless the cache has it; returns its path."""
        os.makedirs(self.cache_dir, exist_ok=True)
        with kg._CacheLock(self.cache_dir):
            if not os.path.isfile(self.path):
                self._build()
        return self.path

    def _build(self):
        if os.geteuid() != 0:
            raise HarnessError("building the guest image needs root (mmdebstrap, mke2fs -d)")
        self._remove_stale()
        work = tempfile.mkdtemp(prefix="image.", dir=self.cache_dir)
        try:
            files = os.path.join(work, "files")
            root = os.path.join(work, "root")
            os.mkdir(files)
            for name, text in (("boot.sh", BOOT_SCRIPT), ("itest-job.service", JOB_UNIT),
                               ("itest.target", TEST_TARGET),
                               ("itest-desktop.target", DESKTOP_TARGET),
                               ("customize.sh", CUSTOMIZE_HOOK.replace("@USER@", USER))):
                with open(os.path.join(files, name), "w", encoding="utf-8") as f:
                    f.write(text)
            log("mmdebstrap %s (%d packages) from %s" % (SUITE, len(self.packages),
                                                        self.sources[0].split()[1]))
            env = dict(os.environ, ITEST_FILES=files, ITEST_USER_PASSWORD=USER_PASSWORD)
            argv = ["mmdebstrap", "--mode=root", "--variant=minbase", "--format=directory",
                    "--quiet",
                    "--aptopt=APT::Install-Recommends \"true\"",
                    "--aptopt=Acquire::Retries \"3\"",
                    "--include=" + ",".join(self.packages),
                    "--customize-hook=sh %s \"$1\"" % os.path.join(files, "customize.sh"),
                    SUITE, root] + self.sources
            run(argv, env=env, timeout=1800)
            tmp = self.path + ".tmp"
            run(["mke2fs", "-q", "-F", "-t", "ext4", "-L", "itest-root", "-d", root, tmp,
                 IMAGE_SIZE], timeout=900)
            os.replace(tmp, self.path)
            log("image %s (%d MiB used)" % (self.path, _du_mib(self.path)))
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _remove_stale(self):
        # One image per package list: an older one is only disk space.
        for name in os.listdir(self.cache_dir):
            if name.startswith("debian-%s-" % SUITE) and name.endswith((".img", ".img.tmp")):
                os.unlink(os.path.join(self.cache_dir, name))


def _du_mib(path):
    return os.stat(path).st_blocks * 512 // (1 << 20)


def run(argv, timeout, **kwargs):
    """A host command that must succeed; its output is shown when it does not."""
    proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=timeout, **kwargs)
    if proc.returncode != 0:
        raise HarnessError("%s exited %d\n%s%s" % (argv[0], proc.returncode,
                                                   proc.stdout[-4000:], proc.stderr[-4000:]))
    return proc


class InstalledGuest(kg.Guest):
    """kernel_guest.Guest with a disk (an overlay of the image) and reboots kept in QEMU."""

    job_prelude = ""  # installed_tests.py writes the whole job

    def __init__(self, cache_dir, workdir, image_path, memory_mb=1536, tpm2=False):
        super().__init__(cache_dir, workdir, firmware="qboot", memory_mb=memory_mb, tpm2=tpm2,
                         init_script=INIT_SCRIPT.replace("@MODULES_TAG@", MODULES_TAG)
                         .replace("@SHARE_TAG@", SHARE_TAG),
                         module_names=GUEST_MODULES, initramfs_dirs=INITRAMFS_DIRS)
        self.disk = os.path.join(workdir, "disk.qcow2")
        run(["qemu-img", "create", "-q", "-f", "qcow2", "-b", image_path, "-F", "raw",
             self.disk], timeout=60)

    def qemu_argv(self, name, share, con_fd, ctl_fd, tpm_fd):
        # No -no-reboot: a reboot resets the machine in this process (the TPM sees a reset,
        # its state stays). The job powers off to end the run.
        append = "console=ttyS0 panic=-1 loglevel=4 systemd.show_status=false"
        return self.machine_argv(name, con_fd, ctl_fd, tpm_fd) + [
            "-append", append,
            "-drive", "file=%s,format=qcow2,if=virtio,cache=unsafe" % self.disk,
            "-fsdev", "local,id=fsmod,path=%s,security_model=none,readonly=on"
                      % self.modules_dir,
            "-device", "virtio-9p-pci,fsdev=fsmod,mount_tag=" + MODULES_TAG,
            "-fsdev", "local,id=fsshare,path=%s,security_model=none" % share,
            "-device", "virtio-9p-pci,fsdev=fsshare,mount_tag=" + SHARE_TAG]


def main():
    """Build (or find) the image: installed_guest.py CACHE DEB_DIR."""
    cache, deb_dir = sys.argv[1:3]
    check_host_tools()
    print(Image(cache, find_debs(deb_dir)).ensure())


if __name__ == "__main__":
    main()
