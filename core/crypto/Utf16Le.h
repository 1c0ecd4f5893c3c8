#pragma once
// Strict UTF-8 -> UTF-16LE conversion for passwords. Private to core/crypto.

#include "protocol/Bytes.h"

#include <string_view>

namespace tpm {

// Appends utf8 as UTF-16LE code units to out. Rejects (returns false) malformed or truncated
// sequences, overlong forms, surrogate code points and values above U+10FFFF; then out may
// hold a partial conversion the caller must wipe. Never reallocates out if the caller
// reserved maxUtf16LeSize(utf8.size()) more bytes, so no unwiped copy is left behind.
bool appendUtf16Le(std::string_view utf8, Bytes& out);

// UTF-16LE never needs more than 2 bytes per UTF-8 byte (1-3 byte sequences give one unit,
// 4-byte sequences give two).
constexpr std::size_t maxUtf16LeSize(std::size_t utf8Size) {
    return 2 * utf8Size;
}

} // namespace tpm
