#pragma once
// Small helpers for the protocol tests: hex vectors and error assertions.

#include "protocol/Bytes.h"
#include "protocol/Result.h"

#include <gtest/gtest.h>
#include <string_view>

namespace tpm::test {

inline Bytes hexBytes(std::string_view text) {
    Bytes out;
    EXPECT_TRUE(fromHex(text, out)) << "bad hex in test vector: " << text;
    return out;
}

template <class T>
::testing::AssertionResult isProtocolError(const Result<T>& result, ProtocolErrorCode code) {
    if (result.ok())
        return ::testing::AssertionFailure() << "parsed successfully";
    const Error& error = result.error();
    if (error.kind != ErrorKind::Protocol || error.code != static_cast<std::uint32_t>(code))
        return ::testing::AssertionFailure() << "kind " << static_cast<int>(error.kind) << " code "
                                             << error.code << ": " << error.detail;
    return ::testing::AssertionSuccess();
}

template <class T>
::testing::AssertionResult isTpmError(const Result<T>& result, std::uint32_t returnCode) {
    if (result.ok())
        return ::testing::AssertionFailure() << "parsed successfully";
    if (!result.error().isTpm(returnCode))
        return ::testing::AssertionFailure()
               << "kind " << static_cast<int>(result.error().kind) << " code "
               << result.error().code << ": " << result.error().detail;
    return ::testing::AssertionSuccess();
}

// Rewrites paramSize so a mutated response stays self-consistent.
inline Bytes withFixedParamSize(Bytes response) {
    const auto size = static_cast<std::uint32_t>(response.size());
    for (int i = 0; i < 4; ++i)
        response[2 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(size >> (24 - 8 * i));
    return response;
}

// Wraps a capability blob into a successful GetCapability response.
inline Bytes capabilityResponse(const Bytes& blob) {
    Bytes response = {0x00, 0xC4, 0, 0, 0, 0, 0, 0, 0, 0};
    const auto size = static_cast<std::uint32_t>(blob.size());
    for (int shift = 24; shift >= 0; shift -= 8)
        response.push_back(static_cast<std::uint8_t>(size >> shift));
    response.insert(response.end(), blob.begin(), blob.end());
    return withFixedParamSize(response);
}

} // namespace tpm::test
