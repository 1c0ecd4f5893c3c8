// errno values a user meets with /dev/tpm0 (Linux tpm driver) or the swtpm TCP transport.

#include "CatalogueInternal.h"

#include <algorithm>
#include <array>
#include <cerrno>

namespace tpm::explain::detail {
namespace {

constexpr std::array kTable = std::to_array<CatalogueEntry>({
    {EPERM, "EPERM", "The system did not permit access to the TPM.",
     "Talking to /dev/tpm0 needs root, or membership in the group the device belongs to (tss "
     "on most distributions, when a udev rule sets it up); a security module may also deny it.",
     "Run tpmprov as an ordinary user without --tpm: it then asks the privileged helper "
     "(tpm-provisioner-helper), which checks with polkit. Or run it as root (sudo), or add your "
     "user to the tss group and log in again."},
    {ENOENT, "ENOENT", "There is no TPM device (/dev/tpm0 does not exist).",
     "The kernel has not created a TPM device. Usually the TPM is switched off or hidden in the "
     "firmware setup; otherwise the machine has no TPM, or the driver for the chip (tpm_tis, or "
     "tpm_infineon / tpm_atmel / tpm_nsc for some older chips) is not loaded. A TPM 2.0 "
     "appears as /dev/tpm0 and /dev/tpmrm0 (the one this tool uses for it).",
     "Look in the firmware setup (\"Security > Security Chip\" on ThinkPads, \"Security > TPM\" "
     "elsewhere) and make the TPM visible/enabled; check `ls /sys/class/tpm` and "
     "`dmesg | grep -i tpm` after the next boot."},
    {EINTR, "EINTR", "The wait for the TPM was interrupted.",
     "A signal (for example Ctrl+C, or the window being closed) interrupted the system call "
     "while the TPM worked. The TPM may still have finished the command.",
     "Run the step again; the engine checks the TPM's state first, so nothing is done twice."},
    {EIO, "EIO", "The kernel reported an input/output error talking to the TPM.",
     "The driver could not move the command or the answer over the bus, or the chip stopped "
     "answering (the kernel may log \"invalid TPM_STS.x\" or \"tpm_transmit: tpm_recv\" in "
     "dmesg). It also appears when writing a request to the firmware's physical-presence "
     "interface (ppi) that the firmware does not support.",
     "Check dmesg for TPM messages. Retry once; if it repeats, shut the computer down "
     "completely (power off, not restart) and try again."},
    {ENXIO, "ENXIO", "The TPM device exists but no chip answers behind it.",
     "The driver is loaded but lost its chip, for example after the firmware hid the TPM, or the "
     "TPM failed at boot.",
     "Check dmesg for TPM messages and the TPM setting in the firmware setup; shut down "
     "completely and start again."},
    {EAGAIN, "EAGAIN", "The TPM device was not ready; try again.",
     "A non-blocking read found no answer yet, or the driver was busy with another request "
     "(from the kernel itself, such as the random-number generator or IMA).",
     "Nothing to do: the engine waits briefly and tries again."},
    {ENOMEM, "ENOMEM", "The system ran out of memory.",
     "The kernel could not allocate memory for the TPM transfer.",
     "Close other programs and try again."},
    {EACCES, "EACCES", "Access to the TPM device was denied.",
     "/dev/tpm0 belongs to root (or to root and the tss group); this program runs as a normal "
     "user.",
     "Run tpmprov as an ordinary user without --tpm: it then asks the privileged helper "
     "(tpm-provisioner-helper), which checks with polkit. Or run it as root (sudo), or add your "
     "user to the tss group and log in again."},
    {EBUSY, "EBUSY", "Another program is using the TPM device.",
     "The kernel lets only one program open /dev/tpm0 at a time. Usually it is held by tcsd "
     "(trousers, needed by tpm-tools) or tpm2-abrmd.",
     "Find the program with `sudo fuser -v /dev/tpm0`; stop tcsd with `sudo systemctl stop "
     "tcsd` (start it again afterwards if you use tpm-tools) and retry."},
    {ENODEV, "ENODEV", "The TPM device has no driver behind it.",
     "The device node exists but the TPM driver went away (unloaded, or the chip was removed or "
     "disabled while running).",
     "Restart the computer; check the TPM setting in the firmware setup if it stays."},
    {EINVAL, "EINVAL", "The kernel rejected the request as malformed.",
     "The driver refused the command bytes (for example a size that does not match the "
     "header) before sending them to the TPM.",
     "Report it with the step that failed: this tool built a wrong request."},
    {EPIPE, "EPIPE", "The connection to the TPM simulator was closed.",
     "swtpm closed the TCP connection while a command was being sent, usually because it was "
     "stopped or crashed.",
     "Start swtpm again and retry."},
    {ETIME, "ETIME", "The kernel stopped waiting for the TPM's answer.",
     "The TPM driver allows each command a fixed time, taken from the chip at boot for three "
     "classes (short, medium, long). When that time runs out the kernel cancels the command, "
     "logs \"Operation Timed out\" and the write fails with ETIME. Slow chips can exceed even "
     "the long duration while generating RSA keys.",
     "Retry once; the engine checks the TPM's state before repeating. If it times out every "
     "time, the chip is slower than the kernel allows for this kind of command; the "
     "kernel's durations are in /sys/class/tpm/tpm0/durations."},
    {ECANCELED, "ECANCELED", "The TPM command was canceled.",
     "Someone wrote to /sys/class/tpm/tpm0/cancel or the driver canceled the command.",
     "Run the step again."},
    {ECONNRESET, "ECONNRESET", "The TPM simulator reset the connection.",
     "swtpm dropped the TCP connection, usually because it was restarted or crashed.",
     "Start swtpm again and retry."},
    {ETIMEDOUT, "ETIMEDOUT", "The TPM simulator did not answer in time.",
     "The TCP connection to swtpm timed out: the host is unreachable or swtpm is stopped.",
     "Check that swtpm is running and reachable on the given host and port."},
    {ECONNREFUSED, "ECONNREFUSED", "Nothing is listening on the TPM simulator's port.",
     "No swtpm runs on the host and port given (or a firewall refuses the connection).",
     "Start swtpm, e.g. `swtpm socket --tpmstate dir=DIR --server type=tcp,port=2321 --ctrl "
     "type=tcp,port=2322 --flags not-need-init`, and check the port."},
    {EHOSTUNREACH, "EHOSTUNREACH", "The TPM simulator's host cannot be reached.",
     "The network has no route to the host given for swtpm.", "Check the host name or address."},
});

} // namespace

std::span<const CatalogueEntry> errnoCodes() {
    return kTable;
}

const CatalogueEntry* findErrno(int number) {
    const auto it = std::find_if(kTable.begin(), kTable.end(), [number](const CatalogueEntry& e) {
        return e.code == static_cast<std::uint32_t>(number);
    });
    return it == kTable.end() ? nullptr : &*it;
}

const CatalogueEntry* findErrnoName(std::string_view upperName) {
    if (upperName == "EWOULDBLOCK") {
        upperName = "EAGAIN";
    }
    const auto it =
        std::find_if(kTable.begin(), kTable.end(),
                     [upperName](const CatalogueEntry& e) { return upperName == e.name; });
    return it == kTable.end() ? nullptr : &*it;
}

} // namespace tpm::explain::detail
