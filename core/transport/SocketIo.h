#pragma once
// Blocking-style TCP helpers over non-blocking sockets: every wait is poll()-bounded by a
// Deadline. Shared by SwtpmTransport, the control channel and the test support.

#include "Deadline.h"
#include "UniqueFd.h"
#include "protocol/Bytes.h"
#include "protocol/Result.h"

#include <cstdint>
#include <string>

namespace tpm::net {

// Non-blocking, close-on-exec, TCP_NODELAY socket connected to host:port.
Result<UniqueFd> connectTcp(const std::string& host, std::uint16_t port, const Deadline& deadline);

// Sends every byte (MSG_NOSIGNAL: a closed peer is EPIPE, never SIGPIPE).
Result<void> sendAll(int fd, ByteView data, const Deadline& deadline);

// Receives exactly out.size() bytes. EOF before that: Error::system(ECONNRESET, ...).
Result<void> receiveExact(int fd, std::span<std::uint8_t> out, const Deadline& deadline);

// The standard timeout error: Error::system(ETIME, "no answer from the TPM within N ms").
Error timeoutError(const Deadline& deadline);

} // namespace tpm::net
