#pragma once
// Hex literals for known-answer tests.

#include "protocol/Bytes.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string_view>

namespace tpm::test {

inline Bytes hexBytes(std::string_view hex) {
    Bytes bytes;
    EXPECT_TRUE(fromHex(hex, bytes)) << "bad hex literal in test: " << hex;
    return bytes;
}

inline Digest hexDigest(std::string_view hex) {
    const Bytes bytes = hexBytes(hex);
    Digest digest{};
    EXPECT_EQ(bytes.size(), digest.size()) << hex;
    std::copy_n(bytes.begin(), std::min(bytes.size(), digest.size()), digest.begin());
    return digest;
}

inline ByteView textBytes(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

inline Bytes repeated(std::uint8_t value, std::size_t count) {
    return Bytes(count, value);
}

} // namespace tpm::test
