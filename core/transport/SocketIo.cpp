#include "SocketIo.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

namespace tpm::net {
namespace {

std::string errnoText(int err) {
    return std::strerror(err);
}

// Waits for `events` on fd until the deadline; false with errno-like code on failure.
Result<void> waitFor(int fd, short events, const Deadline& deadline) {
    // Bounded: each iteration either returns or was interrupted by a signal, and the
    // remaining time shrinks, so the loop ends by the deadline.
    for (;;) {
        pollfd pfd{fd, events, 0};
        const int ready = ::poll(&pfd, 1, deadline.remainingMs());
        if (ready > 0) {
            return {};
        }
        if (ready == 0) {
            return timeoutError(deadline);
        }
        if (errno != EINTR) {
            return Error::system(errno, "poll failed: " + errnoText(errno));
        }
    }
}

struct AddrInfoDeleter {
    void operator()(addrinfo* info) const { ::freeaddrinfo(info); }
};

Result<UniqueFd> connectOne(const addrinfo& addr, const Deadline& deadline) {
    UniqueFd fd(::socket(addr.ai_family, addr.ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
                         addr.ai_protocol));
    if (!fd) {
        return Error::system(errno, "socket failed: " + errnoText(errno));
    }
    if (::connect(fd.get(), addr.ai_addr, addr.ai_addrlen) != 0) {
        if (errno != EINPROGRESS) {
            return Error::system(errno, errnoText(errno));
        }
        if (auto waited = waitFor(fd.get(), POLLOUT, deadline); !waited) {
            return Error::system(ETIME, "connection not established within " +
                                            std::to_string(deadline.budget().count()) + " ms");
        }
        int soError = 0;
        socklen_t len = sizeof soError;
        if (::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &soError, &len) != 0) {
            return Error::system(errno, "getsockopt failed: " + errnoText(errno));
        }
        if (soError != 0) {
            return Error::system(soError, errnoText(soError));
        }
    }
    // TPM commands are small request/response exchanges: do not let Nagle hold them back.
    const int one = 1;
    ::setsockopt(fd.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

} // namespace

Error timeoutError(const Deadline& deadline) {
    return Error::system(ETIME, "no answer from the TPM within " +
                                    std::to_string(deadline.budget().count()) + " ms");
}

Result<UniqueFd> connectTcp(const std::string& host, std::uint16_t port, const Deadline& deadline) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo* found = nullptr;
    const std::string service = std::to_string(port);
    const int rc = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &found);
    if (rc != 0) {
        return Error::system(EHOSTUNREACH, "cannot resolve '" + host + "': " + gai_strerror(rc));
    }
    std::unique_ptr<addrinfo, AddrInfoDeleter> owner(found);
    const std::string where = host + ":" + service;
    Error last = Error::system(EHOSTUNREACH, "no address for " + where);
    for (const addrinfo* addr = found; addr != nullptr; addr = addr->ai_next) {
        auto connected = connectOne(*addr, deadline);
        if (connected) {
            return std::move(connected).value();
        }
        last = connected.error();
        last.detail = "cannot connect to " + where + ": " + last.detail;
    }
    return last;
}

Result<void> sendAll(int fd, ByteView data, const Deadline& deadline) {
    std::size_t sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n > 0) {
            sent += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (auto waited = waitFor(fd, POLLOUT, deadline); !waited) {
                return waited;
            }
            continue;
        }
        const int err = n < 0 ? errno : EPIPE;
        return Error::system(err, "sending to the TPM failed: " + errnoText(err));
    }
    return {};
}

Result<void> receiveExact(int fd, std::span<std::uint8_t> out, const Deadline& deadline) {
    std::size_t received = 0;
    while (received < out.size()) {
        const ssize_t n = ::recv(fd, out.data() + received, out.size() - received, 0);
        if (n > 0) {
            received += static_cast<std::size_t>(n);
            continue;
        }
        if (n == 0) {
            return Error::system(ECONNRESET, "the TPM closed the connection after " +
                                                 std::to_string(received) + " of " +
                                                 std::to_string(out.size()) + " bytes");
        }
        if (errno == EINTR) {
            continue;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            if (auto waited = waitFor(fd, POLLIN, deadline); !waited) {
                return waited;
            }
            continue;
        }
        const int err = errno;
        return Error::system(err, "receiving from the TPM failed: " + errnoText(err));
    }
    return {};
}

} // namespace tpm::net
