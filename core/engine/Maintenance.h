#pragma once
// Single TPM operations that tpmprov, the helper and the provisioning engine all run: one
// implementation each, returning Result; the callers add only presentation or jobs.

#include "engine/TpmClient.h"

namespace tpm {

enum class StartupOutcome { Started, AlreadyStarted };

// TPM_Startup(ST_CLEAR). A started TPM refuses a second Startup with the code a reset TPM
// uses (0x26): that is AlreadyStarted, not an error.
Result<StartupOutcome> startupTpm(TpmClient& client);
std::string startupOutcomeText(StartupOutcome outcome); // "Sent TPM_Startup(ST_CLEAR): ..."

// TPM_SelfTestFull; on TPM_FAILEDSELFTEST the error's detail carries TPM_GetTestResult.
// recovering: through TpmClient::run (Startup after a reset) rather than plain.
Result<void> selfTestFull(TpmClient& client, bool recovering);

// TPM_ReadPubek with a fresh nonce (recovering a reset); the TPM's checksum over the key and
// the nonce is checked.
Result<PubKey> readPublicEndorsementKey(TpmClient& client);

// TPM_CreateEndorsementKeyPair with a fresh nonce; the TPM's checksum over the key and the
// nonce is checked. Returns the new key. recovering: as for selfTestFull.
Result<PubKey> createEndorsementKey(TpmClient& client, bool recovering);

} // namespace tpm
