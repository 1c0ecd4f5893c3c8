#pragma once
// Puts a swtpm TPM 1.2 into the state OEM laptops ship in (facts file, "factory-like laptop
// state"): disabled, deactivated, physical presence lifetime-locked with CMD_ENABLE set.

#include "protocol/Result.h"
#include "transport/Transport.h"

namespace tpm::test {

// Startup(ST_CLEAR); PP PRESENT; PhysicalSetDeactivated(TRUE); PhysicalDisable;
// PP NOTPRESENT; PP LIFETIME_LOCK; power cycle; Startup(ST_CLEAR) (the firmware's job).
// Then checks the permanent flags and that PP CMD_ENABLE answers 0x03 as in the seed report.
Result<void> putIntoFactoryState(Transport& transport);

} // namespace tpm::test
