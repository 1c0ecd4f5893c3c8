#include "FaultProxy.h"

#include "transport/Deadline.h"
#include "transport/SocketIo.h"
#include "transport/SwtpmControl.h"

#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <random>
#include <sys/eventfd.h>
#include <sys/socket.h>

namespace tpm::test {
namespace {

constexpr const char* kLoopback = "127.0.0.1";
constexpr std::size_t kHeaderSize = 6;
constexpr std::size_t kMaxMessage = 8192;
constexpr auto kIoTimeout = std::chrono::seconds(30);

std::uint32_t readU32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           std::uint32_t{p[3]};
}

// Reads one paramSize-framed message; nullopt on EOF, error or a bad size.
std::optional<Bytes> readMessage(int fd) {
    const Deadline deadline(kIoTimeout);
    std::array<std::uint8_t, kHeaderSize> header{};
    if (!net::receiveExact(fd, header, deadline)) {
        return std::nullopt;
    }
    const std::uint32_t size = readU32(header.data() + 2);
    if (size < 10 || size > kMaxMessage) {
        return std::nullopt;
    }
    Bytes message(size);
    std::copy(header.begin(), header.end(), message.begin());
    if (!net::receiveExact(fd, std::span<std::uint8_t>(message).subspan(kHeaderSize), deadline)) {
        return std::nullopt;
    }
    return message;
}

bool writeMessage(int fd, ByteView message) {
    return net::sendAll(fd, message, Deadline(kIoTimeout)).ok();
}

Bytes garbageResponse() {
    std::random_device seed;
    std::mt19937 random(seed());
    Bytes bytes(26);
    for (auto& b : bytes) {
        b = static_cast<std::uint8_t>(random());
    }
    const std::uint8_t header[] = {0x00, 0xC4, 0x00, 0x00, 0x00, 26};
    std::copy(std::begin(header), std::end(header), bytes.begin());
    // A return code outside the TPM 1.2 space, so the corruption is always recognisable (an
    // error code with stray bytes would be the TPM's own refusal).
    bytes[6] |= 0x80;
    return bytes;
}

} // namespace

FaultProxy::FaultProxy(std::string upstreamHost, std::uint16_t upstreamPort,
                       std::uint16_t upstreamControlPort)
    : m_upstreamHost(std::move(upstreamHost)), m_upstreamPort(upstreamPort),
      m_upstreamControlPort(upstreamControlPort) {}

FaultProxy::~FaultProxy() {
    if (m_thread.joinable()) {
        const std::uint64_t one = 1;
        (void)!::write(m_stopEvent.get(), &one, sizeof one);
        m_thread.join();
    }
}

std::string FaultProxy::spec() const {
    return "swtpm:" + std::string(kLoopback) + ":" + std::to_string(m_port) + ":" +
           std::to_string(m_upstreamControlPort);
}

namespace {

// A listening loopback socket on `port` (0: any free port); its port in `port`.
UniqueFd listenOn(std::uint16_t& port) {
    UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!fd) {
        return fd;
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(port);
    socklen_t len = sizeof addr;
    if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(fd.get(), 8) != 0 ||
        ::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        return UniqueFd();
    }
    port = ntohs(addr.sin_port);
    return fd;
}

} // namespace

Result<void> FaultProxy::start() {
    m_stopEvent = UniqueFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
    if (!m_stopEvent) {
        return Error::system(errno, "fault proxy: cannot create descriptors");
    }
    // tpm2-tss's swtpm TCTI finds the control channel at the data port + 1: a pair of
    // neighbouring ports, the second relayed to swtpm's control port.
    for (int attempt = 0; attempt < 32 && !m_controlListener; ++attempt) {
        std::uint16_t port = 0;
        m_listener = listenOn(port);
        if (!m_listener || port == 0xFFFF) {
            continue;
        }
        std::uint16_t controlPort = static_cast<std::uint16_t>(port + 1);
        m_controlListener = listenOn(controlPort);
        m_port = port;
    }
    if (!m_listener || !m_controlListener) {
        return Error::system(errno, "fault proxy: cannot listen on two neighbouring ports");
    }
    m_thread = std::thread([this] { run(); });
    return {};
}

void FaultProxy::injectFault(std::uint32_t ordinal, unsigned occurrence, Fault fault) {
    const std::lock_guard lock(m_mutex);
    m_faults[{ordinal, occurrence}] = fault;
}

void FaultProxy::injectFaultOnNext(std::uint32_t ordinal, Fault fault) {
    const std::lock_guard lock(m_mutex);
    m_faults[{ordinal, m_seen[ordinal] + 1}] = fault;
}

void FaultProxy::injectFaultAlways(std::uint32_t ordinal, Fault fault) {
    const std::lock_guard lock(m_mutex);
    m_persistentFaults[ordinal] = std::move(fault);
}

void FaultProxy::clearFaults() {
    const std::lock_guard lock(m_mutex);
    m_faults.clear();
    m_persistentFaults.clear();
}

unsigned FaultProxy::commandsSeen(std::uint32_t ordinal) const {
    const std::lock_guard lock(m_mutex);
    const auto found = m_seen.find(ordinal);
    return found == m_seen.end() ? 0 : found->second;
}

unsigned FaultProxy::faultsApplied() const {
    const std::lock_guard lock(m_mutex);
    return m_applied;
}

