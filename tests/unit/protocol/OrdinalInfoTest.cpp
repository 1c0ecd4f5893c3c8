#include "ProtocolTestSupport.h"
#include "protocol/AuthorizedCommands.h"
#include "protocol/Commands.h"

namespace tpm {
namespace {

TEST(OrdinalInfo, DurationClassesFollowTheFactsTable) {
    EXPECT_EQ(durationClassOf(ordinal::TakeOwnership), DurationClass::Long);
    EXPECT_EQ(durationClassOf(ordinal::SelfTestFull), DurationClass::Long);
    EXPECT_EQ(durationClassOf(ordinal::ContinueSelfTest), DurationClass::Long);
    EXPECT_EQ(durationClassOf(ordinal::CreateEndorsementKeyPair), DurationClass::Long);
    EXPECT_EQ(durationClassOf(ordinal::PhysicalPresence), DurationClass::PhysicalPresence);
    EXPECT_EQ(durationClassOf(ordinal::GetCapability), DurationClass::Short);
    EXPECT_EQ(durationClassOf(ordinal::ReadPubek), DurationClass::Short);
    EXPECT_EQ(durationClassOf(ordinal::OIAP), DurationClass::Short);
    EXPECT_EQ(durationClassOf(0x12345678), DurationClass::Short);
}

TEST(OrdinalInfo, Names) {
    EXPECT_EQ(ordinalName(ordinal::TakeOwnership), "TPM_TakeOwnership");
    EXPECT_EQ(ordinalName(ordinal::PhysicalPresence), "TSC_PhysicalPresence");
    EXPECT_EQ(ordinalName(ordinal::Startup), "TPM_Startup");
    EXPECT_EQ(ordinalName(ordinal::OwnerReadInternalPub), "TPM_OwnerReadInternalPub");
    EXPECT_EQ(ordinalName(0xbb), "ordinal 0x000000bb");
}

TEST(OrdinalInfo, RequestOrdinal) {
    EXPECT_EQ(requestOrdinal(buildStartup(StartupType::Clear)), ordinal::Startup);
    EXPECT_EQ(requestOrdinal(buildPhysicalPresence(pp::Present)), ordinal::PhysicalPresence);
    const Bytes authorized = buildAuthorizedRequest(makeOwnerClear(), AuthIn{});
    EXPECT_EQ(requestOrdinal(authorized), ordinal::OwnerClear);
    const Bytes shortRequest = {0x00, 0xc1, 0, 0, 0, 0x0a, 0, 0, 0};
    EXPECT_EQ(requestOrdinal(shortRequest), 0u);
    EXPECT_EQ(requestOrdinal({}), 0u);
}

} // namespace
} // namespace tpm
