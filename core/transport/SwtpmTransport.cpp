#include "SwtpmTransport.h"

#include "SocketIo.h"
#include "SwtpmControl.h"

#include <algorithm>
#include <array>

namespace tpm {
namespace {

constexpr std::size_t kHeaderSize = 6;       // tag u16 | paramSize u32
constexpr std::size_t kMinResponseSize = 10; // header + returnCode u32

std::uint32_t readU32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           std::uint32_t{p[3]};
}

} // namespace

SwtpmTransport::SwtpmTransport(std::string host, std::uint16_t port, std::uint16_t controlPort)
    : m_host(std::move(host)), m_port(port), m_controlPort(controlPort) {}

std::string SwtpmTransport::describe() const {
    TransportSpec spec;
    spec.kind = TransportSpec::Kind::Swtpm;
    spec.host = m_host;
    spec.port = m_port;
    spec.controlPort = m_controlPort;
    return spec.toString();
}

Result<void> SwtpmTransport::connect(std::chrono::milliseconds timeout) {
    m_data.reset();
    auto fd = net::connectTcp(m_host, m_port, Deadline(timeout));
    if (!fd) {
        return fd.error();
    }
    m_data = std::move(fd).value();
    return {};
}

Result<void> SwtpmTransport::reopen() {
    return connect();
}

Result<Bytes> SwtpmTransport::transmit(ByteView request, std::chrono::milliseconds timeout) {
    auto response = exchange(request, timeout);
    if (!response) {
        // The stream may hold half a response or a late answer: never reuse it.
        m_data.reset();
    }
    return response;
}

Result<Bytes> SwtpmTransport::exchange(ByteView request, std::chrono::milliseconds timeout) {
    const Deadline deadline(timeout);
    if (!m_data) {
        auto fd = net::connectTcp(m_host, m_port, Deadline(std::min(timeout, kConnectTimeout)));
        if (!fd) {
            return fd.error();
        }
        m_data = std::move(fd).value();
    }
    if (auto sent = net::sendAll(m_data.get(), request, deadline); !sent) {
        return sent.error();
    }
    std::array<std::uint8_t, kHeaderSize> header{};
    if (auto got = net::receiveExact(m_data.get(), header, deadline); !got) {
        return got.error();
    }
    const std::uint32_t paramSize = readU32(header.data() + 2);
    if (paramSize < kMinResponseSize || paramSize > kMaxResponseSize) {
        return Error::protocol(ProtocolErrorCode::LengthMismatch,
                               "response paramSize " + std::to_string(paramSize) + " outside 10.." +
                                   std::to_string(kMaxResponseSize));
    }
    Bytes response(paramSize);
    std::copy(header.begin(), header.end(), response.begin());
    const auto rest = std::span<std::uint8_t>(response).subspan(kHeaderSize);
    if (auto got = net::receiveExact(m_data.get(), rest, deadline); !got) {
        return got.error();
    }
    return response;
}

Result<void> SwtpmTransport::powerCycle() {
    // swtpm keeps the data connection across INIT, but a fresh one makes sure no answer
    // from before the power cycle can be read as an answer after it.
    m_data.reset();
    return swtpmctrl::init(m_host, m_controlPort);
}

Result<void> SwtpmTransport::shutdown() {
    m_data.reset();
    return swtpmctrl::shutdown(m_host, m_controlPort);
}

} // namespace tpm
