#include "ParseSupport.h"

#include "Constants.h"
#include "Response.h"

#include <cstdio>

namespace tpm::detail {

std::string hex16(std::uint16_t value) {
    char text[8];
    std::snprintf(text, sizeof text, "0x%04x", static_cast<unsigned>(value));
    return text;
}

std::string hex32(std::uint32_t value) {
    char text[12];
    std::snprintf(text, sizeof text, "0x%08x", static_cast<unsigned>(value));
    return text;
}

Error truncated(std::string_view what) {
    return Error::protocol(ProtocolErrorCode::Truncated, std::string(what) + ": truncated");
}

Error badValue(std::string_view what, std::string_view why) {
    return Error::protocol(ProtocolErrorCode::BadValue,
                           std::string(what) + ": " + std::string(why));
}

bool readVersion(ByteReader& reader, Version& out) {
    return reader.readU8(out.major) && reader.readU8(out.minor) && reader.readU8(out.revMajor) &&
           reader.readU8(out.revMinor);
}

Result<void> expectEnd(const ByteReader& reader, std::string_view what) {
    if (reader.atEnd())
        return {};
    return Error::protocol(ProtocolErrorCode::TrailingBytes,
                           std::string(what) + ": " + std::to_string(reader.remaining()) +
                               " unexpected trailing bytes");
}

Result<ByteView> unauthorizedSuccessParams(ByteView response) {
    auto header = parseResponseHeader(response);
    if (!header)
        return header.error();
    if (header->returnCode != rc::Success)
        return tpmError(*header);
    // An auth trailer here would be misread as parameters.
    if (header->tag != tag::RspCommand)
        return Error::protocol(ProtocolErrorCode::BadTag, "response tag " + hex16(header->tag) +
                                                              " to an unauthorized request");
    return header->params;
}

} // namespace tpm::detail
