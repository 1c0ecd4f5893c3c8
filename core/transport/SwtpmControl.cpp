#include "SwtpmControl.h"

#include "SocketIo.h"
#include "protocol/ByteWriter.h"

#include <array>
#include <cerrno>

namespace tpm::swtpmctrl {
namespace {

std::uint64_t readBigEndian(std::span<const std::uint8_t> bytes) {
    std::uint64_t value = 0;
    for (const std::uint8_t b : bytes) {
        value = (value << 8) | b;
    }
    return value;
}

// One exchange; replySize is fixed per command (4 for a result, 8 for capabilities).
Result<std::uint64_t> exchange(const std::string& host, std::uint16_t port, ByteView request,
                               std::size_t replySize, std::chrono::milliseconds timeout) {
    const Deadline deadline(timeout);
    auto fd = net::connectTcp(host, port, deadline);
    if (!fd) {
        Error e = fd.error();
        e.detail = "swtpm control channel: " + e.detail;
        return e;
    }
    // Command and payload in one send: older swtpm reads a control command with one read().
    if (auto sent = net::sendAll(fd->get(), request, deadline); !sent) {
        return sent.error();
    }
    std::array<std::uint8_t, 8> reply{};
    const auto replyBytes = std::span<std::uint8_t>(reply).first(replySize);
    if (auto got = net::receiveExact(fd->get(), replyBytes, deadline); !got) {
        Error e = got.error();
        e.detail = "swtpm control channel: " + e.detail;
        return e;
    }
    return readBigEndian(replyBytes);
}

Result<void> resultCommand(const std::string& host, std::uint16_t port, ByteView request,
                           const char* name, std::chrono::milliseconds timeout) {
    auto result = exchange(host, port, request, 4, timeout);
    if (!result) {
        return result.error();
    }
    if (*result != 0) {
        return Error::tpm(static_cast<std::uint32_t>(*result),
                          std::string("swtpm control command ") + name + " failed");
    }
    return {};
}

} // namespace

Result<void> init(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout) {
    ByteWriter request;
    request.u32(kInit).u32(0);
    return resultCommand(host, port, request.data(), "INIT", timeout);
}

Result<void> shutdown(const std::string& host, std::uint16_t port,
                      std::chrono::milliseconds timeout) {
    ByteWriter request;
    request.u32(kShutdown);
    return resultCommand(host, port, request.data(), "SHUTDOWN", timeout);
}

Result<std::uint64_t> capabilities(const std::string& host, std::uint16_t port,
                                   std::chrono::milliseconds timeout) {
    ByteWriter request;
    request.u32(kGetCapability);
    return exchange(host, port, request.data(), 8, timeout);
}

} // namespace tpm::swtpmctrl
