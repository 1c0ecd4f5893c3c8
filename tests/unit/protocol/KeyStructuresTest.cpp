#include "ProtocolTestSupport.h"
#include "protocol/Structures.h"

namespace tpm {
namespace {

using test::hexBytes;
using test::isProtocolError;

// TPM_KEY 1.1 as TakeOwnership sends it (facts file; swtpm accepted these bytes).
// version 1.1.0.0, storage, flags 0, auth always; RSA parms 2048/2 primes/default exponent,
// OAEP-SHA1, no signature; no PCR info, pubKey or encData.
constexpr std::string_view kDefaultSrkParamsHex =
    "01010000 0011 00000000 01 "
    "00000001 0003 0001 0000000c 00000800 00000002 00000000 "
    "00000000 00000000 00000000";

// TPM_PUBKEY with RSA 512 parms, exponent 0x010001 and a 4-byte modulus.
constexpr std::string_view kSmallPubKeyHex =
    "00000001 0003 0001 0000000f 00000200 00000002 00000003 "
    "010001 00000004 c0ffee01";

Bytes keyBytes(const Key& key) {
    ByteWriter writer;
    writeKey(writer, key);
    return writer.take();
}

TEST(KeyStructures, DefaultSrkParamsBytes) {
    EXPECT_EQ(keyBytes(defaultSrkParams()), hexBytes(kDefaultSrkParamsHex));
}

TEST(KeyStructures, KeyRoundTrips) {
    auto key = parseKey(hexBytes(kDefaultSrkParamsHex));
    ASSERT_TRUE(key.ok()) << key.error().detail;
    EXPECT_EQ(key->ver, (Version{1, 1, 0, 0}));
    EXPECT_EQ(key->keyUsage, 0x0011);
    EXPECT_EQ(key->authDataUsage, 0x01);
    EXPECT_EQ(key->algorithmParms.rsa.keyLength, 2048u);
    EXPECT_EQ(keyBytes(*key), hexBytes(kDefaultSrkParamsHex));
}

TEST(KeyStructures, PubKeyWithExponent) {
    auto key = parsePubKey(hexBytes(kSmallPubKeyHex));
    ASSERT_TRUE(key.ok()) << key.error().detail;
    EXPECT_EQ(key->algorithmParms.rsa.keyLength, 512u);
    EXPECT_EQ(toHex(key->algorithmParms.rsa.exponent), "010001");
    EXPECT_EQ(toHex(key->modulus), "c0ffee01");
    ByteWriter writer;
    writePubKey(writer, *key);
    EXPECT_EQ(writer.data(), hexBytes(kSmallPubKeyHex));
}

TEST(KeyStructures, NonRsaParmsAreKeptRaw) {
    const Bytes blob = hexBytes("00000002 0000 0000 00000003 aabbcc 00000000");
    auto key = parsePubKey(blob);
    ASSERT_TRUE(key.ok()) << key.error().detail;
    EXPECT_EQ(toHex(key->algorithmParms.rawParms), "aabbcc");
    ByteWriter writer;
    writePubKey(writer, *key);
    EXPECT_EQ(writer.data(), blob);
}

TEST(KeyStructures, RsaParmsMustFillParmSizeExactly) {
    // parmSize 13 but TPM_RSA_KEY_PARMS with an empty exponent is 12 bytes
    EXPECT_TRUE(isProtocolError(
        parsePubKey(hexBytes("00000001 0003 0001 0000000d 00000800 00000002 00000000 00 00000000")),
        ProtocolErrorCode::TrailingBytes));
    // exponentSize larger than parmSize leaves
    EXPECT_TRUE(isProtocolError(
        parsePubKey(hexBytes("00000001 0003 0001 0000000c 00000800 00000002 00000004 00000000")),
        ProtocolErrorCode::Truncated));
}

TEST(KeyStructures, SizedFieldsLongerThanDataAreTruncated) {
    // parmSize larger than the blob
    EXPECT_TRUE(isProtocolError(parsePubKey(hexBytes("00000001 0003 0001 00001000 00000800")),
                                ProtocolErrorCode::Truncated));
    // modulus size larger than what follows
    EXPECT_TRUE(isProtocolError(
        parsePubKey(hexBytes("00000001 0003 0001 0000000c 00000800 00000002 00000000 00000100 aa")),
        ProtocolErrorCode::Truncated));
    // encDataSize missing from a TPM_KEY
    const Bytes key = hexBytes(kDefaultSrkParamsHex);
    EXPECT_TRUE(isProtocolError(parseKey(ByteView(key).first(key.size() - 1)),
                                ProtocolErrorCode::Truncated));
    EXPECT_TRUE(isProtocolError(parseKey(ByteView(key).first(3)), ProtocolErrorCode::Truncated));
}

TEST(KeyStructures, TrailingBytesAfterWholeBlob) {
    Bytes key = hexBytes(kDefaultSrkParamsHex);
    key.push_back(0);
    EXPECT_TRUE(isProtocolError(parseKey(key), ProtocolErrorCode::TrailingBytes));
    Bytes pub = hexBytes(kSmallPubKeyHex);
    pub.push_back(0);
    EXPECT_TRUE(isProtocolError(parsePubKey(pub), ProtocolErrorCode::TrailingBytes));
}

TEST(KeyStructures, Key12IsRejected) {
    Bytes key = hexBytes(kDefaultSrkParamsHex);
    key[0] = 0x00; // TPM_KEY12 tag 0x0028 + fill
    key[1] = 0x28;
    EXPECT_TRUE(isProtocolError(parseKey(key), ProtocolErrorCode::BadValue));
}

TEST(KeyStructures, FailedReadDoesNotMoveTheReader) {
    const Bytes blob = hexBytes("00000001 0003 0001 00001000 00000800");
    ByteReader reader(blob);
    EXPECT_FALSE(readKeyParms(reader).ok());
    EXPECT_EQ(reader.offset(), 0u);
    EXPECT_FALSE(readPubKey(reader).ok());
    EXPECT_EQ(reader.offset(), 0u);
    EXPECT_FALSE(readKey(reader).ok());
    EXPECT_EQ(reader.offset(), 0u);
}

TEST(KeyStructures, ReaderAdvancesPastOneKey) {
    Bytes two = hexBytes(kSmallPubKeyHex);
    const Bytes one = two;
    two.insert(two.end(), one.begin(), one.end());
    ByteReader reader(two);
    ASSERT_TRUE(readPubKey(reader).ok());
    EXPECT_EQ(reader.offset(), one.size());
    ASSERT_TRUE(readPubKey(reader).ok());
    EXPECT_TRUE(reader.atEnd());
}

} // namespace
} // namespace tpm
