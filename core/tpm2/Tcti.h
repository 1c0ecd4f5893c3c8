#pragma once
// Which tpm2-tss TCTI reaches the TPM a transport spec names. A TPM 2.0 is always used
// through the kernel's resource manager (/dev/tpmrm0): /dev/tpm0 without one leaks
// transient objects (TPM_RC_OBJECT_MEMORY). swtpm is reached with the swtpm TCTI.

#include "protocol/Result.h"
#include "transport/Transport.h"

#include <string>

namespace tpm::tpm2 {

// "device:/dev/tpmrm0" for device:/dev/tpmN (the resource manager of that TPM; an explicit
// /dev/tpmrmN stays), "swtpm:host=H,port=P" for swtpm:H:P[:C]. resourceManagerExists tells
// whether the tpmrm node is there (injectable for tests).
Result<std::string> tctiFor(const TransportSpec& spec,
                            bool (*resourceManagerExists)(const std::string&) = nullptr);

} // namespace tpm::tpm2
