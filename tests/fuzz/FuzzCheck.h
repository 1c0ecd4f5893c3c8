#pragma once
// Invariants the fuzz targets assert beyond "does not crash": a violated one aborts, which
// both libFuzzer and the replay tests report as a failure.

#include "protocol/Bytes.h"

#include <cstdio>
#include <cstdlib>

namespace tpm::fuzz {

inline void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
        std::abort();
    }
}

inline ByteView inputView(const std::uint8_t* data, std::size_t size) {
    return {data, size};
}

} // namespace tpm::fuzz
