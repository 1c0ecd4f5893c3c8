// Exact bytes of every unauthorized request. Vectors are from the brief, the facts file and
// requests that swtpm accepted (CapturedTraffic.h).

#include "CapturedTraffic.h"
#include "ProtocolTestSupport.h"
#include "protocol/Commands.h"

namespace tpm {
namespace {

using test::hexBytes;

Nonce countingNonce() {
    Nonce nonce{};
    for (std::size_t i = 0; i < nonce.size(); ++i)
        nonce[i] = static_cast<std::uint8_t>(i + 1);
    return nonce;
}

TEST(CommandBuilders, PhysicalPresence) {
    EXPECT_EQ(toHex(buildPhysicalPresence(pp::CmdEnable)), "00c10000000c4000000a0020");
    EXPECT_EQ(toHex(buildPhysicalPresence(pp::Present)), "00c10000000c4000000a0008");
    EXPECT_EQ(toHex(buildPhysicalPresence(pp::NotPresent | pp::Lock)), "00c10000000c4000000a0014");
}

TEST(CommandBuilders, EnableDisableDeactivate) {
    EXPECT_EQ(toHex(buildPhysicalEnable()), "00c10000000a0000006f");
    EXPECT_EQ(toHex(buildPhysicalDisable()), "00c10000000a00000070");
    EXPECT_EQ(toHex(buildPhysicalSetDeactivated(false)), "00c10000000b0000007200");
    EXPECT_EQ(toHex(buildPhysicalSetDeactivated(true)), "00c10000000b0000007201");
    EXPECT_EQ(toHex(buildForceClear()), "00c10000000a0000005d");
    EXPECT_EQ(toHex(buildSetOwnerInstall(true)), "00c10000000b0000007101");
    EXPECT_EQ(ordinalName(ordinal::SetOwnerInstall), "TPM_SetOwnerInstall");
}

TEST(CommandBuilders, StartupAndSelfTest) {
    EXPECT_EQ(toHex(buildStartup(StartupType::Clear)), "00c10000000c000000990001");
    EXPECT_EQ(toHex(buildStartup(StartupType::State)), "00c10000000c000000990002");
    EXPECT_EQ(toHex(buildStartup(StartupType::Deactivated)), "00c10000000c000000990003");
    EXPECT_EQ(toHex(buildSelfTestFull()), "00c10000000a00000050");
    EXPECT_EQ(toHex(buildContinueSelfTest()), "00c10000000a00000053");
    EXPECT_EQ(toHex(buildGetTestResult()), "00c10000000a00000054");
}

TEST(CommandBuilders, GetCapability) {
    EXPECT_EQ(toHex(buildGetCapability(cap::Property, cap::PropOwner)),
              "00c10000001600000065000000050000000400000111");
    EXPECT_EQ(toHex(buildGetCapability(cap::Flag, cap::FlagPermanent)),
              "00c10000001600000065000000040000000400000108");
    EXPECT_EQ(toHex(buildGetCapability(cap::Flag, cap::FlagVolatile)),
              "00c10000001600000065000000040000000400000109");
    EXPECT_EQ(toHex(buildGetCapability(cap::Property, cap::PropDuration)),
              "00c10000001600000065000000050000000400000120");
    EXPECT_EQ(toHex(buildGetCapabilityVersionInfo()), "00c100000012000000650000001a00000000");
    const Bytes subCap = hexBytes("0102");
    EXPECT_EQ(toHex(buildGetCapability(0x7, subCap)), "00c1000000140000006500000007000000020102");
}

TEST(CommandBuilders, OiapAndPubek) {
    EXPECT_EQ(toHex(buildOiap()), "00c10000000a0000000a");
    EXPECT_EQ(toHex(buildReadPubek(countingNonce())), test::kReadPubekRequest);
    // The keyInfo swtpm accepted (it answered 0x08 only because an EK already existed).
    EXPECT_EQ(toHex(buildCreateEndorsementKeyPair(countingNonce())),
              "00c10000003600000078"
              "0102030405060708090a0b0c0d0e0f1011121314"
              "00000001000300010000000c000008000000000200000000");
}

} // namespace
} // namespace tpm
