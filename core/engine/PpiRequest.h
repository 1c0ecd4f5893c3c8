#pragma once
// Requesting an operation through the firmware's Physical Presence Interface: the kernel
// passes what is written to /sys/class/tpm/tpmN/ppi/request to the firmware (ACPI _DSM), and
// the firmware carries it out at the next boot, after asking the person at the computer when
// the operation needs it. Only named operations from a fixed table are requested, and only
// ones the firmware says it offers.

#include "engine/Sysfs.h"
#include "engine/TpmState.h"
#include "protocol/Result.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tpm {

struct PpiOperationInfo {
    std::string_view name; // "clear"
    std::uint32_t operation;
    bool tpm12;             // defined for a TPM 1.2
    bool tpm2;              // defined for a TPM 2.0
    std::string_view words; // "clear the TPM"
};

// The operations tpmprov requests by name (none, enable, disable, activate, turn-on, clear,
// enable-clear, change-eps).
std::span<const PpiOperationInfo> ppiRequestableOperations();
const PpiOperationInfo* findPpiOperation(std::string_view name);
const PpiOperationInfo* findPpiOperation(std::uint32_t operation); // the helper's argument

// A request that can be written, and what the next boot will do with it.
struct PpiRequestPlan {
    PpiOperationInfo operation;
    PpiOperationStatus status = PpiOperationStatus::NotImplemented;
    std::string nextBoot; // in words: restart or power off, and whether the firmware asks
};

// Checks the name against the family (a usage error) and what the firmware offers (an
// engine stop, Blocked: only the firmware setup can do it).
Result<PpiRequestPlan> planPpiRequest(const SysfsInfo& sysfs, TpmFamily family,
                                      std::string_view name);

// Writes the operation number to the request file. The writer is the system call by default;
// tests put one in that fails as the kernel does (EPERM: the firmware refused or does not
// offer it; EIO/EFAULT: the firmware failed).
using PpiWriter = std::function<int(const std::string& path, const std::string& text)>;
Result<void> writePpiRequest(const std::string& ppiDirectory, std::uint32_t operation,
                             const PpiWriter& writer = {});

} // namespace tpm
