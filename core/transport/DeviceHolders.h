#pragma once
// Which processes hold a device open (to name tcsd when /dev/tpm0 answers EBUSY).

#include <string>
#include <vector>

namespace tpm {

struct DeviceHolder {
    int pid;
    std::string command; // /proc/PID/comm
    // false: the process's descriptors could not be read (another user's process and no
    // CAP_SYS_PTRACE, as under the helper's unit), but it is a program known to hold TPMs.
    bool certain = true;
};

// Scans procRoot/*/fd for links to devicePath. When no holder is found that way, processes
// whose descriptors cannot be read but whose name is a known TPM program (tcsd, tpm2-abrmd)
// are returned as uncertain holders: names are world-readable, descriptors are not.
std::vector<DeviceHolder> findDeviceHolders(const std::string& devicePath,
                                            const std::string& procRoot = "/proc");

// "tcsd (pid 812), gnome-shell (pid 1300)", "probably tcsd (pid 812)"; empty when none.
std::string describeDeviceHolders(const std::vector<DeviceHolder>& holders);

} // namespace tpm
