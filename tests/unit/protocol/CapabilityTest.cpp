#include "CapturedTraffic.h"
#include "ProtocolTestSupport.h"
#include "protocol/Commands.h"
#include "protocol/Constants.h"

#include <string>

namespace tpm {
namespace {

using test::capabilityResponse;
using test::hexBytes;
using test::isProtocolError;
using test::isTpmError;

Bytes capabilityBlob(std::string_view responseHex) {
    auto blob = parseGetCapability(hexBytes(responseHex));
    EXPECT_TRUE(blob.ok()) << blob.error().detail;
    return blob.ok() ? blob.value() : Bytes{};
}

TEST(GetCapability, OwnerPropertyUnownedAndOwned) {
    EXPECT_EQ(toHex(capabilityBlob("00c4 0000000f 00000000 00000001 00")), "00");
    EXPECT_EQ(toHex(capabilityBlob(test::kOwnerUnownedResponse)), "00");
    EXPECT_EQ(toHex(capabilityBlob(test::kOwnerOwnedResponse)), "01");
}

TEST(GetCapability, ManufacturerBlob) {
    EXPECT_EQ(toHex(capabilityBlob(test::kManufacturerResponse)), "49424d00");
}

TEST(GetCapability, ReturnCodesAndTpm2) {
    EXPECT_TRUE(isTpmError(parseGetCapability(hexBytes("00c4 0000000a 00000026")), 0x26));
    EXPECT_TRUE(isProtocolError(parseGetCapability(hexBytes("8001 0000000a 00000084")),
                                ProtocolErrorCode::Tpm2Response));
}

TEST(GetCapability, MalformedResponses) {
    // respSize says 2, one byte follows
    EXPECT_TRUE(isProtocolError(parseGetCapability(hexBytes("00c4 0000000f 00000000 00000002 00")),
                                ProtocolErrorCode::Truncated));
    // respSize missing entirely
    EXPECT_TRUE(isProtocolError(parseGetCapability(hexBytes("00c4 0000000a 00000000")),
                                ProtocolErrorCode::Truncated));
    // a byte after resp, paramSize consistent
    EXPECT_TRUE(
        isProtocolError(parseGetCapability(hexBytes("00c4 00000010 00000000 00000001 00 ff")),
                        ProtocolErrorCode::TrailingBytes));
    // paramSize lying larger / smaller than the bytes received
    EXPECT_TRUE(isProtocolError(parseGetCapability(hexBytes("00c4 00000010 00000000 00000001 00")),
                                ProtocolErrorCode::LengthMismatch));
    EXPECT_TRUE(isProtocolError(parseGetCapability(hexBytes("00c4 0000000e 00000000 00000001 00")),
                                ProtocolErrorCode::TrailingBytes));
    // an auth trailer tag on an unauthorized command
    EXPECT_TRUE(isProtocolError(parseGetCapability(hexBytes("00c5 0000000f 00000000 00000001 00")),
                                ProtocolErrorCode::BadTag));
}

TEST(PermanentFlags, SwtpmAfterManufacturing) {
    auto flags = parsePermanentFlags(capabilityBlob(test::kPermanentFlagsResponse));
    ASSERT_TRUE(flags.ok()) << flags.error().detail;
    PermanentFlags expected;
    expected.ownership = true;
    expected.readPubek = true;
    expected.allowMaintenance = true;
    expected.physicalPresenceCMDEnable = true;
    expected.CEKPUsed = true;
    EXPECT_EQ(*flags, expected);
}

TEST(PermanentFlags, EachByteMapsToItsField) {
    const auto fields = permanentFlagFields();
    ASSERT_EQ(fields.size(), 20u);
    EXPECT_STREQ(fields.front().name, "disable");
    EXPECT_STREQ(fields[13].name, "operator");
    EXPECT_STREQ(fields.back().name, "disableFullDALogicInfo");
    for (std::size_t i = 0; i < fields.size(); ++i) {
        Bytes blob = hexBytes("001f");
        blob.resize(2 + fields.size(), 0);
        blob[2 + i] = 1;
        auto flags = parsePermanentFlags(blob);
        ASSERT_TRUE(flags.ok()) << fields[i].name;
        for (std::size_t j = 0; j < fields.size(); ++j)
            EXPECT_EQ((*flags).*(fields[j].member), i == j) << fields[i].name << " " << j;
    }
}

TEST(PermanentFlags, MalformedBlobs) {
    Bytes blob = hexBytes("001f");
    blob.resize(22, 0);
    EXPECT_TRUE(parsePermanentFlags(blob).ok());

    Bytes wrongTag = blob;
    wrongTag[1] = 0x20;
    EXPECT_TRUE(isProtocolError(parsePermanentFlags(wrongTag), ProtocolErrorCode::BadTag));

    Bytes notBool = blob;
    notBool[5] = 2;
    auto notBoolResult = parsePermanentFlags(notBool);
    ASSERT_TRUE(isProtocolError(notBoolResult, ProtocolErrorCode::BadValue));
    EXPECT_NE(notBoolResult.error().detail.find("readPubek"), std::string::npos);

    EXPECT_TRUE(isProtocolError(parsePermanentFlags(ByteView(blob).first(1)),
                                ProtocolErrorCode::Truncated));
    // Fewer than the flags the engine decides on (up to physicalPresenceCMDEnable).
    EXPECT_TRUE(isProtocolError(parsePermanentFlags(ByteView(blob).first(2 + 8)),
                                ProtocolErrorCode::Truncated));
}

// Revision 85/94 chips send 19 flags: no disableFullDALogicInfo (added at revision 103).
TEST(PermanentFlags, Revision94FormHasNineteenFlags) {
    Bytes blob = hexBytes("001f");
    blob.resize(2 + 19, 0);
    blob[2 + 0] = 1;  // disable
    blob[2 + 18] = 1; // maintenanceDone, the last one sent
    auto flags = parsePermanentFlags(blob);
    ASSERT_TRUE(flags.ok()) << flags.error().detail;
    EXPECT_TRUE(flags->disable);
    EXPECT_TRUE(flags->maintenanceDone);
    EXPECT_FALSE(flags->disableFullDALogicInfo);
    EXPECT_EQ(flags->reported, 19);
    EXPECT_EQ(parsePermanentFlags(ByteView(blob).first(2 + 9))->reported, 9);
}

// A later revision's extra flags are ignored, the known ones still read.
TEST(PermanentFlags, LongerFormIgnoresUnknownFlags) {
    Bytes blob = hexBytes("001f");
    blob.resize(2 + 20, 0);
    blob[2 + 19] = 1; // disableFullDALogicInfo
    blob.push_back(1);
    blob.push_back(7); // not ours to judge
    auto flags = parsePermanentFlags(blob);
    ASSERT_TRUE(flags.ok()) << flags.error().detail;
    EXPECT_TRUE(flags->disableFullDALogicInfo);
    EXPECT_EQ(flags->reported, 20);
}

TEST(StclearFlags, SwtpmAfterStartup) {
    auto flags = parseStclearFlags(capabilityBlob(test::kStclearFlagsResponse));
    ASSERT_TRUE(flags.ok()) << flags.error().detail;
    EXPECT_EQ(*flags, StclearFlags{});
}

TEST(StclearFlags, FieldsAndMalformed) {
    auto flags = parseStclearFlags(hexBytes("0020 00 01 01 00 01"));
    ASSERT_TRUE(flags.ok());
    EXPECT_FALSE(flags->deactivated);
    EXPECT_TRUE(flags->disableForceClear);
    EXPECT_TRUE(flags->physicalPresence);
    EXPECT_FALSE(flags->physicalPresenceLock);
    EXPECT_TRUE(flags->bGlobalLock);
    EXPECT_EQ(stclearFlagFields().size(), 5u);
    EXPECT_TRUE(
        isProtocolError(parseStclearFlags(hexBytes("001f 0000000000")), ProtocolErrorCode::BadTag));
    EXPECT_TRUE(
        isProtocolError(parseStclearFlags(hexBytes("0020 000000")), ProtocolErrorCode::Truncated));
    auto older = parseStclearFlags(hexBytes("0020 01000001"));
    ASSERT_TRUE(older.ok()) << older.error().detail;
    EXPECT_TRUE(older->deactivated);
    EXPECT_TRUE(older->physicalPresenceLock);
    EXPECT_FALSE(older->bGlobalLock);
    EXPECT_EQ(older->reported, 4);
    auto newer = parseStclearFlags(hexBytes("0020 0000000001 01"));
    ASSERT_TRUE(newer.ok()) << newer.error().detail;
    EXPECT_TRUE(newer->bGlobalLock);
    EXPECT_EQ(newer->reported, 5);
    EXPECT_TRUE(isProtocolError(parseStclearFlags(hexBytes("0020 00000000ff")),
                                ProtocolErrorCode::BadValue));
}

TEST(CapVersionInfo, Swtpm) {
    auto info = parseCapVersionInfo(capabilityBlob(test::kVersionInfoResponse));
    ASSERT_TRUE(info.ok()) << info.error().detail;
    EXPECT_EQ(info->version.toString(), "1.2.18.158");
    EXPECT_EQ(info->specLevel, 2);
    EXPECT_EQ(info->errataRev, 3);
    EXPECT_EQ(info->vendorIdString(), "IBM");
    EXPECT_TRUE(info->vendorSpecific.empty());
}

// The seed machine's chip, as tpm_version shows it; vendor-specific bytes are kept.
TEST(CapVersionInfo, StMicroWithVendorSpecificBytes) {
    auto info = parseCapVersionInfo(hexBytes("0030 01020d0c 0002 01 53544d20 0003 aabbcc"));
    ASSERT_TRUE(info.ok()) << info.error().detail;
    EXPECT_EQ(info->version, (Version{1, 2, 13, 12}));
    EXPECT_EQ(info->vendorIdString(), "STM");
    EXPECT_EQ(toHex(info->vendorSpecific), "aabbcc");
}

TEST(CapVersionInfo, Malformed) {
    EXPECT_TRUE(isProtocolError(parseCapVersionInfo(hexBytes("0030 01020d0c 0002 01 53544d20 0004 "
                                                             "aabbcc")),
                                ProtocolErrorCode::Truncated));
    EXPECT_TRUE(isProtocolError(parseCapVersionInfo(hexBytes("0030 01020d0c 0002 01 53544d20")),
                                ProtocolErrorCode::Truncated));
    EXPECT_TRUE(
        isProtocolError(parseCapVersionInfo(hexBytes("0030 01020d0c 0002 01 53544d20 0000 00")),
                        ProtocolErrorCode::TrailingBytes));
    EXPECT_TRUE(
        isProtocolError(parseCapVersionInfo(hexBytes("0031 01020d0c 0002 01 53544d20 0000")),
                        ProtocolErrorCode::BadTag));
}

TEST(CapVersionInfo, VendorIdTrimming) {
    CapVersionInfo info;
    info.vendorId = {'I', 'F', 'X', 0};
    EXPECT_EQ(info.vendorIdString(), "IFX");
    info.vendorId = {'A', 'T', 'M', 'L'};
    EXPECT_EQ(info.vendorIdString(), "ATML");
    info.vendorId = {0, 0, 0, 0};
    EXPECT_EQ(info.vendorIdString(), "");
}

TEST(Durations, Swtpm) {
    auto durations = parseDurations(capabilityBlob(test::kDurationsResponse));
    ASSERT_TRUE(durations.ok()) << durations.error().detail;
    EXPECT_EQ(durations->shortUs, 50'000'000u);
    EXPECT_EQ(durations->mediumUs, 100'000'000u);
    EXPECT_EQ(durations->longUs, 300'000'000u);
    const Bytes blob = capabilityBlob(test::kDurationsResponse);
    EXPECT_TRUE(
        isProtocolError(parseDurations(ByteView(blob).first(11)), ProtocolErrorCode::Truncated));
    Bytes longer = blob;
    longer.push_back(0);
    EXPECT_TRUE(isProtocolError(parseDurations(longer), ProtocolErrorCode::TrailingBytes));
}

TEST(TisTimeouts, Swtpm) {
    auto timeouts = parseTisTimeouts(capabilityBlob(test::kTisTimeoutsResponse));
    ASSERT_TRUE(timeouts.ok()) << timeouts.error().detail;
    EXPECT_EQ(timeouts->aUs, 1'000'000u);
    EXPECT_EQ(timeouts->bUs, 1'000'000u);
    EXPECT_EQ(timeouts->cUs, 1'000'000u);
    EXPECT_EQ(timeouts->dUs, 1'000'000u);
    const Bytes blob = capabilityBlob(test::kTisTimeoutsResponse);
    EXPECT_TRUE(
        isProtocolError(parseTisTimeouts(ByteView(blob).first(15)), ProtocolErrorCode::Truncated));
    Bytes longer = blob;
    longer.push_back(0);
    EXPECT_TRUE(isProtocolError(parseTisTimeouts(longer), ProtocolErrorCode::TrailingBytes));
}

TEST(Version, ToString) {
    EXPECT_EQ((Version{1, 2, 13, 12}).toString(), "1.2.13.12");
}

TEST(CapabilityResponse, HelperRoundTrips) {
    const Bytes blob = hexBytes("0102");
    auto parsed = parseGetCapability(capabilityResponse(blob));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, blob);
}

} // namespace
} // namespace tpm
