#pragma once
// Request builders and response parsers for the unauthorized commands the product uses.
// A parser returns Error::tpm(rc) for a non-zero return code and Error::protocol(...) for
// malformed bytes; it never reads past what was received.

#include "Constants.h"
#include "Result.h"
#include "Structures.h"

namespace tpm {

Bytes buildStartup(StartupType type);
Bytes buildSelfTestFull();
Bytes buildContinueSelfTest();
Bytes buildGetTestResult();
Result<Bytes> parseGetTestResult(ByteView response); // the sized outData blob

Bytes buildGetCapability(std::uint32_t capArea, ByteView subCap);
Bytes buildGetCapability(std::uint32_t capArea, std::uint32_t subCap); // subCap as u32
Bytes buildGetCapabilityVersionInfo();                                 // TPM_CAP_VERSION_VAL
Result<Bytes> parseGetCapability(ByteView response);                   // the sized resp blob

Bytes buildPhysicalPresence(std::uint16_t bits);
Bytes buildPhysicalEnable();
Bytes buildPhysicalDisable();
Bytes buildPhysicalSetDeactivated(bool deactivated);
Bytes buildSetOwnerInstall(bool allowed); // TPM_SetOwnerInstall: permanent `ownership` flag
Bytes buildForceClear();

struct PubekOut {
    PubKey pubKey;
    Bytes pubKeyBytes; // the TPM_PUBKEY exactly as received, for the checksum
    Digest checksum;
};
Bytes buildReadPubek(const Nonce& antiReplay);
Result<PubekOut> parseReadPubek(ByteView response);
// keyInfo: RSA 2048, OAEP-SHA1, no signature scheme.
Bytes buildCreateEndorsementKeyPair(const Nonce& antiReplay);
Result<PubekOut> parseCreateEndorsementKeyPair(ByteView response);

struct OiapOut {
    std::uint32_t authHandle = 0;
    Nonce nonceEven{};
};
Bytes buildOiap();
Result<OiapOut> parseOiap(ByteView response);
// TPM_FlushSpecific(handle, TPM_RT_AUTH): closes an authorization session the TPM kept open
// (some chips keep it after refusing the command). Answered with an empty response.
Bytes buildFlushAuthSession(std::uint32_t authHandle);

// Which kernel duration class a request's ordinal falls into (facts file table).
DurationClass durationClassOf(std::uint32_t ordinal);
// Human name of an ordinal for traces ("TPM_TakeOwnership"), "ordinal 0x..." if unknown.
std::string ordinalName(std::uint32_t ordinal);
// Reads the ordinal out of a request (0 if the request is too short).
std::uint32_t requestOrdinal(ByteView request);

} // namespace tpm
