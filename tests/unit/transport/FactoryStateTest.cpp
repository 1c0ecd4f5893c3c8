#include "FactoryState.h"

#include "SwtpmInstance.h"
#include "SwtpmTestHelpers.h"

#include <gtest/gtest.h>

using namespace tpm;
using namespace tpm::test;

TEST(FactoryState, MatchesTheSeedReportLaptop) {
    SwtpmInstance swtpm;
    auto started = swtpm.start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    auto transport = openTransport(*TransportSpec::parse(swtpm.spec()));
    ASSERT_TRUE(transport.ok()) << transport.error().detail;

    auto prepared = putIntoFactoryState(**transport);
    ASSERT_TRUE(prepared.ok()) << prepared.error().detail;

    auto response =
        (*transport)->transmit(rawGetCapability(cap::Flag, cap::FlagPermanent), kCommandTimeout);
    ASSERT_TRUE(response.ok());
    auto flags = parsePermanentFlagsResponse(*response);
    ASSERT_TRUE(flags.ok()) << flags.error().detail;
    EXPECT_TRUE(flags->disable);
    EXPECT_TRUE(flags->deactivated);
    EXPECT_TRUE(flags->ownership);
    EXPECT_TRUE(flags->physicalPresenceLifetimeLock);
    EXPECT_TRUE(flags->physicalPresenceCMDEnable);
    // Exactly the seed's symptoms: CMD_ENABLE refused, PRESENT still accepted.
    EXPECT_EQ(exchangeCode(**transport, rawPhysicalPresence(pp::CmdEnable)), rc::BadParameter);
    EXPECT_EQ(exchangeCode(**transport, rawPhysicalPresence(pp::Present)), rc::Success);

    // The state survives a swtpm restart (it is permanent, not volatile).
    ASSERT_TRUE(swtpm.restart().ok());
    auto again = openTransport(*TransportSpec::parse(swtpm.spec()));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(exchangeCode(**again, rawStartup(StartupType::Clear)), rc::Success);
    EXPECT_EQ(exchangeCode(**again, rawPhysicalPresence(pp::CmdEnable)), rc::BadParameter);
}

TEST(FactoryState, RefusesATransportThatCannotPowerCycle) {
    struct NoPowerCycle final : Transport {
        Result<Bytes> transmit(ByteView, std::chrono::milliseconds) override {
            return Error::usage("unused");
        }
        Result<void> reopen() override { return {}; }
        std::string describe() const override { return "none"; }
    } transport;
    auto prepared = putIntoFactoryState(transport);
    ASSERT_FALSE(prepared.ok());
    EXPECT_EQ(prepared.error().kind, ErrorKind::Usage);
}
