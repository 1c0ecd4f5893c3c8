#pragma once
// The few TPM 1.2 requests the test support sends, built here so the fixtures do not depend
// on the protocol layer's builders (which they help to test).

#include "protocol/Bytes.h"
#include "protocol/Constants.h"
#include "protocol/Result.h"

namespace tpm::test {

Bytes rawStartup(StartupType type);
Bytes rawPhysicalPresence(std::uint16_t bits);
Bytes rawPhysicalSetDeactivated(bool deactivated);
Bytes rawPhysicalDisable();
Bytes rawGetCapability(std::uint32_t capArea, std::uint32_t subCap);

// The returnCode of a response (Error::protocol when shorter than 10 bytes).
Result<std::uint32_t> responseCode(ByteView response);

// TPM_PERMANENT_FLAGS as returned by GetCapability(TPM_CAP_FLAG, 0x108).
struct PermanentFlagBytes {
    bool disable = false;
    bool ownership = false;
    bool deactivated = false;
    bool physicalPresenceLifetimeLock = false;
    bool physicalPresenceHWEnable = false;
    bool physicalPresenceCMDEnable = false;
};
Result<PermanentFlagBytes> parsePermanentFlagsResponse(ByteView response);

} // namespace tpm::test
