// OIAP request authorization and response verification.
// Fixed vectors were computed independently with python3 hashlib/hmac:
//   secret      = sha1(b"owner")
//   inDigest    = sha1(bytes.fromhex("00000066"))              # TPM_GetCapabilityOwner, no params
//   nonceEven   = bytes(range(0x01, 0x15)); nonceOdd = bytes(range(0x80, 0x94))
//   requestAuth = hmac.new(secret, inDigest + nonceEven + nonceOdd + bytes([c]), sha1)
//   outParams   = bytes.fromhex("01020d0c" "00000005" "00000002")
//   nonceEven'  = bytes(range(0x41, 0x55))
//   outDigest   = sha1(struct.pack(">II", 0, 0x66) + outParams)
//   resAuth     = hmac.new(secret, outDigest + nonceEven' + nonceOdd + b"\0", sha1)
//   response    = struct.pack(">HII", 0xC5, 63, 0) + outParams + nonceEven' + b"\0" + resAuth

#include "crypto/OiapAuth.h"

#include "HexTestHelpers.h"
#include "protocol/ByteWriter.h"
#include "protocol/Constants.h"

#include <gtest/gtest.h>

namespace tpm {
namespace {

using test::hexBytes;
using test::hexDigest;

const Secret kSecret(hexDigest("579233b2c479241523cba5e3af55d0f50f2d6414"));
const Nonce kNonceEven = hexDigest("0102030405060708090a0b0c0d0e0f1011121314");
const Nonce kNonceOdd = hexDigest("808182838485868788898a8b8c8d8e8f90919293");
const Nonce kResponseNonceEven = hexDigest("4142434445464748494a4b4c4d4e4f5051525354");
const Bytes kOutParams = hexBytes("01020d0c0000000500000002");
constexpr std::size_t kAuthTrailerSize = 4 + 20 + 1 + 20; // handle, nonceOdd, continue, auth
constexpr std::size_t kResponseTrailerSize = 20 + 1 + 20; // nonceEven, continue, resAuth

AuthorizedRequest requestWithNonceOdd(const Nonce& nonceOdd) {
    AuthorizedRequest request;
    request.nonceOdd = nonceOdd;
    return request;
}

// A 0x00C5 response whose resAuth is computed with the library's (known-answer tested) HMAC.
Bytes signedResponse(const Secret& secret, std::uint32_t ordinal, ByteView outParams,
                     const Nonce& nonceEven, const Nonce& nonceOdd, bool continueSession) {
    const Digest outDigest = sha1({outParamDigestInput(rc::Success, ordinal, outParams)}).value();
    const std::uint8_t continueByte = continueSession ? 1 : 0;
    const Digest resAuth =
        hmacSha1(secret.view(), {outDigest, nonceEven, nonceOdd, ByteView(&continueByte, 1)})
            .value();
    ByteWriter writer;
    writer.u16(tag::RspAuth1Command)
        .u32(static_cast<std::uint32_t>(10 + outParams.size() + kResponseTrailerSize))
        .u32(rc::Success)
        .bytes(outParams)
        .bytes(nonceEven)
        .u8(continueByte)
        .bytes(resAuth);
    return writer.take();
}

TEST(OiapRequestAuth, FixedVector) {
    const Digest inDigest = sha1({hexBytes("00000066")}).value();
    EXPECT_EQ(toHex(inDigest), "ab005279d44b38b570d110604aa302f2b55be8d9");

    const Result<Digest> closing =
        computeRequestAuth(kSecret, inDigest, kNonceEven, kNonceOdd, false);
    ASSERT_TRUE(closing.ok());
    EXPECT_EQ(toHex(*closing), "e7f76cab9af0ad965c29152f8b43856e98a52e65");

    const Result<Digest> continuing =
        computeRequestAuth(kSecret, inDigest, kNonceEven, kNonceOdd, true);
    ASSERT_TRUE(continuing.ok());
    EXPECT_EQ(toHex(*continuing), "f029759489c1a562433d3246f324c287eb38de27");
}

TEST(OiapRequestAuth, InParamDigestInputIsOrdinalThenParams) {
    // The protocol layer lays out what is hashed; check it matches the fixed vector above.
    const AuthorizedCommand command{ordinal::GetCapabilityOwner, {}, {}};
    EXPECT_EQ(toHex(inParamDigestInput(command)), "00000066");
}

TEST(OiapAuthorize, RequestEndsWithAuthTrailer) {
    const AuthorizedCommand command{ordinal::GetCapabilityOwner, {}, {}};
    const std::uint32_t authHandle = 0x02000001;
    const Result<AuthorizedRequest> request = authorize(command, kSecret, authHandle, kNonceEven);
    ASSERT_TRUE(request.ok()) << request.error().detail;
    EXPECT_FALSE(request->continueAuthSession);

    const Bytes& bytes = request->bytes;
    ASSERT_GE(bytes.size(), 10 + kAuthTrailerSize);
    EXPECT_EQ(toHex(ByteView(bytes).first(2)), "00c2");
    const ByteView trailer = ByteView(bytes).last(kAuthTrailerSize);
    EXPECT_EQ(toHex(trailer.first(4)), "02000001");
    EXPECT_EQ(toHex(trailer.subspan(4, 20)), toHex(request->nonceOdd));
    EXPECT_EQ(trailer[24], 0); // continueAuthSession = FALSE
    const Digest expectedAuth =
        computeRequestAuth(kSecret, sha1({inParamDigestInput(command)}).value(), kNonceEven,
                           request->nonceOdd, false)
            .value();
    EXPECT_EQ(toHex(trailer.subspan(25, 20)), toHex(expectedAuth));
}

TEST(OiapAuthorize, FreshNonceOddEachTime) {
    const AuthorizedCommand command{ordinal::OwnerClear, {}, {}};
    const Result<AuthorizedRequest> first = authorize(command, kSecret, 1, kNonceEven);
    const Result<AuthorizedRequest> second = authorize(command, kSecret, 1, kNonceEven);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_NE(first->nonceOdd, second->nonceOdd);
    EXPECT_NE(first->bytes, second->bytes);
}

TEST(OiapVerify, AcceptsFixedResponse) {
    const Bytes response = hexBytes("00c50000003f0000000001020d0c0000000500000002"
                                    "4142434445464748494a4b4c4d4e4f5051525354"
                                    "00"
                                    "34542e39370608f60566719ea2306eeea54fcc31");
    const Result<AuthorizedResponse> verified = verifyAuthorizedResponse(
        response, ordinal::GetCapabilityOwner, kSecret, requestWithNonceOdd(kNonceOdd));
    ASSERT_TRUE(verified.ok()) << verified.error().detail;
    EXPECT_EQ(verified->returnCode, rc::Success);
    EXPECT_EQ(verified->outParams, kOutParams);
    EXPECT_EQ(verified->nonceEven, kResponseNonceEven);
    EXPECT_FALSE(verified->continueAuthSession);
}

TEST(OiapVerify, RoundTripAcceptsBothContinueValues) {
    for (bool continueSession : {false, true}) {
        const Bytes response = signedResponse(kSecret, ordinal::GetCapabilityOwner, kOutParams,
                                              kResponseNonceEven, kNonceOdd, continueSession);
        const Result<AuthorizedResponse> verified = verifyAuthorizedResponse(
            response, ordinal::GetCapabilityOwner, kSecret, requestWithNonceOdd(kNonceOdd));
        ASSERT_TRUE(verified.ok()) << verified.error().detail;
        EXPECT_EQ(verified->continueAuthSession, continueSession);
    }
}

void expectMismatch(const Result<AuthorizedResponse>& verified, const char* what) {
    ASSERT_FALSE(verified.ok()) << what;
    EXPECT_EQ(verified.error().kind, ErrorKind::Crypto) << what;
    EXPECT_EQ(verified.error().code,
              static_cast<std::uint32_t>(CryptoErrorCode::ResponseAuthMismatch))
        << what;
}

TEST(OiapVerify, RefusesAnyFlippedByte) {
    const Bytes good = signedResponse(kSecret, ordinal::GetCapabilityOwner, kOutParams,
                                      kResponseNonceEven, kNonceOdd, false);
    const std::size_t outParamsAt = 10;
    const std::size_t nonceEvenAt = good.size() - kResponseTrailerSize;
    const std::size_t resAuthAt = good.size() - 20;
    const struct {
        const char* what;
        std::size_t offset;
        std::uint8_t mask;
    } flips[] = {
        {"outParams first byte", outParamsAt, 0x01},
        {"outParams last byte", nonceEvenAt - 1, 0x80},
        {"nonceEven", nonceEvenAt + 7, 0x10},
        {"continue flag", nonceEvenAt + 20, 0x01}, // 0 -> 1, still a valid TPM_BOOL
        {"resAuth first byte", resAuthAt, 0x01},
        {"resAuth last byte", good.size() - 1, 0x40},
    };
    for (const auto& flip : flips) {
        Bytes tampered = good;
        tampered[flip.offset] ^= flip.mask;
        expectMismatch(verifyAuthorizedResponse(tampered, ordinal::GetCapabilityOwner, kSecret,
                                                requestWithNonceOdd(kNonceOdd)),
                       flip.what);
    }
}

TEST(OiapVerify, RefusesWrongSecretOrdinalOrNonceOdd) {
    const Bytes good = signedResponse(kSecret, ordinal::GetCapabilityOwner, kOutParams,
                                      kResponseNonceEven, kNonceOdd, false);
    expectMismatch(verifyAuthorizedResponse(good, ordinal::GetCapabilityOwner, Secret::wellKnown(),
                                            requestWithNonceOdd(kNonceOdd)),
                   "wrong secret");
    expectMismatch(verifyAuthorizedResponse(good, ordinal::OwnerClear, kSecret,
                                            requestWithNonceOdd(kNonceOdd)),
                   "wrong ordinal");
    Nonce otherNonceOdd = kNonceOdd;
    otherNonceOdd[0] ^= 0xff;
    expectMismatch(verifyAuthorizedResponse(good, ordinal::GetCapabilityOwner, kSecret,
                                            requestWithNonceOdd(otherNonceOdd)),
                   "replayed for another request");
}

TEST(OiapVerify, TpmErrorPassesThrough) {
    // A failing authorized command is answered with 0x00C4 and no trailer.
    ByteWriter writer;
    writer.u16(tag::RspCommand).u32(10).u32(rc::AuthFail);
    const Result<AuthorizedResponse> verified = verifyAuthorizedResponse(
        writer.take(), ordinal::OwnerClear, kSecret, requestWithNonceOdd(kNonceOdd));
    ASSERT_FALSE(verified.ok());
    EXPECT_TRUE(verified.error().isTpm(rc::AuthFail));
}

} // namespace
} // namespace tpm
