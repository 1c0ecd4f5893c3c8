#pragma once
// Typed TPM 1.2 structures and their (un)marshalling.

#include "ByteReader.h"
#include "ByteWriter.h"
#include "Result.h"

#include <array>
#include <string>

namespace tpm {

struct Version { // TPM_VERSION / TPM_STRUCT_VER
    std::uint8_t major = 0, minor = 0, revMajor = 0, revMinor = 0;
    std::string toString() const; // "1.2.13.12"
    bool operator==(const Version&) const = default;
};

// TPM_PERMANENT_FLAGS: member names are the spec's names (tpmOperator for "operator").
struct PermanentFlags {
    bool disable = false, ownership = false, deactivated = false, readPubek = false,
         disableOwnerClear = false, allowMaintenance = false, physicalPresenceLifetimeLock = false,
         physicalPresenceHWEnable = false, physicalPresenceCMDEnable = false, CEKPUsed = false,
         TPMpost = false, TPMpostLock = false, FIPS = false, tpmOperator = false,
         enableRevokeEK = false, nvLocked = false, readSRKPub = false, tpmEstablished = false,
         maintenanceDone = false, disableFullDALogicInfo = false;
    // How many flags the TPM sent, in wire order: older spec revisions send fewer (revision
    // 85/94 chips stop before disableFullDALogicInfo); the missing ones read FALSE.
    std::uint8_t reported = kPermanentFlagCount;
    static constexpr std::uint8_t kPermanentFlagCount = 20;
    bool operator==(const PermanentFlags&) const = default;
};

struct StclearFlags { // TPM_STCLEAR_FLAGS
    bool deactivated = false, disableForceClear = false, physicalPresence = false,
         physicalPresenceLock = false, bGlobalLock = false;
    std::uint8_t reported = kStclearFlagCount; // as PermanentFlags::reported
    static constexpr std::uint8_t kStclearFlagCount = 5;
    bool operator==(const StclearFlags&) const = default;
};

// Spec name and member for each flag, in wire order: JSON and the UI list flags from these.
struct PermanentFlagField {
    const char* name;
    bool PermanentFlags::*member;
};
struct StclearFlagField {
    const char* name;
    bool StclearFlags::*member;
};
std::span<const PermanentFlagField> permanentFlagFields();
std::span<const StclearFlagField> stclearFlagFields();

struct CapVersionInfo { // TPM_CAP_VERSION_INFO
    Version version;
    std::uint16_t specLevel = 0;
    std::uint8_t errataRev = 0;
    std::array<std::uint8_t, 4> vendorId{};
    Bytes vendorSpecific;
    std::string vendorIdString() const; // printable ASCII, trailing spaces/NULs trimmed: "STM"
};

struct Durations { // TPM_CAP_PROP_DURATION, microseconds
    std::uint32_t shortUs = 0, mediumUs = 0, longUs = 0;
};

struct TisTimeouts { // TPM_CAP_PROP_TIS_TIMEOUT, microseconds
    std::uint32_t aUs = 0, bUs = 0, cUs = 0, dUs = 0;
};

struct RsaKeyParms { // TPM_RSA_KEY_PARMS
    std::uint32_t keyLength = 2048;
    std::uint32_t numPrimes = 2;
    Bytes exponent; // empty means the default 65537
};

struct KeyParms { // TPM_KEY_PARMS (RSA only is interpreted; other algorithms keep raw parms)
    std::uint32_t algorithmId = 1;    // TPM_ALG_RSA
    std::uint16_t encScheme = 0x0003; // TPM_ES_RSAESOAEP_SHA1_MGF1
    std::uint16_t sigScheme = 0x0001; // TPM_SS_NONE
    RsaKeyParms rsa;
    Bytes rawParms; // filled for non-RSA algorithms
};

struct PubKey { // TPM_PUBKEY
    KeyParms algorithmParms;
    Bytes modulus; // TPM_STORE_PUBKEY key bytes
};

struct Key { // TPM_KEY (version 1.1.0.0)
    Version ver{1, 1, 0, 0};
    std::uint16_t keyUsage = 0x0011; // TPM_KEY_STORAGE
    std::uint32_t keyFlags = 0;
    std::uint8_t authDataUsage = 0x01; // TPM_AUTH_ALWAYS
    KeyParms algorithmParms;
    Bytes pcrInfo;
    Bytes pubKey; // modulus
    Bytes encData;
};

// SRK parameters for TakeOwnership, as tpm-tools and the facts file send them.
Key defaultSrkParams();

// Unmarshal from a reader (advancing it) or from a whole blob (no trailing bytes allowed).
// Flag blobs are the exception: a chip of another spec revision may send fewer flags (at
// least those the engine needs) or more (ignored), so their length is not fixed.
Result<PermanentFlags> parsePermanentFlags(ByteView blob);
Result<StclearFlags> parseStclearFlags(ByteView blob);
Result<CapVersionInfo> parseCapVersionInfo(ByteView blob);
Result<Durations> parseDurations(ByteView blob);
Result<TisTimeouts> parseTisTimeouts(ByteView blob);
Result<KeyParms> readKeyParms(ByteReader& reader);
Result<PubKey> readPubKey(ByteReader& reader);
Result<Key> readKey(ByteReader& reader);
Result<PubKey> parsePubKey(ByteView blob);
Result<Key> parseKey(ByteView blob);

void writeKeyParms(ByteWriter& writer, const KeyParms& parms);
void writePubKey(ByteWriter& writer, const PubKey& key);
void writeKey(ByteWriter& writer, const Key& key);

} // namespace tpm
