#pragma once
// Plain byte containers shared by every layer. No Qt here: the protocol layer must build
// and fuzz without it.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace tpm {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

inline constexpr std::size_t kDigestSize = 20;
using Digest = std::array<std::uint8_t, kDigestSize>; // SHA-1 sized: digests, nonces, auth values
using Nonce = Digest;

// Lower-case hex without separators, for traces and tests.
std::string toHex(ByteView bytes);
// Accepts hex with optional whitespace; returns false on odd length or a non-hex character.
bool fromHex(std::string_view text, Bytes& out);

} // namespace tpm
