#pragma once
// The hierarchy operations a person asks for one at a time: check the owner or lockout
// password, reset the dictionary-attack counter, clear the TPM. Each exists once, here, for
// tpmprov and the helper; each sends one authorized command (tpm2/Tpm2Commands).

#include "crypto/Secret.h"
#include "engine/Sysfs.h"
#include "engine/TpmState.h"
#include "protocol/Result.h"
#include "tpm2/EsysConnection.h"
#include "transport/Transport.h"

#include <memory>

namespace tpm::tpm2 {

// An ESAPI connection to a started TPM 2.0 and its state, read through that connection.
struct Tpm2Session {
    std::unique_ptr<EsysConnection> esys;
    TpmState state;
};

// Opens the TPM the spec names (a device means its resource manager) and reads its state;
// a TPM waiting for TPM2_Startup is an error (these operations do not start it: that resets
// the PCRs).
Result<Tpm2Session> openTpm2Session(const TransportSpec& spec, const SysfsReader* sysfs);

// Whether the TPM refused an authorization value (TPM_RC_AUTH_FAIL or TPM_RC_BAD_AUTH, with
// any session number): the try happened and was wrong.
bool isRefusedAuth(const Error& error);

// TPM2_DictionaryAttackParameters with the values the TPM already has: changes nothing, and
// the TPM checks the lockout password. One try: a wrong one blocks the lockout hierarchy for
// the TPM's lockoutRecovery time (isRefusedAuth tells that case from others).
Result<void> verifyLockoutAuth(Tpm2Session& session, const AuthValue& lockoutAuth);

// The owner password with TPM2_PolicySecret in a trial session: a wrong one is refused with
// TPM_RC_BAD_AUTH (isRefusedAuth), which the dictionary-attack counter does not count.
Result<void> verifyOwnerAuth(Tpm2Session& session, const AuthValue& ownerAuth);

// TPM2_DictionaryAttackLockReset with the lockout password.
Result<void> resetLockoutCounter(Tpm2Session& session, const AuthValue& lockoutAuth);

// TPM2_Clear with the lockout password. Refused before anything is sent when disableClear is
// set (TPM_RC_DISABLED: only the firmware can clear it then).
Result<void> clearByLockout(Tpm2Session& session, const AuthValue& lockoutAuth);

} // namespace tpm::tpm2
