// The strict UTF-8 -> UTF-16LE conversion behind the "utf16" and "windows" owner secrets.
// Expected bytes: python3 "<text>".encode("utf-16-le").hex()

#include "crypto/Utf16Le.h"

#include "HexTestHelpers.h"

#include <gtest/gtest.h>

namespace tpm {
namespace {

std::string utf16Hex(std::string_view utf8) {
    Bytes out;
    EXPECT_TRUE(appendUtf16Le(utf8, out)) << toHex(test::textBytes(utf8));
    return toHex(out);
}

TEST(Utf16Le, AsciiBecomesTwoBytesPerCharacter) {
    EXPECT_EQ(utf16Hex("Ab"), "41006200");
}

TEST(Utf16Le, BmpCharacters) {
    EXPECT_EQ(utf16Hex("\xC3\xA4"), "e400");     // U+00E4
    EXPECT_EQ(utf16Hex("\xE5\xAF\x86"), "c65b"); // U+5BC6
}

TEST(Utf16Le, NonBmpBecomesSurrogatePair) {
    EXPECT_EQ(utf16Hex("\xF0\x9F\x98\x80"), "3dd800de"); // U+1F600 -> D83D DE00
    EXPECT_EQ(utf16Hex("\xF4\x8F\xBF\xBF"), "ffdbffdf"); // U+10FFFF -> DBFF DFFF
}

TEST(Utf16Le, NeverNeedsMoreThanTwoBytesPerInputByte) {
    const std::string_view mixed = "a\xC3\xA4\xE5\xAF\x86\xF0\x9F\x98\x80";
    Bytes out;
    ASSERT_TRUE(appendUtf16Le(mixed, out));
    EXPECT_LE(out.size(), maxUtf16LeSize(mixed.size()));
    EXPECT_EQ(maxUtf16LeSize(1), 2u); // ASCII hits the bound exactly
}

TEST(Utf16Le, RejectsEncodedSurrogates) {
    Bytes out;
    EXPECT_FALSE(appendUtf16Le("\xED\xA0\xBD\xED\xB8\x80", out)); // CESU-8 style pair
}

} // namespace
} // namespace tpm
