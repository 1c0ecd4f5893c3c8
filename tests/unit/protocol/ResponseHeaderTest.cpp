#include "ProtocolTestSupport.h"
#include "protocol/Constants.h"
#include "protocol/Response.h"

namespace tpm {
namespace {

using test::hexBytes;
using test::isProtocolError;
using test::isTpmError;

TEST(ResponseHeader, ParsesSuccessWithoutParameters) {
    const Bytes response = hexBytes("00c4 0000000a 00000000");
    auto header = parseResponseHeader(response);
    ASSERT_TRUE(header.ok()) << header.error().detail;
    EXPECT_EQ(header->tag, tag::RspCommand);
    EXPECT_EQ(header->returnCode, 0u);
    EXPECT_TRUE(header->params.empty());
}

TEST(ResponseHeader, NonZeroReturnCodeIsNotAnErrorOfTheHeader) {
    const Bytes response = hexBytes("00c4 0000000a 00000003");
    auto header = parseResponseHeader(response);
    ASSERT_TRUE(header.ok());
    EXPECT_EQ(header->returnCode, rc::BadParameter);
}

// The seed report: CMD_ENABLE refused after the lifetime lock, then INVALID_POSTINIT.
TEST(ResponseHeader, SeedReportReturnCodesBecomeTpmErrors) {
    EXPECT_TRUE(isTpmError(parseEmptyResponse(hexBytes("00c4 0000000a 00000003")), 0x03));
    EXPECT_TRUE(isTpmError(parseEmptyResponse(hexBytes("00c4 0000000a 00000026")), 0x26));
    EXPECT_TRUE(isTpmError(parseSuccessParams(hexBytes("00c4 0000000a 00000026")), 0x26));
}

TEST(ResponseHeader, EmptyResponseSucceeds) {
    EXPECT_TRUE(parseEmptyResponse(hexBytes("00c4 0000000a 00000000")).ok());
}

TEST(ResponseHeader, EmptyResponseRejectsParameters) {
    EXPECT_TRUE(isProtocolError(parseEmptyResponse(hexBytes("00c4 0000000b 00000000 00")),
                                ProtocolErrorCode::TrailingBytes));
}

TEST(ResponseHeader, Tpm2AnswerIsRecognisedWithItsCode) {
    auto result = parseResponseHeader(hexBytes("80 01 00 00 00 0a 00 00 00 84"));
    ASSERT_TRUE(isProtocolError(result, ProtocolErrorCode::Tpm2Response));
    EXPECT_NE(result.error().detail.find("0x84"), std::string::npos) << result.error().detail;
    EXPECT_TRUE(isProtocolError(parseEmptyResponse(hexBytes("8002 0000000a 00000101")),
                                ProtocolErrorCode::Tpm2Response));
}

TEST(ResponseHeader, ShorterThanHeaderIsTruncated) {
    const Bytes full = hexBytes("00c4 0000000a 00000000");
    for (std::size_t size = 0; size < full.size(); ++size)
        EXPECT_TRUE(isProtocolError(parseResponseHeader(ByteView(full).first(size)),
                                    ProtocolErrorCode::Truncated))
            << size;
}

TEST(ResponseHeader, ParamSizeLargerThanReceivedIsLengthMismatch) {
    EXPECT_TRUE(isProtocolError(parseResponseHeader(hexBytes("00c4 0000000e 00000000 0000")),
                                ProtocolErrorCode::LengthMismatch));
    EXPECT_TRUE(isProtocolError(parseResponseHeader(hexBytes("00c4 ffffffff 00000000")),
                                ProtocolErrorCode::LengthMismatch));
}

TEST(ResponseHeader, ParamSizeSmallerThanHeaderIsLengthMismatch) {
    EXPECT_TRUE(isProtocolError(parseResponseHeader(hexBytes("00c4 00000000 00000000")),
                                ProtocolErrorCode::LengthMismatch));
}

TEST(ResponseHeader, ParamSizeSmallerThanReceivedIsTrailingBytes) {
    EXPECT_TRUE(isProtocolError(parseResponseHeader(hexBytes("00c4 0000000a 00000000 00")),
                                ProtocolErrorCode::TrailingBytes));
}

TEST(ResponseHeader, UnknownTagIsBadTag) {
    EXPECT_TRUE(isProtocolError(parseResponseHeader(hexBytes("00c1 0000000a 00000000")),
                                ProtocolErrorCode::BadTag));
    EXPECT_TRUE(isProtocolError(parseResponseHeader(hexBytes("0000 0000000a 00000000")),
                                ProtocolErrorCode::BadTag));
}

TEST(ResponseHeader, SuccessParamsAreTheBytesAfterTheHeader) {
    const Bytes response = hexBytes("00c5 0000000c 00000000 abcd");
    auto params = parseSuccessParams(response);
    ASSERT_TRUE(params.ok());
    EXPECT_EQ(toHex(*params), "abcd");
}

} // namespace
} // namespace tpm
