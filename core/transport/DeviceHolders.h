#pragma once
// Which processes hold a device open (to name tcsd when /dev/tpm0 answers EBUSY).

#include <string>
#include <vector>

namespace tpm {

struct DeviceHolder {
    int pid;
    std::string command; // /proc/PID/comm
};

// Scans procRoot/*/fd for links to devicePath. Processes we may not inspect are skipped.
std::vector<DeviceHolder> findDeviceHolders(const std::string& devicePath,
                                            const std::string& procRoot = "/proc");

// "tcsd (pid 812), gnome-shell (pid 1300)"; empty when there are none.
std::string describeDeviceHolders(const std::vector<DeviceHolder>& holders);

} // namespace tpm
