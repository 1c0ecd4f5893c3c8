// OIAP and GetTestResult: small fixed-layout answers.

#include "CapturedTraffic.h"
#include "ProtocolTestSupport.h"
#include "protocol/Commands.h"

namespace tpm {
namespace {

using test::hexBytes;
using test::isProtocolError;
using test::isTpmError;
using test::withFixedParamSize;

TEST(Oiap, SwtpmSession) {
    auto session = parseOiap(hexBytes(test::kOiapResponse));
    ASSERT_TRUE(session.ok()) << session.error().detail;
    EXPECT_EQ(session->authHandle, 0x64133aafu);
    EXPECT_EQ(toHex(session->nonceEven), toHex(ByteView(hexBytes(test::kOiapResponse)).last(20)));
}

TEST(Oiap, Malformed) {
    const Bytes response = hexBytes(test::kOiapResponse);
    Bytes shorter(response.begin(), response.end() - 1);
    EXPECT_TRUE(
        isProtocolError(parseOiap(withFixedParamSize(shorter)), ProtocolErrorCode::Truncated));
    Bytes longer = response;
    longer.push_back(0);
    EXPECT_TRUE(
        isProtocolError(parseOiap(withFixedParamSize(longer)), ProtocolErrorCode::TrailingBytes));
    EXPECT_TRUE(isTpmError(parseOiap(hexBytes("00c4 0000000a 00000026")), 0x26));
    EXPECT_TRUE(isProtocolError(parseOiap(hexBytes("8001 0000000a 00000084")),
                                ProtocolErrorCode::Tpm2Response));
}

// TPM 1.2 part 3, 22.3: tag 00c1, paramSize 18, ordinal 0xBA, handle, TPM_RT_AUTH (2).
TEST(FlushSpecific, ClosesAnAuthSession) {
    EXPECT_EQ(toHex(buildFlushAuthSession(0x02000001)), "00c1"
                                                        "00000012"
                                                        "000000ba"
                                                        "02000001"
                                                        "00000002");
    EXPECT_EQ(ordinalName(ordinal::FlushSpecific), "TPM_FlushSpecific");
}

TEST(GetTestResult, SwtpmText) {
    auto result = parseGetTestResult(hexBytes(test::kGetTestResultResponse));
    ASSERT_TRUE(result.ok()) << result.error().detail;
    EXPECT_EQ(std::string(result->begin(), result->end()), "Shutdown 00000002\n");
}

TEST(GetTestResult, Malformed) {
    EXPECT_TRUE(
        isProtocolError(parseGetTestResult(hexBytes("00c4 00000010 00000000 00000003 aabb")),
                        ProtocolErrorCode::Truncated));
    EXPECT_TRUE(
        isProtocolError(parseGetTestResult(hexBytes("00c4 00000011 00000000 00000002 aabb cc")),
                        ProtocolErrorCode::TrailingBytes));
    EXPECT_TRUE(isProtocolError(parseGetTestResult(hexBytes("00c4 0000000c 00000000 0000")),
                                ProtocolErrorCode::Truncated));
    EXPECT_TRUE(isTpmError(parseGetTestResult(hexBytes("00c4 0000000a 0000001c")), 0x1C));
}

} // namespace
} // namespace tpm
