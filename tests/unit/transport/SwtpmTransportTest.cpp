#include "transport/SwtpmTransport.h"

#include "SwtpmInstance.h"
#include "SwtpmTestHelpers.h"

#include <cerrno>
#include <gtest/gtest.h>
#include <signal.h>

using namespace std::chrono_literals;
using namespace tpm;
using namespace tpm::test;

namespace {

class SwtpmTransportTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto started = swtpm.start();
        ASSERT_TRUE(started.ok()) << started.error().detail;
        auto opened = openTransport(*TransportSpec::parse(swtpm.spec()));
        ASSERT_TRUE(opened.ok()) << opened.error().detail;
        transport = std::move(opened).value();
    }

    SwtpmInstance swtpm;
    std::unique_ptr<Transport> transport;
};

} // namespace

TEST_F(SwtpmTransportTest, GetCapabilityAfterStartup) {
    EXPECT_EQ(transport->describe(), swtpm.spec());
    EXPECT_FALSE(transport->isLinuxDevice());
    EXPECT_TRUE(transport->canPowerCycle());
    EXPECT_EQ(exchangeCode(*transport, rawStartup(StartupType::Clear)), rc::Success);
    auto response = transport->transmit(ownerCapabilityRequest(), kCommandTimeout);
    ASSERT_TRUE(response.ok()) << response.error().detail;
    // An unowned TPM: 00c4 0000000f 00000000 00000001 00 (real-kernel-testing.md).
    EXPECT_EQ(toHex(*response), "00c40000000f000000000000000100");
}

TEST_F(SwtpmTransportTest, PowerCycleNeedsStartupAgain) {
    EXPECT_EQ(exchangeCode(*transport, rawStartup(StartupType::Clear)), rc::Success);
    EXPECT_EQ(exchangeCode(*transport, ownerCapabilityRequest()), rc::Success);
    auto cycled = transport->powerCycle();
    ASSERT_TRUE(cycled.ok()) << cycled.error().detail;
    EXPECT_EQ(exchangeCode(*transport, ownerCapabilityRequest()), rc::InvalidPostInit);
    EXPECT_EQ(exchangeCode(*transport, rawStartup(StartupType::Clear)), rc::Success);
    EXPECT_EQ(exchangeCode(*transport, ownerCapabilityRequest()), rc::Success);
}

TEST_F(SwtpmTransportTest, StoppedTpmTimesOutThenReconnects) {
    EXPECT_EQ(exchangeCode(*transport, rawStartup(StartupType::Clear)), rc::Success);
    ASSERT_TRUE(swtpm.kill(SIGSTOP));
    const auto before = std::chrono::steady_clock::now();
    auto response = transport->transmit(ownerCapabilityRequest(), 300ms);
    const auto elapsed = std::chrono::steady_clock::now() - before;
    ASSERT_TRUE(swtpm.kill(SIGCONT));
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, ErrorKind::System);
    EXPECT_EQ(response.error().code, static_cast<std::uint32_t>(ETIME));
    EXPECT_NE(response.error().detail.find("300 ms"), std::string::npos);
    EXPECT_GE(elapsed, 300ms);
    EXPECT_LT(elapsed, 2000ms);
    // The late answer to the timed-out command must not be read as this one's answer.
    EXPECT_EQ(exchangeCode(*transport, ownerCapabilityRequest()), rc::Success);
    EXPECT_EQ(exchangeCode(*transport, ownerCapabilityRequest()), rc::Success);
}

TEST_F(SwtpmTransportTest, KilledServerGivesClearError) {
    EXPECT_EQ(exchangeCode(*transport, rawStartup(StartupType::Clear)), rc::Success);
    ASSERT_TRUE(swtpm.stop().ok());
    auto response = transport->transmit(ownerCapabilityRequest(), 2000ms);
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, ErrorKind::System);
    const auto code = static_cast<int>(response.error().code);
    EXPECT_TRUE(code == ECONNRESET || code == EPIPE || code == ECONNREFUSED)
        << code << " " << response.error().detail;
    // Nothing listens on the data port now: the reconnect is refused, and says where.
    auto again = transport->transmit(ownerCapabilityRequest(), 2000ms);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, static_cast<std::uint32_t>(ECONNREFUSED));
    EXPECT_NE(again.error().detail.find(std::to_string(swtpm.port())), std::string::npos);
}

TEST_F(SwtpmTransportTest, RestartKeepsTheSpecAndTheState) {
    EXPECT_EQ(exchangeCode(*transport, rawStartup(StartupType::Clear)), rc::Success);
    const std::string spec = swtpm.spec();
    auto restarted = swtpm.restart();
    ASSERT_TRUE(restarted.ok()) << restarted.error().detail;
    EXPECT_EQ(swtpm.spec(), spec);
    // The old connection died with the old process; the transport reconnects after one error.
    auto first = transport->transmit(ownerCapabilityRequest(), kCommandTimeout);
    if (!first.ok()) {
        EXPECT_EQ(first.error().kind, ErrorKind::System);
    }
    // A restarted swtpm is a power cycle: Startup is needed again.
    EXPECT_EQ(exchangeCode(*transport, ownerCapabilityRequest()), rc::InvalidPostInit);
    EXPECT_EQ(exchangeCode(*transport, rawStartup(StartupType::Clear)), rc::Success);
}

TEST_F(SwtpmTransportTest, ShutdownEndsSwtpm) {
    auto* swtpmTransport = dynamic_cast<SwtpmTransport*>(transport.get());
    ASSERT_NE(swtpmTransport, nullptr);
    auto down = swtpmTransport->shutdown();
    ASSERT_TRUE(down.ok()) << down.error().detail;
    auto status = swtpm.waitForExit(10s);
    ASSERT_TRUE(status.ok()) << status.error().detail;
}

TEST(SwtpmTransport, RefusedConnectionIsReportedByOpenTransport) {
    SwtpmInstance swtpm;
    ASSERT_TRUE(swtpm.start().ok());
    const std::string spec = swtpm.spec();
    ASSERT_TRUE(swtpm.stop().ok());
    auto opened = openTransport(*TransportSpec::parse(spec));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, static_cast<std::uint32_t>(ECONNREFUSED));
}
