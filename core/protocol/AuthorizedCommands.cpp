// Layout of owner-authorized (OIAP, one session) requests and responses.
// Which bytes are digested was checked against libtpms (tpm_owner.c, tpm_key.c,
// tpm_process.c) and a live swtpm: see the notes on each command.

#include "AuthorizedCommands.h"

#include "Constants.h"
#include "ParseSupport.h"
#include "Response.h"

namespace tpm {

namespace {

// nonceEven[20] + continueAuthSession + resAuth[20], always at the end of a 0x00C5 response.
constexpr std::size_t kAuthTrailerSize = kDigestSize + 1 + kDigestSize;

} // namespace

Bytes buildAuthorizedRequest(const AuthorizedCommand& command, const AuthIn& auth) {
    CommandWriter request(tag::RquAuth1Command, command.ordinal);
    request.params()
        .bytes(command.handles)
        .bytes(command.params)
        .u32(auth.authHandle)
        .bytes(auth.nonceOdd)
        .boolean(auth.continueAuthSession)
        .bytes(auth.auth);
    return std::move(request).finish();
}

Bytes inParamDigestInput(const AuthorizedCommand& command) {
    ByteWriter writer;
    writer.u32(command.ordinal).bytes(command.params);
    return writer.take();
}

Result<AuthorizedResponse> parseAuthorizedResponse(ByteView response) {
    constexpr std::string_view what = "authorization trailer";
    auto header = parseResponseHeader(response);
    if (!header)
        return header.error();
    // Failures come back as 0x00C4 without a trailer; the code is what matters.
    if (header->returnCode != rc::Success)
        return tpmError(*header);
    if (header->tag != tag::RspAuth1Command)
        return Error::protocol(ProtocolErrorCode::BadTag,
                               "response tag " + detail::hex16(header->tag) +
                                   " to a one-session authorized request");
    const ByteView params = header->params;
    if (params.size() < kAuthTrailerSize)
        return detail::truncated(what);
    AuthorizedResponse out;
    out.returnCode = header->returnCode;
    const std::size_t outParamsSize = params.size() - kAuthTrailerSize;
    out.outParams.assign(params.begin(),
                         params.begin() + static_cast<std::ptrdiff_t>(outParamsSize));
    ByteReader trailer(params.subspan(outParamsSize));
    std::uint8_t continueByte = 0;
    if (!trailer.readDigest(out.nonceEven) || !trailer.readU8(continueByte) ||
        !trailer.readDigest(out.resAuth))
        return detail::truncated(what);
    if (continueByte > 1)
        return detail::badValue(what, "continueAuthSession is " + std::to_string(continueByte) +
                                          ", not a TPM_BOOL");
    out.continueAuthSession = continueByte == 1;
    return out;
}

Bytes outParamDigestInput(std::uint32_t returnCode, std::uint32_t ordinal, ByteView outParams) {
    ByteWriter writer;
    writer.u32(returnCode).u32(ordinal).bytes(outParams);
    return writer.take();
}

// All four parameters are digested (libtpms TPM_Process_TakeOwnership).
AuthorizedCommand makeTakeOwnership(ByteView encOwnerAuth, ByteView encSrkAuth,
                                    const Key& srkParams) {
    AuthorizedCommand command;
    command.ordinal = ordinal::TakeOwnership;
    ByteWriter params;
    params.u16(kProtocolIdOwner).sized32(encOwnerAuth).sized32(encSrkAuth);
    writeKey(params, srkParams);
    command.params = params.take();
    return command;
}

AuthorizedCommand makeGetCapabilityOwner() {
    return AuthorizedCommand{ordinal::GetCapabilityOwner, {}, {}};
}

// keyHandle is deliberately part of the inParamDigest here, unlike ordinary key handles:
// it stops a man in the middle from swapping SRK for EK (TPM 1.2 part 3, 14.5; libtpms
// hashes it). swtpm answers 0x01 AUTHFAIL when it is left out of the digest.
AuthorizedCommand makeOwnerReadInternalPub(std::uint32_t keyHandle) {
    AuthorizedCommand command;
    command.ordinal = ordinal::OwnerReadInternalPub;
    ByteWriter params;
    params.u32(keyHandle);
    command.params = params.take();
    return command;
}

AuthorizedCommand makeOwnerClear() {
    return AuthorizedCommand{ordinal::OwnerClear, {}, {}};
}

Result<Key> parseTakeOwnershipOut(ByteView outParams) {
    return parseKey(outParams);
}

Result<CapabilityOwnerOut> parseGetCapabilityOwnerOut(ByteView outParams) {
    constexpr std::string_view what = "TPM_GetCapabilityOwner out";
    ByteReader reader(outParams);
    CapabilityOwnerOut out;
    if (!detail::readVersion(reader, out.version) || !reader.readU32(out.nonVolatileFlags) ||
        !reader.readU32(out.volatileFlags))
        return detail::truncated(what);
    if (auto end = detail::expectEnd(reader, what); !end)
        return end.error();
    return out;
}

Result<PubKey> parseOwnerReadInternalPubOut(ByteView outParams) {
    return parsePubKey(outParams);
}

} // namespace tpm