bool FaultProxy::waitForStopOr(std::chrono::milliseconds duration) const {
    pollfd pfd{m_stopEvent.get(), POLLIN, 0};
    const Deadline deadline(duration);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int ready = ::poll(&pfd, 1, deadline.remainingMs());
        if (ready >= 0 || errno != EINTR) {
            return ready > 0;
        }
    }
    return false;
}

void FaultProxy::run() {
    // Runs until the destructor signals the eventfd; each pass waits for one event.
    for (;;) {
        std::array<pollfd, 3> fds{pollfd{m_listener.get(), POLLIN, 0},
                                  pollfd{m_stopEvent.get(), POLLIN, 0},
                                  pollfd{m_controlListener.get(), POLLIN, 0}};
        const int ready = ::poll(fds.data(), fds.size(), -1);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready < 0 || (fds[1].revents & POLLIN) != 0) {
            return;
        }
        if ((fds[2].revents & POLLIN) != 0) {
            UniqueFd control(
                ::accept4(m_controlListener.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
            if (control) {
                relayControl(control.get());
            }
            continue;
        }
        UniqueFd client(
            ::accept4(m_listener.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
        if (client) {
            serveClient(std::move(client));
        }
    }
}

namespace {

// One read of whatever `fd` has within the I/O timeout; empty on EOF, error or timeout.
Bytes readSome(int fd) {
    pollfd pfd{fd, POLLIN, 0};
    const Deadline deadline(kIoTimeout);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int ready = ::poll(&pfd, 1, deadline.remainingMs());
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready <= 0) {
            return {};
        }
        Bytes buffer(512);
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        buffer.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
        return buffer;
    }
    return {};
}

} // namespace

// A control-channel exchange (one request, one answer) passed to swtpm unchanged.
void FaultProxy::relayControl(int client) {
    const Bytes request = readSome(client);
    if (request.empty()) {
        return;
    }
    auto upstream = net::connectTcp(m_upstreamHost, m_upstreamControlPort, Deadline(kIoTimeout));
    if (!upstream || !writeMessage(upstream->get(), request)) {
        return;
    }
    const Bytes answer = readSome(upstream->get());
    if (!answer.empty()) {
        (void)writeMessage(client, answer);
    }
}

void FaultProxy::serveClient(UniqueFd client) {
    // swtpm serves one data connection at a time: ours lives exactly as long as the client's.
    UniqueFd upstream;
    for (;;) {
        std::array<pollfd, 2> fds{pollfd{client.get(), POLLIN, 0},
                                  pollfd{m_stopEvent.get(), POLLIN, 0}};
        const int ready = ::poll(fds.data(), fds.size(), -1);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready < 0 || (fds[1].revents & POLLIN) != 0) {
            return;
        }
        if (!handleCommand(client.get(), upstream)) {
            return;
        }
    }
}

bool FaultProxy::handleCommand(int client, UniqueFd& upstream) {
    auto request = readMessage(client);
    if (!request) {
        return false;
    }
    const std::uint32_t ordinal = readU32(request->data() + 6);
    std::optional<Fault> fault;
    {
        const std::lock_guard lock(m_mutex);
        const unsigned occurrence = ++m_seen[ordinal];
        if (const auto found = m_faults.find({ordinal, occurrence}); found != m_faults.end()) {
            fault = found->second;
            m_faults.erase(found);
            ++m_applied;
        } else if (const auto always = m_persistentFaults.find(ordinal);
                   always != m_persistentFaults.end()) {
            fault = always->second;
            ++m_applied;
        }
    }
    // A plain value, not std::optional: GCC 12 at -O2 warns (maybe-uninitialized) about
    // comparing an optional enum. kNone matches no FaultKind.
    constexpr int kNone = -1;
    const int kind = fault ? static_cast<int>(fault->kind) : kNone;
    if (kind == static_cast<int>(FaultKind::DropBeforeForward)) {
        return false;
    }
    if (kind == static_cast<int>(FaultKind::Answer)) {
        return writeMessage(client, fault->answer);
    }
    if (kind == static_cast<int>(FaultKind::ResetBeforeForward) &&
        !swtpmctrl::init(m_upstreamHost, m_upstreamControlPort)) {
        return false;
    }
    if (!upstream) {
        auto connected = net::connectTcp(m_upstreamHost, m_upstreamPort, Deadline(kIoTimeout));
        if (!connected) {
            return false;
        }
        upstream = std::move(connected).value();
    }
    if (!writeMessage(upstream.get(), *request)) {
        return false;
    }
    auto response = readMessage(upstream.get());
    if (!response) {
        return false;
    }
    if (kind == static_cast<int>(FaultKind::DropAfterForward)) {
        return false;
    }
    if (kind == static_cast<int>(FaultKind::ResetAfterForward)) {
        (void)swtpmctrl::init(m_upstreamHost, m_upstreamControlPort);
        return false;
    }
    if (kind == static_cast<int>(FaultKind::Delay) && waitForStopOr(fault->delay)) {
        return false;
    }
    if (kind == static_cast<int>(FaultKind::Truncate)) {
        const std::size_t keep = std::min(fault->keepBytes, response->size());
        (void)writeMessage(client, ByteView(*response).first(keep));
        return false;
    }
    if (kind == static_cast<int>(FaultKind::Garbage)) {
        return writeMessage(client, garbageResponse());
    }
    if (kind == static_cast<int>(FaultKind::Rewrite)) {
        return writeMessage(client, fault->rewrite(*request, std::move(*response)));
    }
    return writeMessage(client, *response);
}

} // namespace tpm::test
