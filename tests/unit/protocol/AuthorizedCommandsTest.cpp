// Owner-authorized commands against real swtpm traffic. The capture script checked every
// resAuth with HMAC-SHA1 over exactly outParamDigestInput(), so these layouts are verified.

#include "protocol/AuthorizedCommands.h"

#include "CapturedTraffic.h"
#include "ProtocolTestSupport.h"
#include "protocol/Constants.h"

namespace tpm {
namespace {

using test::hexBytes;
using test::isProtocolError;
using test::isTpmError;
using test::withFixedParamSize;

constexpr std::size_t kRequestAuthSize = 4 + 20 + 1 + 20;

// The session values a captured request was sent with: its last 45 bytes.
AuthIn authOf(const Bytes& request) {
    ByteReader reader(ByteView(request).last(kRequestAuthSize));
    AuthIn auth;
    std::uint8_t continueByte = 0;
    EXPECT_TRUE(reader.readU32(auth.authHandle) && reader.readDigest(auth.nonceOdd) &&
                reader.readU8(continueByte) && reader.readDigest(auth.auth));
    auth.continueAuthSession = continueByte == 1;
    return auth;
}

// The parameter bytes of a captured request: between the header and the auth block.
ByteView paramsOf(const Bytes& request) {
    return ByteView(request).subspan(10, request.size() - 10 - kRequestAuthSize);
}

TEST(AuthorizedRequest, TakeOwnershipMatchesAcceptedRequest) {
    const Bytes request = hexBytes(test::kTakeOwnershipRequest);
    const ByteView encOwnerAuth = ByteView(request).subspan(16, 256);
    const ByteView encSrkAuth = ByteView(request).subspan(16 + 256 + 4, 256);
    const AuthorizedCommand command =
        makeTakeOwnership(encOwnerAuth, encSrkAuth, defaultSrkParams());
    EXPECT_EQ(command.ordinal, ordinal::TakeOwnership);
    EXPECT_TRUE(command.handles.empty());
    EXPECT_EQ(toHex(buildAuthorizedRequest(command, authOf(request))), toHex(request));

    Bytes digestInput = hexBytes("0000000d");
    const ByteView params = paramsOf(request);
    digestInput.insert(digestInput.end(), params.begin(), params.end());
    EXPECT_EQ(inParamDigestInput(command), digestInput);
}

TEST(AuthorizedRequest, GetCapabilityOwner) {
    const Bytes request = hexBytes(test::kGetCapabilityOwnerRequest);
    const AuthorizedCommand command = makeGetCapabilityOwner();
    EXPECT_EQ(toHex(buildAuthorizedRequest(command, authOf(request))), toHex(request));
    EXPECT_EQ(toHex(inParamDigestInput(command)), "00000066");
}

// keyHandle is hashed: swtpm answered 0x01 AUTHFAIL to the same request without it.
TEST(AuthorizedRequest, OwnerReadInternalPubDigestsTheKeyHandle) {
    const Bytes request = hexBytes(test::kOwnerReadInternalPubRequest);
    const AuthorizedCommand command = makeOwnerReadInternalPub(kSrkHandle);
    EXPECT_EQ(toHex(buildAuthorizedRequest(command, authOf(request))), toHex(request));
    EXPECT_EQ(toHex(inParamDigestInput(command)), "0000008140000000");
    EXPECT_EQ(toHex(inParamDigestInput(makeOwnerReadInternalPub(kEkHandle))), "0000008140000006");
}

TEST(AuthorizedRequest, OwnerClear) {
    const Bytes request = hexBytes(test::kOwnerClearRequest);
    const AuthorizedCommand command = makeOwnerClear();
    EXPECT_EQ(toHex(buildAuthorizedRequest(command, authOf(request))), toHex(request));
    EXPECT_EQ(toHex(inParamDigestInput(command)), "0000005b");
}

TEST(AuthorizedRequest, HandlesGoBeforeParamsAndAreNotDigested) {
    AuthorizedCommand command{0x42, hexBytes("11223344"), hexBytes("aabb")};
    AuthIn auth;
    auth.authHandle = 0x01020304;
    auth.continueAuthSession = true;
    const std::string zeros(40, '0');
    // tag, size, ordinal | handles | params | authHandle, nonceOdd, continue, auth
    const std::string expected =
        "00c20000003d00000042" + std::string("11223344aabb") + "01020304" + zeros + "01" + zeros;
    EXPECT_EQ(toHex(buildAuthorizedRequest(command, auth)), expected);
    EXPECT_EQ(toHex(inParamDigestInput(command)), "00000042aabb");
}

TEST(AuthorizedResponse, TakeOwnershipReturnsTheSrk) {
    const Bytes response = hexBytes(test::kTakeOwnershipResponse);
    auto parsed = parseAuthorizedResponse(response);
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail;
    EXPECT_EQ(parsed->returnCode, 0u);
    EXPECT_EQ(parsed->outParams, Bytes(response.begin() + 10, response.end() - 41));
    EXPECT_EQ(toHex(parsed->nonceEven), toHex(ByteView(response).last(41).first(20)));
    EXPECT_FALSE(parsed->continueAuthSession);
    EXPECT_EQ(toHex(parsed->resAuth), toHex(ByteView(response).last(20)));

    auto srk = parseTakeOwnershipOut(parsed->outParams);
    ASSERT_TRUE(srk.ok()) << srk.error().detail;
    EXPECT_EQ(srk->ver, (Version{1, 1, 0, 0}));
    EXPECT_EQ(srk->keyUsage, 0x0011);
    EXPECT_EQ(srk->algorithmParms.rsa.keyLength, 2048u);
    EXPECT_TRUE(srk->pcrInfo.empty());
    EXPECT_EQ(srk->pubKey.size(), 256u);
    EXPECT_TRUE(srk->encData.empty());

    Bytes digestInput = hexBytes("00000000 0000000d");
    digestInput.insert(digestInput.end(), parsed->outParams.begin(), parsed->outParams.end());
    EXPECT_EQ(outParamDigestInput(0, ordinal::TakeOwnership, parsed->outParams), digestInput);
}

TEST(AuthorizedResponse, GetCapabilityOwner) {
    auto parsed = parseAuthorizedResponse(hexBytes(test::kGetCapabilityOwnerResponse));
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail;
    auto out = parseGetCapabilityOwnerOut(parsed->outParams);
    ASSERT_TRUE(out.ok()) << out.error().detail;
    EXPECT_EQ(out->version.toString(), "1.2.18.158");
    EXPECT_EQ(out->nonVolatileFlags, 0x00000322u);
    EXPECT_EQ(out->volatileFlags, 0u);
    EXPECT_TRUE(isProtocolError(parseGetCapabilityOwnerOut(ByteView(parsed->outParams).first(11)),
                                ProtocolErrorCode::Truncated));
    Bytes longer = parsed->outParams;
    longer.push_back(0);
    EXPECT_TRUE(
        isProtocolError(parseGetCapabilityOwnerOut(longer), ProtocolErrorCode::TrailingBytes));
}

TEST(AuthorizedResponse, OwnerReadInternalPubReturnsTheSameSrk) {
    auto parsed = parseAuthorizedResponse(hexBytes(test::kOwnerReadInternalPubResponse));
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail;
    auto pub = parseOwnerReadInternalPubOut(parsed->outParams);
    ASSERT_TRUE(pub.ok()) << pub.error().detail;
    auto owned = parseAuthorizedResponse(hexBytes(test::kTakeOwnershipResponse));
    ASSERT_TRUE(owned.ok());
    auto srk = parseTakeOwnershipOut(owned->outParams);
    ASSERT_TRUE(srk.ok());
    EXPECT_EQ(pub->modulus, srk->pubKey);
}

TEST(AuthorizedResponse, OwnerClearHasOnlyTheTrailer) {
    auto parsed = parseAuthorizedResponse(hexBytes(test::kOwnerClearResponse));
    ASSERT_TRUE(parsed.ok()) << parsed.error().detail;
    EXPECT_TRUE(parsed->outParams.empty());
    EXPECT_EQ(toHex(outParamDigestInput(0, ordinal::OwnerClear, parsed->outParams)),
              "000000000000005b");
}

TEST(AuthorizedResponse, FailuresAreTpmErrors) {
    EXPECT_TRUE(isTpmError(parseAuthorizedResponse(hexBytes("00c4 0000000a 00000001")), 0x01));
    EXPECT_TRUE(isTpmError(parseAuthorizedResponse(hexBytes("00c4 0000000a 00000014")), 0x14));
    EXPECT_TRUE(isProtocolError(parseAuthorizedResponse(hexBytes("8001 0000000a 00000084")),
                                ProtocolErrorCode::Tpm2Response));
}

TEST(AuthorizedResponse, MalformedTrailers) {
    const Bytes response = hexBytes(test::kOwnerClearResponse);
    // one byte short of a trailer
    Bytes shorter(response.begin(), response.end() - 1);
    EXPECT_TRUE(isProtocolError(parseAuthorizedResponse(withFixedParamSize(shorter)),
                                ProtocolErrorCode::Truncated));
    EXPECT_TRUE(isProtocolError(parseAuthorizedResponse(hexBytes("00c5 0000000a 00000000")),
                                ProtocolErrorCode::Truncated));
    // continueAuthSession must be a TPM_BOOL
    Bytes badContinue = response;
    badContinue[response.size() - 21] = 2;
    EXPECT_TRUE(isProtocolError(parseAuthorizedResponse(badContinue), ProtocolErrorCode::BadValue));
    // success without the auth tag
    Bytes untagged = response;
    untagged[1] = 0xC4;
    EXPECT_TRUE(isProtocolError(parseAuthorizedResponse(untagged), ProtocolErrorCode::BadTag));
    // paramSize lying in both directions
    Bytes extra = response;
    extra.push_back(0);
    EXPECT_TRUE(isProtocolError(parseAuthorizedResponse(extra), ProtocolErrorCode::TrailingBytes));
    EXPECT_TRUE(
        isProtocolError(parseAuthorizedResponse(shorter), ProtocolErrorCode::LengthMismatch));
}

TEST(AuthorizedResponse, OutParamParsersRejectGarbage) {
    EXPECT_TRUE(
        isProtocolError(parseTakeOwnershipOut(hexBytes("0101")), ProtocolErrorCode::Truncated));
    EXPECT_TRUE(isProtocolError(parseOwnerReadInternalPubOut(hexBytes("00000001")),
                                ProtocolErrorCode::Truncated));
}

} // namespace
} // namespace tpm
