#pragma once
// The TPM 2.0 commands that change a TPM, each sent once from here through ESAPI. Every
// authorization value travels in a salted HMAC session (salted by the SRK, else an EK, else a
// key made in the null hierarchy), with parameter encryption where the command carries a new
// value; none is ever sent in the clear. tss2 types stay out of this header.

#include "crypto/Secret.h"
#include "engine/Tpm2Plan.h"
#include "protocol/Result.h"
#include "tpm2/EsysConnection.h"

#include <cstdint>
#include <string>

namespace tpm::tpm2 {

enum class Hierarchy { Owner, Endorsement, Lockout };
std::string hierarchyName(Hierarchy hierarchy); // "owner", "endorsement", "lockout"

struct DaParameters {
    std::uint32_t maxTries = 0;
    std::uint32_t recoveryTime = 0;
    std::uint32_t lockoutRecovery = 0;
};

// The largest authorization value the TPM takes: the digest size of its context-integrity
// hash ("sha256" -> 32); 32 when the TPM did not say.
std::size_t maxAuthSize(const std::string& contextHash);
// A usage error when the value is longer than maxAuthSize.
Result<void> checkAuthSize(const AuthValue& auth, const std::string& contextHash,
                           const std::string& what);

// TPM2_Startup(CLEAR), for a TPM that answered TPM_RC_INITIALIZE.
Result<void> startup(EsysConnection& esys);

// TPM2_SelfTest(fullTest YES).
Result<void> selfTest(EsysConnection& esys);

// Flushes transient objects a lost answer may have left (without a resource manager, as with
// swtpm, they would stay until the TPM runs out of room).
Result<void> flushTransientObjects(EsysConnection& esys);

// CreatePrimary in the owner hierarchy with the shared SRK template (systemd's: attributes
// 0x00030472, SHA-256, AES-128-CFB, empty unique), then EvictControl to 0x81000001. ECC
// P-256 falls back to RSA-2048 on a TPM without that curve. Returns the algorithm used.
// The caller has made sure nothing is at 0x81000001: this never evicts anything.
Result<SrkAlgorithm> createSharedSrk(EsysConnection& esys, SrkAlgorithm preferred,
                                     const AuthValue& ownerAuth);

// TPM2_DictionaryAttackParameters, authorized by the lockout hierarchy.
Result<void> setDictionaryAttack(EsysConnection& esys, const AuthValue& lockoutAuth,
                                 const DaParameters& parameters);
// TPM2_HierarchyChangeAuth: current -> next, next encrypted on the wire. A successful answer
// was checked by its HMAC, which the TPM computes with the new value: it proves the TPM took
// exactly this value.
Result<void> changeAuth(EsysConnection& esys, Hierarchy hierarchy, const AuthValue& current,
                        const AuthValue& next);
// TPM2_DictionaryAttackLockReset: the failure counter to zero.
Result<void> resetLockout(EsysConnection& esys, const AuthValue& lockoutAuth);
// TPM2_Clear authorized by the lockout hierarchy.
Result<void> clearWithLockout(EsysConnection& esys, const AuthValue& lockoutAuth);
// Checks an owner or endorsement password with TPM2_PolicySecret in a trial session: a wrong
// one is refused with TPM_RC_BAD_AUTH, which the dictionary-attack counter does not count.
Result<void> checkHierarchyAuth(EsysConnection& esys, Hierarchy hierarchy, const AuthValue& auth);

} // namespace tpm::tpm2
