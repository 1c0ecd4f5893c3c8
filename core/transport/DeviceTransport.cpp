#include "DeviceTransport.h"

#include "Deadline.h"
#include "DeviceHolders.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace tpm {

Result<UniqueFd> DeviceTransport::openDevice(const std::string& path) {
    UniqueFd fd(::open(path.c_str(), O_RDWR | O_CLOEXEC));
    if (fd) {
        return fd;
    }
    const int err = errno;
    std::string detail = "cannot open " + path + ": " + std::strerror(err);
    if (err == EBUSY) {
        const std::string holders = describeDeviceHolders(findDeviceHolders(path));
        detail += holders.empty() ? " (another process has it open; is tcsd running?)"
                                  : " (held by " + holders + ")";
    }
    return Error::system(err, detail);
}

Result<std::unique_ptr<DeviceTransport>> DeviceTransport::open(const std::string& path) {
    auto fd = openDevice(path);
    if (!fd) {
        return fd.error();
    }
    return std::unique_ptr<DeviceTransport>(new DeviceTransport(path, std::move(fd).value()));
}

Result<void> DeviceTransport::reopen() {
    m_fd.reset(); // the device allows one opener: close before opening again
    auto fd = openDevice(m_path);
    if (!fd) {
        return fd.error();
    }
    m_fd = std::move(fd).value();
    return {};
}

Result<Bytes> DeviceTransport::transmit(ByteView request, std::chrono::milliseconds timeout) {
    if (!m_fd) {
        return Error::system(EBADF, m_path + " is not open");
    }
    if (request.size() > kResponseBufferSize) {
        return Error::usage("request of " + std::to_string(request.size()) +
                            " bytes exceeds the kernel's 4096-byte buffer");
    }
    // The kernel takes exactly one command per write(); it may block for the command's
    // duration and fails with ETIME when the chip does not answer in time.
    ssize_t written = -1;
    for (int attempt = 0; attempt < 8; ++attempt) {
        written = ::write(m_fd.get(), request.data(), request.size());
        if (written >= 0 || errno != EINTR) {
            break;
        }
    }
    if (written < 0) {
        const int err = errno;
        return Error::system(err, "write to " + m_path + " failed: " + std::strerror(err));
    }
    if (static_cast<std::size_t>(written) != request.size()) {
        return Error::system(EIO, "short write to " + m_path + ": " + std::to_string(written) +
                                      " of " + std::to_string(request.size()) + " bytes");
    }

    const Deadline deadline(timeout);
    pollfd pfd{m_fd.get(), POLLIN, 0};
    int ready = -1;
    for (int attempt = 0; attempt < 8; ++attempt) {
        ready = ::poll(&pfd, 1, deadline.remainingMs());
        if (ready >= 0 || errno != EINTR) {
            break;
        }
    }
    if (ready == 0) {
        return Error::system(ETIME, "no answer from the TPM within " +
                                        std::to_string(timeout.count()) + " ms");
    }
    if (ready < 0) {
        const int err = errno;
        return Error::system(err, "poll on " + m_path + " failed: " + std::strerror(err));
    }

    Bytes response(kResponseBufferSize);
    ssize_t got = -1;
    for (int attempt = 0; attempt < 8; ++attempt) {
        got = ::read(m_fd.get(), response.data(), response.size());
        if (got >= 0 || errno != EINTR) {
            break;
        }
    }
    if (got < 0) {
        const int err = errno;
        return Error::system(err, "read from " + m_path + " failed: " + std::strerror(err));
    }
    // Framing (paramSize against length) is the protocol parser's job; never return more
    // than was read.
    response.resize(static_cast<std::size_t>(got));
    return response;
}

} // namespace tpm
