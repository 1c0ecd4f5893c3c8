#pragma once
// What the Linux driver exposes about a TPM under /sys/class/tpm/tpmN. Tests point the root
// at a directory of files they write.

#include "engine/Ppi.h"

#include <optional>
#include <string>
#include <vector>

namespace tpm {

struct SysfsInfo {
    std::string directory;           // where it was read from
    std::string durations;           // "3015000 4508000 180995000 [original]"
    std::string timeouts;            // "750000 750000 750000 750000 [original]"
    std::string caps;                // "Manufacturer: 0x53544d20\nTCG version: 1.2\n..."
    std::optional<int> versionMajor; // tpm_version_major: 1 or 2 (newer kernels)
    std::optional<bool> enabled, active, owned, tempDeactivated;
    bool hasPpi = false;
    std::string ppiDirectory; // where the ppi files are (ppi/ or the 1.2 device/ppi/)
    std::string ppiVersion;
    std::string ppiTcgOperations; // empty where the firmware offers none
    std::string ppiVendorOperations;
    PpiState ppi; // the same, parsed, plus request, response, transition
};

class SysfsReader {
public:
    // root: "/sys" normally. devicePath: "/dev/tpm0" -> reads <root>/class/tpm/tpm0.
    SysfsReader(std::string root, std::string devicePath);

    // std::nullopt when there is no such directory (not a Linux TPM device, or no driver).
    std::optional<SysfsInfo> read() const;
    // The resource-manager node a TPM 2.0 would have beside this device (/dev/tpmrm0).
    std::string resourceManagerPath() const;

private:
    std::string m_root;
    std::string m_deviceName; // "tpm0"
    std::string m_devicePath;
};

} // namespace tpm
