#pragma once
// The provisioning plan for a TPM 2.0, by the default policy Windows (1703 and later) and
// systemd follow, because it keeps every other program working: the owner password stays
// empty; the shared storage key (SRK) is created at 0x81000001 only where nothing is;
// the dictionary-attack settings are set while the lockout password is still empty; then a
// lockout password is set and checked. Owner and endorsement passwords only when asked.

#include "engine/Plan.h"

#include <cstdint>

namespace tpm {

enum class SrkAlgorithm { Ecc, Rsa };
std::string srkAlgorithmName(SrkAlgorithm algorithm);  // "ecc", "rsa"
std::string srkAlgorithmTitle(SrkAlgorithm algorithm); // "ECC P-256", "RSA-2048"

struct Tpm2Policy {
    std::uint32_t daMaxTries = 32;                 // failures before the TPM locks out
    std::uint32_t daRecoveryTime = 600;            // seconds until one failure is forgotten
    std::uint32_t daLockoutRecovery = 86400;       // seconds after a wrong lockout password
    SrkAlgorithm srkAlgorithm = SrkAlgorithm::Ecc; // falls back to RSA without ECC P-256
    bool setOwnerAuth = false;
    bool setEndorsementAuth = false;
};

// What this run has done, which the TPM's flags do not show (who set an auth).
struct Tpm2Progress {
    bool srkCreated = false;
    bool lockoutAuthSet = false;
    bool ownerAuthSet = false;
    bool endorsementAuthSet = false;
    bool checked = false;
};

// For a TPM 2.0 whose state was read (state.tpm2.permanent present), or one waiting for
// Startup. Steps: CreateSrk, DictionaryAttack, LockoutAuth, OwnerAuth, EndorsementAuth,
// CheckProvisioning.
Plan makeTpm2Plan(const TpmState& state, const Tpm2Policy& policy,
                  const Tpm2Progress& progress = {});

// Whether the lockout password predates this run: the TPM is someone else's to reset and
// clear, and this run leaves it alone.
bool lockoutSetBefore(const TpmState& state, const Tpm2Progress& progress);

} // namespace tpm
