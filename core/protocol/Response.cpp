#include "Response.h"

#include "ByteReader.h"
#include "Constants.h"
#include "ParseSupport.h"

#include <cstdio>

namespace tpm {

namespace {

constexpr std::size_t kHeaderSize = 10;
// TPM_RESULT values: base codes, TPM_VENDOR_ERROR (0x400) and TPM_NON_FATAL (0x800) ranges.
constexpr std::uint32_t kLastTpm12ReturnCode = 0xFFF;

bool isTpm12ResponseTag(std::uint16_t value) {
    return value == tag::RspCommand || value == tag::RspAuth1Command ||
           value == tag::RspAuth2Command;
}

// "0x84": the short form people search for in TPM 2.0 documentation.
std::string shortHex(std::uint32_t value) {
    char text[12];
    std::snprintf(text, sizeof text, "0x%x", static_cast<unsigned>(value));
    return text;
}

} // namespace

Result<ResponseHeader> parseResponseHeader(ByteView response) {
    ByteReader reader(response);
    std::uint16_t responseTag = 0;
    std::uint32_t paramSize = 0;
    std::uint32_t returnCode = 0;
    if (!reader.readU16(responseTag) || !reader.readU32(paramSize) || !reader.readU32(returnCode))
        return Error::protocol(ProtocolErrorCode::Truncated,
                               "response of " + std::to_string(response.size()) +
                                   " bytes is shorter than the 10-byte header");
    // A TPM 2.0 chip (or swtpm --tpm2) is the likely cause; name it instead of "bad tag".
    if (responseTag == tag::Tpm2NoSessions || responseTag == tag::Tpm2Sessions)
        return Error::protocol(ProtocolErrorCode::Tpm2Response,
                               "TPM 2.0 response (tag " + detail::hex16(responseTag) +
                                   "), response code " + shortHex(returnCode));
    if (!isTpm12ResponseTag(responseTag))
        return Error::protocol(ProtocolErrorCode::BadTag,
                               "response tag " + detail::hex16(responseTag));
    const std::string sizes = "paramSize " + std::to_string(paramSize) + ", received " +
                              std::to_string(response.size()) + " bytes";
    if (paramSize > response.size() || paramSize < kHeaderSize)
        return Error::protocol(ProtocolErrorCode::LengthMismatch, sizes);
    if (paramSize < response.size())
        return Error::protocol(ProtocolErrorCode::TrailingBytes, sizes);
    // A TPM 1.2 error answer is the bare header (TPM 1.2 part 1, command/response format),
    // but some chips append bytes. A code from the TPM 1.2 space is still the TPM's answer
    // (tpmError() names the stray bytes); a code outside it behind extra bytes is garbage.
    if (returnCode != 0 && paramSize != kHeaderSize && returnCode > kLastTpm12ReturnCode)
        return Error::protocol(ProtocolErrorCode::TrailingBytes,
                               "error response (return code " + shortHex(returnCode) +
                                   ", not a TPM 1.2 code) with " +
                                   std::to_string(paramSize - kHeaderSize) + " parameter bytes");
    return ResponseHeader{responseTag, returnCode, reader.rest()};
}

Error tpmError(const ResponseHeader& header) {
    if (header.params.empty())
        return Error::tpm(header.returnCode);
    return Error::tpm(header.returnCode, "the error answer carried " +
                                             std::to_string(header.params.size()) +
                                             " stray parameter bytes");
}

Result<void> parseEmptyResponse(ByteView response) {
    auto params = parseSuccessParams(response);
    if (!params)
        return params.error();
    if (!params->empty())
        return Error::protocol(ProtocolErrorCode::TrailingBytes,
                               std::to_string(params->size()) +
                                   " parameter bytes in a response that has none");
    return {};
}

Result<ByteView> parseSuccessParams(ByteView response) {
    auto header = parseResponseHeader(response);
    if (!header)
        return header.error();
    if (header->returnCode != rc::Success)
        return tpmError(*header);
    return header->params;
}

} // namespace tpm
