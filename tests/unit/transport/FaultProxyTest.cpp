#include "FaultProxy.h"

#include "SwtpmInstance.h"
#include "SwtpmTestHelpers.h"
#include "transport/Deadline.h"
#include "transport/SocketIo.h"

#include <cerrno>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>

using namespace std::chrono_literals;
using namespace tpm;
using namespace tpm::test;

namespace {

// What a raw client sees: the bytes that came back and whether the proxy closed on it.
struct RawReply {
    Bytes bytes;
    bool closed = false;
};

// Reads until a whole paramSize-framed message arrived or the peer closed (bounded).
RawReply readReply(int fd) {
    RawReply reply;
    const Deadline deadline(5s);
    for (int pass = 0; pass < 10000 && !deadline.expired(); ++pass) {
        if (reply.bytes.size() >= 6) {
            const std::size_t size = (std::size_t{reply.bytes[2]} << 24) |
                                     (std::size_t{reply.bytes[3]} << 16) |
                                     (std::size_t{reply.bytes[4]} << 8) | reply.bytes[5];
            if (reply.bytes.size() >= size) {
                return reply;
            }
        }
        pollfd pfd{fd, POLLIN, 0};
        if (::poll(&pfd, 1, deadline.remainingMs()) <= 0) {
            break;
        }
        std::uint8_t buffer[512];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            reply.closed = true;
            return reply;
        }
        reply.bytes.insert(reply.bytes.end(), buffer, buffer + n);
    }
    return reply;
}

class FaultProxyTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto started = swtpm.start();
        ASSERT_TRUE(started.ok()) << started.error().detail;
        proxy = std::make_unique<FaultProxy>("127.0.0.1", swtpm.port(), swtpm.controlPort());
        ASSERT_TRUE(proxy->start().ok());
    }

    UniqueFd connectRaw() {
        auto fd = net::connectTcp("127.0.0.1", proxy->port(), Deadline(5s));
        EXPECT_TRUE(fd.ok());
        return fd ? std::move(fd).value() : UniqueFd();
    }

    RawReply rawExchange(const Bytes& request) {
        UniqueFd fd = connectRaw();
        EXPECT_TRUE(net::sendAll(fd.get(), request, Deadline(5s)).ok());
        return readReply(fd.get());
    }

    // A fresh connection each time, so an earlier fault's closed socket plays no part.
    std::uint32_t codeOnFreshConnection(const Bytes& request) {
        const RawReply reply = rawExchange(request);
        auto code = responseCode(reply.bytes);
        EXPECT_TRUE(code.ok()) << toHex(reply.bytes);
        return code ? *code : 0xFFFFFFFFu;
    }

    SwtpmInstance swtpm;
    std::unique_ptr<FaultProxy> proxy;
};

} // namespace

TEST_F(FaultProxyTest, ForwardsAndCountsPerOrdinal) {
    auto transport = openTransport(*TransportSpec::parse(proxy->spec()));
    ASSERT_TRUE(transport.ok()) << transport.error().detail;
    EXPECT_EQ(proxy->spec(), "swtpm:127.0.0.1:" + std::to_string(proxy->port()) + ":" +
                                 std::to_string(swtpm.controlPort()));
    EXPECT_EQ(exchangeCode(**transport, rawStartup(StartupType::Clear)), rc::Success);
    EXPECT_EQ(exchangeCode(**transport, ownerCapabilityRequest()), rc::Success);
    EXPECT_EQ(exchangeCode(**transport, ownerCapabilityRequest()), rc::Success);
    EXPECT_EQ(proxy->commandsSeen(ordinal::Startup), 1u);
    EXPECT_EQ(proxy->commandsSeen(ordinal::GetCapability), 2u);
    EXPECT_EQ(proxy->commandsSeen(ordinal::OIAP), 0u);
    EXPECT_EQ(proxy->faultsApplied(), 0u);
}

TEST_F(FaultProxyTest, DropBeforeForwardNeverReachesTheTpm) {
    proxy->injectFault(ordinal::Startup, 1, {FaultKind::DropBeforeForward});
    const RawReply dropped = rawExchange(rawStartup(StartupType::Clear));
    EXPECT_TRUE(dropped.closed);
    EXPECT_TRUE(dropped.bytes.empty());
    // Startup never arrived: the TPM still wants it.
    EXPECT_EQ(codeOnFreshConnection(ownerCapabilityRequest()), rc::InvalidPostInit);
    EXPECT_EQ(proxy->faultsApplied(), 1u);
}

TEST_F(FaultProxyTest, DropAfterForwardExecutesButLosesTheAnswer) {
    proxy->injectFaultOnNext(ordinal::Startup, {FaultKind::DropAfterForward});
    const RawReply dropped = rawExchange(rawStartup(StartupType::Clear));
    EXPECT_TRUE(dropped.closed);
    EXPECT_TRUE(dropped.bytes.empty());
    EXPECT_EQ(codeOnFreshConnection(ownerCapabilityRequest()), rc::Success);
}

