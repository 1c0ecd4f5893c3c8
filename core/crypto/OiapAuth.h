#pragma once
// OIAP authorization of a request and verification of the response's HMAC.

#include "Crypto.h"
#include "protocol/AuthorizedCommands.h"

namespace tpm {

// auth = HMAC-SHA1(secret, inParamDigest || nonceEven || nonceOdd || continueAuthSession)
Result<Digest> computeRequestAuth(const Secret& secret, const Digest& inParamDigest,
                                  const Nonce& nonceEven, const Nonce& nonceOdd,
                                  bool continueAuthSession);

// Builds the full request for an authorized command: fresh nonceOdd, HMAC with the secret.
struct AuthorizedRequest {
    Bytes bytes;
    Nonce nonceOdd{};
    bool continueAuthSession = false;
};
Result<AuthorizedRequest> authorize(const AuthorizedCommand& command, const Secret& secret,
                                    std::uint32_t authHandle, const Nonce& nonceEven);

// Parses the response and checks resAuth = HMAC(secret, outParamDigest || nonceEven' ||
// nonceOdd || continue). A mismatch is CryptoErrorCode::ResponseAuthMismatch.
Result<AuthorizedResponse> verifyAuthorizedResponse(ByteView response, std::uint32_t ordinal,
                                                    const Secret& secret,
                                                    const AuthorizedRequest& request);

} // namespace tpm
