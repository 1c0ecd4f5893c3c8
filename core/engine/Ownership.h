#pragma once
// Owner-authorized operations: each runs in a fresh OIAP session and checks the response HMAC.

#include "crypto/Secret.h"
#include "engine/TpmClient.h"
#include "engine/TpmState.h"
#include "protocol/AuthorizedCommands.h"

namespace tpm {

// One OIAP session, one authorized command, response HMAC verified with the same secret.
// TPM_RETRY / TPM_DOING_SELFTEST (nothing ran) are retried in a fresh session; a session the
// TPM kept after a refusal or a lost answer is flushed.
Result<AuthorizedResponse> runOwnerAuthorized(TpmClient& client, const AuthorizedCommand& command,
                                              const Secret& secret);

// One attempt at TPM_TakeOwnership: encrypts both secrets to the EK, returns the SRK's public
// part. The caller decides about retries (see Provisioner).
Result<Key> takeOwnershipOnce(TpmClient& client, const PubKey& endorsementKey,
                              const Secret& ownerSecret, const Secret& srkSecret);

// TPM_GetCapabilityOwner: succeeds only with the right owner secret.
Result<CapabilityOwnerOut> getCapabilityOwner(TpmClient& client, const Secret& ownerSecret);
// TPM_OwnerReadInternalPub for the SRK.
Result<PubKey> readStorageRootKey(TpmClient& client, const Secret& ownerSecret);

enum class OwnerCheck {
    Accepted, // the TPM proved it knows this secret
    Rejected, // TPM_AUTHFAIL: not the owner secret (one try counted by the TPM)
};
// Never retried: every wrong try feeds the TPM's dictionary-attack counter.
Result<OwnerCheck> checkOwnerSecret(TpmClient& client, const Secret& ownerSecret);

// verify-owner: checkOwnerSecret on a TPM 1.2 that has an owner and is turned on; anything
// else is an engine stop (NotTpm12, NotOwned, TpmTurnedOff) and nothing is sent, since an
// owner command could only fail there.
Result<OwnerCheck> verifyOwnerOf(TpmClient& client, const TpmState& state,
                                 const Secret& ownerSecret);

} // namespace tpm