TEST_F(FaultProxyTest, ResetBeforeForwardAnswersPostInit) {
    EXPECT_EQ(codeOnFreshConnection(rawStartup(StartupType::Clear)), rc::Success);
    proxy->injectFaultOnNext(ordinal::GetCapability, {FaultKind::ResetBeforeForward});
    UniqueFd fd = connectRaw();
    ASSERT_TRUE(net::sendAll(fd.get(), ownerCapabilityRequest(), Deadline(5s)).ok());
    const RawReply reply = readReply(fd.get());
    EXPECT_FALSE(reply.closed);
    EXPECT_EQ(toHex(reply.bytes), "00c40000000a00000026");
    // The connection stays usable.
    ASSERT_TRUE(net::sendAll(fd.get(), rawStartup(StartupType::Clear), Deadline(5s)).ok());
    EXPECT_EQ(*responseCode(readReply(fd.get()).bytes), rc::Success);
}

TEST_F(FaultProxyTest, ResetAfterForwardLosesTheAnswerAndNeedsStartup) {
    EXPECT_EQ(codeOnFreshConnection(rawStartup(StartupType::Clear)), rc::Success);
    proxy->injectFaultOnNext(ordinal::GetCapability, {FaultKind::ResetAfterForward});
    const RawReply reset = rawExchange(ownerCapabilityRequest());
    EXPECT_TRUE(reset.closed);
    EXPECT_TRUE(reset.bytes.empty());
    EXPECT_EQ(codeOnFreshConnection(ownerCapabilityRequest()), rc::InvalidPostInit);
}

TEST_F(FaultProxyTest, DelayHoldsTheAnswer) {
    EXPECT_EQ(codeOnFreshConnection(rawStartup(StartupType::Clear)), rc::Success);
    auto transport = openTransport(*TransportSpec::parse(proxy->spec()));
    ASSERT_TRUE(transport.ok());

    proxy->injectFaultOnNext(ordinal::GetCapability, {FaultKind::Delay, 300ms});
    const auto before = std::chrono::steady_clock::now();
    EXPECT_EQ(exchangeCode(**transport, ownerCapabilityRequest()), rc::Success);
    EXPECT_GE(std::chrono::steady_clock::now() - before, 300ms);

    // Longer than the caller's timeout: ETIME, then the transport reconnects and works.
    proxy->injectFaultOnNext(ordinal::GetCapability, {FaultKind::Delay, 1000ms});
    auto late = (*transport)->transmit(ownerCapabilityRequest(), 200ms);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, static_cast<std::uint32_t>(ETIME));
    EXPECT_EQ(exchangeCode(**transport, ownerCapabilityRequest()), rc::Success);
}

TEST_F(FaultProxyTest, TruncateReturnsOnlyThePrefix) {
    EXPECT_EQ(codeOnFreshConnection(rawStartup(StartupType::Clear)), rc::Success);
    proxy->injectFaultOnNext(ordinal::GetCapability, {FaultKind::Truncate, 0ms, 4});
    const RawReply cut = rawExchange(ownerCapabilityRequest());
    EXPECT_TRUE(cut.closed);
    EXPECT_EQ(toHex(cut.bytes), "00c40000");

    // Through the transport: a short response is an error, never a partial answer.
    auto transport = openTransport(*TransportSpec::parse(proxy->spec()));
    ASSERT_TRUE(transport.ok());
    proxy->injectFaultOnNext(ordinal::GetCapability, {FaultKind::Truncate, 0ms, 12});
    auto response = (*transport)->transmit(ownerCapabilityRequest(), kCommandTimeout);
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().code, static_cast<std::uint32_t>(ECONNRESET));
    EXPECT_EQ(exchangeCode(**transport, ownerCapabilityRequest()), rc::Success);
}

TEST_F(FaultProxyTest, GarbageHasAPlausibleHeader) {
    EXPECT_EQ(codeOnFreshConnection(rawStartup(StartupType::Clear)), rc::Success);
    proxy->injectFaultOnNext(ordinal::GetCapability, {FaultKind::Garbage});
    UniqueFd fd = connectRaw();
    ASSERT_TRUE(net::sendAll(fd.get(), ownerCapabilityRequest(), Deadline(5s)).ok());
    const RawReply reply = readReply(fd.get());
    ASSERT_EQ(reply.bytes.size(), 26u);
    EXPECT_EQ(toHex(ByteView(reply.bytes).first(6)), "00c40000001a");
    EXPECT_FALSE(reply.closed);
}

TEST_F(FaultProxyTest, FaultsAreKeyedByOccurrence) {
    proxy->injectFault(ordinal::GetCapability, 2, {FaultKind::DropBeforeForward});
    EXPECT_EQ(codeOnFreshConnection(rawStartup(StartupType::Clear)), rc::Success);
    EXPECT_EQ(codeOnFreshConnection(ownerCapabilityRequest()), rc::Success); // 1st: passes
    EXPECT_TRUE(rawExchange(ownerCapabilityRequest()).closed);               // 2nd: dropped
    EXPECT_EQ(codeOnFreshConnection(ownerCapabilityRequest()), rc::Success); // 3rd: passes
    EXPECT_EQ(proxy->commandsSeen(ordinal::GetCapability), 3u);
}
