#include "CapturedTraffic.h"
#include "ProtocolTestSupport.h"
#include "protocol/Commands.h"

namespace tpm {
namespace {

using test::hexBytes;
using test::isProtocolError;
using test::isTpmError;
using test::withFixedParamSize;

TEST(ReadPubek, SwtpmEndorsementKey) {
    const Bytes response = hexBytes(test::kReadPubekResponse);
    auto pubek = parseReadPubek(response);
    ASSERT_TRUE(pubek.ok()) << pubek.error().detail;
    const KeyParms& parms = pubek->pubKey.algorithmParms;
    EXPECT_EQ(parms.algorithmId, 1u);
    EXPECT_EQ(parms.encScheme, 0x0003);
    EXPECT_EQ(parms.sigScheme, 0x0001);
    EXPECT_EQ(parms.rsa.keyLength, 2048u);
    EXPECT_EQ(parms.rsa.numPrimes, 2u);
    EXPECT_TRUE(parms.rsa.exponent.empty());
    ASSERT_EQ(pubek->pubKey.modulus.size(), 256u);
    EXPECT_EQ(toHex(ByteView(pubek->pubKey.modulus).first(4)), "8a3c53ce");
    // pubKeyBytes: everything between the header and the checksum, as received
    EXPECT_EQ(pubek->pubKeyBytes, Bytes(response.begin() + 10, response.end() - 20));
    EXPECT_EQ(toHex(pubek->checksum), "e53100569fd1997a90f8bfd35f1001dbdb50b461");
}

TEST(ReadPubek, RefusedAfterOwnership) {
    EXPECT_TRUE(isTpmError(parseReadPubek(hexBytes("00c4 0000000a 00000008")), 0x08));
    EXPECT_TRUE(isTpmError(parseReadPubek(hexBytes("00c4 0000000a 00000006")), 0x06));
}

TEST(ReadPubek, Malformed) {
    const Bytes response = hexBytes(test::kReadPubekResponse);
    Bytes shortChecksum(response.begin(), response.end() - 1);
    EXPECT_TRUE(isProtocolError(parseReadPubek(withFixedParamSize(shortChecksum)),
                                ProtocolErrorCode::Truncated));
    Bytes extra = response;
    extra.push_back(0);
    EXPECT_TRUE(isProtocolError(parseReadPubek(withFixedParamSize(extra)),
                                ProtocolErrorCode::TrailingBytes));
    EXPECT_TRUE(isProtocolError(parseReadPubek(extra), ProtocolErrorCode::TrailingBytes));
    Bytes lyingModulusSize = response;
    lyingModulusSize[10 + 24 + 2] = 0x02; // modulus size 0x100 -> 0x200
    EXPECT_TRUE(isProtocolError(parseReadPubek(lyingModulusSize), ProtocolErrorCode::Truncated));
    EXPECT_TRUE(isProtocolError(parseReadPubek(hexBytes("00c4 0000000a 00000000")),
                                ProtocolErrorCode::Truncated));
}

TEST(CreateEndorsementKeyPair, SameLayoutAsReadPubek) {
    Bytes response = hexBytes(test::kReadPubekResponse);
    auto created = parseCreateEndorsementKeyPair(response);
    ASSERT_TRUE(created.ok()) << created.error().detail;
    EXPECT_EQ(created->pubKey.modulus.size(), 256u);
    // swtpm with an EK already present: TPM_DISABLED_CMD
    EXPECT_TRUE(isTpmError(parseCreateEndorsementKeyPair(hexBytes("00c4 0000000a 00000008")), 8));
}

} // namespace
} // namespace tpm
