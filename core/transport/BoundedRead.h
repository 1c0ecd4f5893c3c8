#pragma once
// Reads a file descriptor to its end, at most maxBytes: the one read loop for everything the
// product reads whole (password files, the helper's configuration, trousers' key store).
// For secrets the result is reserved up front (never reallocated, so no stray copies) and
// every buffer is wiped, also on failure.

#include "protocol/Result.h"

#include <cstddef>
#include <string>

namespace tpm {

enum class Sensitivity { Plain, Secret };

// Errors: Error::system(errno, ...) when read() fails; Error::usage("longer than N bytes")
// when there is more than maxBytes (callers name the file in their own words).
Result<std::string> readBounded(int fd, std::size_t maxBytes,
                                Sensitivity sensitivity = Sensitivity::Plain);

} // namespace tpm
