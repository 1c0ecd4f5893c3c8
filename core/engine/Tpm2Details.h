#pragma once
// What a TPM 2.0 reports about itself, read through tpm2-tss (core/tpm2/Tpm2Reader): the
// engine's own value types, free of tss2 headers, so the planner, the JSON codec and the
// wizard can use them without the TSS.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tpm {

// TPM_PT_PERMANENT: who set which authorization, and what cannot change any more.
struct Tpm2Permanent {
    bool ownerAuthSet = false;
    bool endorsementAuthSet = false;
    bool lockoutAuthSet = false;
    bool disableClear = false;
    bool inLockout = false; // the DA lockout; a lockout-hierarchy lockout does not show here
    bool tpmGeneratedEps = false;
};

// TPM_PT_STARTUP_CLEAR: which hierarchies are enabled in this boot.
struct Tpm2StartupClear {
    bool phEnable = false;
    bool shEnable = false;
    bool ehEnable = false;
    bool phEnableNv = false;
    bool orderly = false;
};

// Dictionary-attack protection: failures counted, allowed, and the times (seconds).
struct Tpm2DictionaryAttack {
    std::uint32_t counter = 0;         // TPM_PT_LOCKOUT_COUNTER
    std::uint32_t maxTries = 0;        // TPM_PT_MAX_AUTH_FAIL
    std::uint32_t interval = 0;        // TPM_PT_LOCKOUT_INTERVAL: one failure forgotten per
    std::uint32_t lockoutRecovery = 0; // TPM_PT_LOCKOUT_RECOVERY: after a wrong lockoutAuth
};

// The object at the SRK handle (0x81000001) and whether it is systemd's shared SRK: the
// Provisioning Guidance template (ECC P-256 or RSA-2048, SHA-256, attributes 0x00030472,
// AES-128-CFB, no policy), which systemd-cryptenroll and Windows use too.
struct Tpm2Srk {
    std::string algorithm; // "ecc", "rsa", or the TPM_ALG id in hex
    std::uint32_t attributes = 0;
    std::string name; // hex of the TPM's Name (nameAlg + digest)
    bool sharedTemplate = false;
    std::string templateDetail; // what differs from the shared template, in words
};

struct Tpm2Details {
    std::string manufacturer;    // TPM_PT_MANUFACTURER as text ("IBM")
    std::string vendorString;    // TPM_PT_VENDOR_STRING_1..4
    std::string familyIndicator; // "2.0"
    std::uint32_t specLevel = 0;
    std::uint32_t specRevision = 0; // 159 = 1.59
    std::uint32_t firmwareVersion1 = 0;
    std::uint32_t firmwareVersion2 = 0;
    std::string contextHash; // the context-integrity hash ("sha256"): an auth's maximum size
    std::optional<Tpm2Permanent> permanent;
    std::optional<Tpm2StartupClear> startupClear;
    std::optional<Tpm2DictionaryAttack> dictionaryAttack;
    std::vector<std::uint32_t> persistentHandles;
    std::optional<Tpm2Srk> srk;                      // set when 0x81000001 holds an object
    std::vector<std::uint32_t> ekCertificateIndices; // EK certificate NV indices present
    // systemd's NV indices present (its range 0x01D10200-0x01D10224: systemd-pcrlock's
    // policies and the like), which a clear destroys
    std::vector<std::uint32_t> systemdNvIndices;
    std::vector<std::string> pcrBanks; // banks with PCRs allocated ("sha256")
    std::string tcti;                  // how it was reached ("device:/dev/tpmrm0")

    std::string firmwareVersion() const; // "1.2.3.4" style from the two words
};

} // namespace tpm
