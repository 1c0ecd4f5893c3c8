#pragma once
// Physical presence asserted from the operating system (TSC_PhysicalPresence) and the
// commands that need it: the one implementation, for the engine and the helper alike.
// Presence is asserted by the planner's rule and released after the work: left asserted,
// any local program could ForceClear the new owner without being present.
// INVALID_POSTINIT comes back to the caller as Error::tpm(0x26): a reset also drops
// presence, so the caller sends Startup and starts the work again.

#include "engine/Sysfs.h"
#include "engine/TpmClient.h"
#include "engine/TpmState.h"

#include <functional>
#include <optional>

namespace tpm {

struct PresenceAssertion {
    bool sentPresent = false;         // this call asserted presence
    bool cmdEnableSwitchedOn = false; // this call set the permanent CMD_ENABLE flag
};

// Asserts presence unless it is asserted already; Error::engine(Blocked) with the planner's
// reason when software cannot assert it. Never sends CMD_ENABLE when it is set or locked
// (the chip answers TPM_BAD_PARAMETER: the seed report's failure).
Result<PresenceAssertion> assertPresence(TpmClient& client, const TpmState& state);

// TSC_PhysicalPresence(NOTPRESENT); with `lock` also LOCK, so that presence cannot be
// asserted again until the next boot.
Result<void> releasePresence(TpmClient& client, bool lock);

// Under presence: TPM_PhysicalEnable if the TPM is disabled, then TPM_SetOwnerInstall(TRUE)
// if it accepts no owner.
Result<void> turnOn(TpmClient& client, const PermanentFlags& flags);

// Under presence: TPM_PhysicalSetDeactivated(FALSE), effective from the next restart.
Result<void> activate(TpmClient& client);

// Under presence: TPM_ForceClear (removes the owner and every key under the SRK).
Result<void> forceClear(TpmClient& client);

// The state a presence-gated command needs: a TPM 1.2 that reported both flag sets.
Result<TpmState> readPresenceState(TpmClient& client, const SysfsReader* sysfs);

// Presence-gated work as one operation: the state read, presence asserted when needed, the
// work, presence released again (also when the work failed). A reset drops presence, so
// after INVALID_POSTINIT Startup is sent and the whole operation runs once more.
using PresenceWork = std::function<Result<void>(TpmClient&, const TpmState&)>;
struct PresenceGatedFailure {
    Error error;
    std::optional<TpmState> state; // what the work ran against, when it was read
    bool atPresence = false;       // asserting presence failed, not the work
};
std::optional<PresenceGatedFailure> runUnderPresence(TpmClient& client, const SysfsReader* sysfs,
                                                     const PresenceWork& work);

} // namespace tpm
