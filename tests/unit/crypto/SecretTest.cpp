// Secret wiping, constant-time comparison and nonces.

#include "crypto/Secret.h"

#include "HexTestHelpers.h"
#include "crypto/Crypto.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace tpm {
namespace {

bool allZero(ByteView bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0; });
}

TEST(Secret, WipeZeroesByteBuffer) {
    Bytes buffer(64, 0xa5);
    wipe(buffer);
    EXPECT_EQ(buffer.size(), 64u);
    EXPECT_TRUE(allZero(buffer));

    Digest digest = test::hexDigest("579233b2c479241523cba5e3af55d0f50f2d6414");
    wipe(digest);
    EXPECT_TRUE(allZero(digest));

    wipe(std::span<std::uint8_t>{}); // nothing to do, must not crash
}

TEST(Secret, WipeClearsStringIncludingSpareCapacity) {
    std::string password(100, 'x');
    password.resize(3); // the old characters stay in the spare capacity
    const std::size_t capacity = password.capacity();
    const char* storage = password.data();
    wipe(password);
    EXPECT_TRUE(password.empty());
    ASSERT_EQ(password.data(), storage); // no reallocation: the same bytes were wiped
    ASSERT_EQ(password.capacity(), capacity);
    // Read the old characters' storage directly: resize() would zero-fill and hide leftovers.
    const auto* raw = reinterpret_cast<const std::uint8_t*>(storage);
    EXPECT_TRUE(allZero(ByteView(raw, capacity)));
}

TEST(Secret, DefaultAndWellKnownAreTwentyZeroBytes) {
    EXPECT_TRUE(allZero(Secret{}.view()));
    EXPECT_EQ(Secret::wellKnown().view().size(), kDigestSize);
    EXPECT_TRUE(allZero(Secret::wellKnown().view()));
}

TEST(Secret, KeepsItsValue) {
    const Digest value = test::hexDigest("000102030405060708090a0b0c0d0e0f10111213");
    const Secret secret(value);
    const Secret copy = secret;
    EXPECT_EQ(copy.bytes(), value);
}

TEST(ConstantTimeCompare, EqualAndDifferent) {
    const Bytes a = test::hexBytes("00112233");
    EXPECT_TRUE(equalConstantTime(a, test::hexBytes("00112233")));
    EXPECT_FALSE(equalConstantTime(a, test::hexBytes("00112234")));
    EXPECT_FALSE(equalConstantTime(a, test::hexBytes("001122")));
    EXPECT_TRUE(equalConstantTime({}, {}));
}

TEST(RandomNonce, TwentyFreshBytes) {
    const Result<Nonce> first = randomNonce();
    const Result<Nonce> second = randomNonce();
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_NE(*first, *second);
    EXPECT_FALSE(allZero(*first));
}

} // namespace
} // namespace tpm
