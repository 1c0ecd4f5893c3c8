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

// Some chips append bytes to an error answer: the code is still the TPM's refusal (never a
// lost answer to retry), and the detail names the stray bytes.
TEST(ResponseHeader, ErrorAnswerWithStrayBytesIsTheTpmsAnswer) {
    const Bytes authFail = hexBytes("00c4 0000000e 00000001 deadbeef");
    auto result = parseSuccessParams(authFail);
    ASSERT_TRUE(isTpmError(result, rc::AuthFail));
    EXPECT_NE(result.error().detail.find("4 stray parameter bytes"), std::string::npos)
        << result.error().detail;
    EXPECT_TRUE(isTpmError(parseEmptyResponse(authFail), rc::AuthFail));
    EXPECT_TRUE(isTpmError(parseEmptyResponse(hexBytes("00c4 0000000b 00000826 00")), 0x826));
}

// Behind extra bytes, a code outside the TPM 1.2 space is noise on the wire, not an answer.
TEST(ResponseHeader, ErrorAnswerWithStrayBytesAndForeignCodeIsGarbage) {
    EXPECT_TRUE(isProtocolError(parseResponseHeader(hexBytes("00c4 0000000e 8a31f00d 01020304")),
                                ProtocolErrorCode::TrailingBytes));
    // Without extra bytes any code is reported as it is.
    EXPECT_TRUE(isTpmError(parseEmptyResponse(hexBytes("00c4 0000000a 8a31f00d")), 0x8a31f00d));
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
