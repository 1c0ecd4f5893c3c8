#include "Utf16Le.h"

namespace tpm {

namespace {

struct SequenceShape {
    int continuationBytes = 0;
    char32_t initialBits = 0;
    char32_t smallestCodePoint = 0; // anything below is an overlong form
};

// The shape a lead byte announces; false for continuation bytes and 0xF8-0xFF.
bool shapeOfLeadByte(std::uint8_t lead, SequenceShape& shape) {
    if (lead < 0x80) {
        shape = {0, lead, 0};
    } else if ((lead & 0xE0) == 0xC0) {
        shape = {1, static_cast<char32_t>(lead & 0x1F), 0x80};
    } else if ((lead & 0xF0) == 0xE0) {
        shape = {2, static_cast<char32_t>(lead & 0x0F), 0x800};
    } else if ((lead & 0xF8) == 0xF0) {
        shape = {3, static_cast<char32_t>(lead & 0x07), 0x10000};
    } else {
        return false;
    }
    return true;
}

void appendUnit(Bytes& out, char32_t unit) {
    out.push_back(static_cast<std::uint8_t>(unit & 0xFF));
    out.push_back(static_cast<std::uint8_t>((unit >> 8) & 0xFF));
}

} // namespace

bool appendUtf16Le(std::string_view utf8, Bytes& out) {
    std::size_t index = 0;
    while (index < utf8.size()) {
        SequenceShape shape;
        if (!shapeOfLeadByte(static_cast<std::uint8_t>(utf8[index]), shape))
            return false;
        if (utf8.size() - index - 1 < static_cast<std::size_t>(shape.continuationBytes))
            return false; // truncated sequence
        char32_t codePoint = shape.initialBits;
        for (int i = 1; i <= shape.continuationBytes; ++i) {
            const auto next = static_cast<std::uint8_t>(utf8[index + static_cast<std::size_t>(i)]);
            if ((next & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < shape.smallestCodePoint || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        index += static_cast<std::size_t>(shape.continuationBytes) + 1;

        if (codePoint < 0x10000) {
            appendUnit(out, codePoint);
        } else {
            const char32_t offset = codePoint - 0x10000;
            appendUnit(out, 0xD800 + (offset >> 10));   // high surrogate
            appendUnit(out, 0xDC00 + (offset & 0x3FF)); // low surrogate
        }
        codePoint = 0;
    }
    return true;
}

} // namespace tpm
