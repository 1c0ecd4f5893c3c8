#include "transport/BoundedRead.h"

#include "crypto/Secret.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <span>
#include <unistd.h>

namespace tpm {

namespace {

// Wipes the read buffer when it goes, on every path.
struct ReadBuffer {
    std::array<char, 4096> bytes{};
    ~ReadBuffer() { wipe(std::span(reinterpret_cast<std::uint8_t*>(bytes.data()), bytes.size())); }
};

} // namespace

Result<std::string> readBounded(int fd, std::size_t maxBytes, Sensitivity sensitivity) {
    const bool secret = sensitivity == Sensitivity::Secret;
    std::string out;
    if (secret)
        out.reserve(maxBytes + 1);
    ReadBuffer buffer;
    auto failed = [&](Error error) -> Result<std::string> {
        if (secret)
            wipe(out);
        return error;
    };
    for (;;) {
        const ssize_t n = ::read(fd, buffer.bytes.data(), buffer.bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            return failed(Error::system(err, std::string("read failed: ") + std::strerror(err)));
        }
        if (n == 0)
            return out;
        if (out.size() + static_cast<std::size_t>(n) > maxBytes)
            return failed(Error::usage("longer than " + std::to_string(maxBytes) + " bytes"));
        out.append(buffer.bytes.data(), static_cast<std::size_t>(n));
    }
}

} // namespace tpm
