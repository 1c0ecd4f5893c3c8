// HMAC-SHA1 known answers: RFC 2202 section 3, test cases 1-7.

#include "HexTestHelpers.h"
#include "crypto/Crypto.h"

#include <gtest/gtest.h>

namespace tpm {
namespace {

using test::hexBytes;
using test::repeated;
using test::textBytes;

struct HmacCase {
    int number;
    Bytes key;
    Bytes data;
    const char* expectedHex;
};

Bytes text(std::string_view s) {
    const ByteView view = textBytes(s);
    return Bytes(view.begin(), view.end());
}

std::vector<HmacCase> rfc2202Cases() {
    return {
        {1, repeated(0x0b, 20), text("Hi There"), "b617318655057264e28bc0b6fb378c8ef146be00"},
        {2, text("Jefe"), text("what do ya want for nothing?"),
         "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"},
        {3, repeated(0xaa, 20), repeated(0xdd, 50), "125d7342b9ac11cd91a39af48aa17b4f63f175d3"},
        {4, hexBytes("0102030405060708090a0b0c0d0e0f10111213141516171819"), repeated(0xcd, 50),
         "4c9007f4026250c6bc8414f9bf50c86c2d7235da"},
        // RFC 2202 also lists the 96-bit truncation 4c1a03424b55e07fe7f27be1; this is the full MAC.
        {5, repeated(0x0c, 20), text("Test With Truncation"),
         "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"},
        {6, repeated(0xaa, 80), text("Test Using Larger Than Block-Size Key - Hash Key First"),
         "aa4ae5e15272d00e95705637ce8a3b55ed402112"},
        {7, repeated(0xaa, 80),
         text("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
         "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"},
    };
}

TEST(HmacSha1, Rfc2202Cases1To7) {
    for (const HmacCase& c : rfc2202Cases()) {
        const Result<Digest> mac = hmacSha1(c.key, {c.data});
        ASSERT_TRUE(mac.ok()) << "case " << c.number << ": " << mac.error().detail;
        EXPECT_EQ(toHex(mac.value()), c.expectedHex) << "RFC 2202 case " << c.number;
    }
}

TEST(HmacSha1, PartsAreConcatenated) {
    const HmacCase c = rfc2202Cases()[1];
    const ByteView data = c.data;
    const Result<Digest> mac = hmacSha1(c.key, {data.first(4), ByteView{}, data.subspan(4)});
    ASSERT_TRUE(mac.ok());
    EXPECT_EQ(toHex(mac.value()), c.expectedHex);
}

TEST(HmacSha1, EmptyKeyAndMessage) {
    // Computed with python3: hmac.new(b"", b"", hashlib.sha1).hexdigest()
    const Result<Digest> mac = hmacSha1({}, {});
    ASSERT_TRUE(mac.ok()) << mac.error().detail;
    EXPECT_EQ(toHex(mac.value()), "fbdb1d1b18aa6c08324b7d64b71fb76370690e1d");
}

} // namespace
} // namespace tpm
