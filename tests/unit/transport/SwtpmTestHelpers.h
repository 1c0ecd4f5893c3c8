#pragma once
// Shared bits of the swtpm-backed transport tests.

#include "RawCommands.h"
#include "protocol/Result.h"
#include "transport/Transport.h"

#include <chrono>
#include <gtest/gtest.h>

namespace tpm::test {

inline constexpr std::chrono::milliseconds kCommandTimeout{10000};

// The return code of one exchange; fails the test on a transport error.
inline std::uint32_t exchangeCode(Transport& transport, const Bytes& request) {
    auto response = transport.transmit(request, kCommandTimeout);
    EXPECT_TRUE(response.ok()) << (response.ok() ? "" : response.error().detail);
    if (!response) {
        return 0xFFFFFFFFu;
    }
    auto code = responseCode(*response);
    EXPECT_TRUE(code.ok());
    return code ? *code : 0xFFFFFFFFu;
}

// GetCapability(owner present): the raw command from real-kernel-testing.md.
inline Bytes ownerCapabilityRequest() {
    return rawGetCapability(cap::Property, cap::PropOwner);
}

} // namespace tpm::test
