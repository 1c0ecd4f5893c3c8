// SHA-1 known answers from FIPS 180-2 appendix A (also in RFC 3174).

#include "HexTestHelpers.h"
#include "crypto/Crypto.h"

#include <gtest/gtest.h>
#include <string>

namespace tpm {
namespace {

using test::hexDigest;
using test::textBytes;

std::string sha1Hex(std::initializer_list<ByteView> parts) {
    const Result<Digest> digest = sha1(parts);
    EXPECT_TRUE(digest.ok());
    return digest ? toHex(digest.value()) : std::string{};
}

TEST(Sha1, Abc) {
    EXPECT_EQ(sha1Hex({textBytes("abc")}), "a9993e364706816aba3e25717850c26c9cd0d89d");
}

TEST(Sha1, EmptyMessage) {
    EXPECT_EQ(sha1Hex({}), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    EXPECT_EQ(sha1Hex({ByteView{}}), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
}

TEST(Sha1, Message448Bits) {
    EXPECT_EQ(sha1Hex({textBytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")}),
              "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

TEST(Sha1, MillionLetterA) {
    const Bytes million(1'000'000, 'a');
    EXPECT_EQ(sha1Hex({million}), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST(Sha1, PartsAreConcatenated) {
    // The TPM digests are over several fields; splitting must not change the result.
    EXPECT_EQ(sha1Hex({textBytes("abcdbcdecdefdefg"), ByteView{},
                       textBytes("efghfghighijhijkijkljklmklmnlmnomnopnopq")}),
              "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    EXPECT_EQ(sha1({textBytes("a"), textBytes("bc")}).value(),
              hexDigest("a9993e364706816aba3e25717850c26c9cd0d89d"));
}

} // namespace
} // namespace tpm
