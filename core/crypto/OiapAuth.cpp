#include "OiapAuth.h"

namespace tpm {

namespace {

// TPM_BOOL as it enters the HMAC: one byte, 0 or 1.
std::array<std::uint8_t, 1> continueByte(bool continueAuthSession) {
    return {static_cast<std::uint8_t>(continueAuthSession ? 1 : 0)};
}

} // namespace

Result<Digest> computeRequestAuth(const Secret& secret, const Digest& inParamDigest,
                                  const Nonce& nonceEven, const Nonce& nonceOdd,
                                  bool continueAuthSession) {
    const auto continueFlag = continueByte(continueAuthSession);
    return hmacSha1(secret.view(), {inParamDigest, nonceEven, nonceOdd, continueFlag});
}

Result<AuthorizedRequest> authorize(const AuthorizedCommand& command, const Secret& secret,
                                    std::uint32_t authHandle, const Nonce& nonceEven) {
    const Result<Digest> inParamDigest = sha1({inParamDigestInput(command)});
    if (!inParamDigest)
        return inParamDigest.error();
    Result<Nonce> nonceOdd = randomNonce();
    if (!nonceOdd)
        return nonceOdd.error();

    // One command per session: the caller opens a fresh OIAP session for each request.
    AuthIn authIn;
    authIn.authHandle = authHandle;
    authIn.nonceOdd = nonceOdd.value();
    authIn.continueAuthSession = false;
    const Result<Digest> auth = computeRequestAuth(secret, inParamDigest.value(), nonceEven,
                                                   authIn.nonceOdd, authIn.continueAuthSession);
    if (!auth)
        return auth.error();
    authIn.auth = auth.value();

    AuthorizedRequest request;
    request.bytes = buildAuthorizedRequest(command, authIn);
    request.nonceOdd = authIn.nonceOdd;
    request.continueAuthSession = authIn.continueAuthSession;
    return request;
}

Result<AuthorizedResponse> verifyAuthorizedResponse(ByteView response, std::uint32_t ordinal,
                                                    const Secret& secret,
                                                    const AuthorizedRequest& request) {
    Result<AuthorizedResponse> parsed = parseAuthorizedResponse(response);
    if (!parsed)
        return parsed;
    const AuthorizedResponse& answer = parsed.value();

    const Result<Digest> outParamDigest =
        sha1({outParamDigestInput(answer.returnCode, ordinal, answer.outParams)});
    if (!outParamDigest)
        return outParamDigest.error();
    // The TPM signs its own nonceEven and continue flag, and our nonceOdd from the request.
    const auto continueFlag = continueByte(answer.continueAuthSession);
    const Result<Digest> expected = hmacSha1(
        secret.view(), {outParamDigest.value(), answer.nonceEven, request.nonceOdd, continueFlag});
    if (!expected)
        return expected.error();
    if (!equalConstantTime(expected.value(), answer.resAuth))
        return Error::crypto(CryptoErrorCode::ResponseAuthMismatch,
                             "response authorization HMAC does not match: wrong secret or "
                             "altered response");
    return parsed;
}

} // namespace tpm
