#pragma once
// Commands authorized with one OIAP session (tag 0x00C2 / 0x00C5).
// The protocol layer only lays out bytes; the HMACs are computed in core/crypto.

#include "Result.h"
#include "Structures.h"

namespace tpm {

struct AuthorizedCommand {
    std::uint32_t ordinal = 0;
    Bytes handles; // before the parameters, not part of the parameter digest
    Bytes params;  // part of the parameter digest
};

struct AuthIn {
    std::uint32_t authHandle = 0;
    Nonce nonceOdd{};
    bool continueAuthSession = false;
    Digest auth{};
};

struct AuthorizedResponse {
    std::uint32_t returnCode = 0;
    Bytes outParams;
    Nonce nonceEven{};
    bool continueAuthSession = false;
    Digest resAuth{};
};

Bytes buildAuthorizedRequest(const AuthorizedCommand& command, const AuthIn& auth);
// ordinal || params: SHA-1 of this is the inParamDigest.
Bytes inParamDigestInput(const AuthorizedCommand& command);
// A 0x00C5 response with its 41-byte trailer. A failure is sent as 0x00C4 without a trailer:
// that gives Error::tpm(rc).
Result<AuthorizedResponse> parseAuthorizedResponse(ByteView response);
// returnCode || ordinal || outParams: SHA-1 of this is the outParamDigest.
Bytes outParamDigestInput(std::uint32_t returnCode, std::uint32_t ordinal, ByteView outParams);

AuthorizedCommand makeTakeOwnership(ByteView encOwnerAuth, ByteView encSrkAuth,
                                    const Key& srkParams);
AuthorizedCommand makeGetCapabilityOwner();
AuthorizedCommand makeOwnerReadInternalPub(std::uint32_t keyHandle);
AuthorizedCommand makeOwnerClear();

struct CapabilityOwnerOut {
    Version version;
    std::uint32_t nonVolatileFlags = 0;
    std::uint32_t volatileFlags = 0;
};
Result<Key> parseTakeOwnershipOut(ByteView outParams);
Result<CapabilityOwnerOut> parseGetCapabilityOwnerOut(ByteView outParams);
Result<PubKey> parseOwnerReadInternalPubOut(ByteView outParams);

} // namespace tpm
