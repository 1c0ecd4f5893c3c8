#include "ByteReader.h"

#include <algorithm>

namespace tpm {

bool ByteReader::readU8(std::uint8_t& out) {
    if (!has(1))
        return false;
    out = m_data[m_offset];
    m_offset += 1;
    return true;
}

bool ByteReader::readU16(std::uint16_t& out) {
    if (!has(2))
        return false;
    out = static_cast<std::uint16_t>((m_data[m_offset] << 8) | m_data[m_offset + 1]);
    m_offset += 2;
    return true;
}

bool ByteReader::readU32(std::uint32_t& out) {
    if (!has(4))
        return false;
    out = (std::uint32_t{m_data[m_offset]} << 24) | (std::uint32_t{m_data[m_offset + 1]} << 16) |
          (std::uint32_t{m_data[m_offset + 2]} << 8) | std::uint32_t{m_data[m_offset + 3]};
    m_offset += 4;
    return true;
}

bool ByteReader::readBool(bool& out) {
    if (!has(1) || m_data[m_offset] > 1)
        return false;
    out = m_data[m_offset] == 1;
    m_offset += 1;
    return true;
}

bool ByteReader::readBytes(std::size_t n, ByteView& out) {
    if (!has(n))
        return false;
    out = m_data.subspan(m_offset, n);
    m_offset += n;
    return true;
}

bool ByteReader::readDigest(Digest& out) {
    if (!has(kDigestSize))
        return false;
    std::copy_n(m_data.begin() + static_cast<std::ptrdiff_t>(m_offset), kDigestSize, out.begin());
    m_offset += kDigestSize;
    return true;
}

template <class Size>
bool ByteReader::readSized(ByteView& out) {
    const std::size_t start = m_offset;
    Size size = 0;
    const bool sizeRead = [&] {
        if constexpr (sizeof(Size) == 2)
            return readU16(size);
        else
            return readU32(size);
    }();
    if (!sizeRead || !has(size)) {
        m_offset = start;
        return false;
    }
    out = m_data.subspan(m_offset, size);
    m_offset += size;
    return true;
}

bool ByteReader::readSized32(ByteView& out) {
    return readSized<std::uint32_t>(out);
}

bool ByteReader::readSized16(ByteView& out) {
    return readSized<std::uint16_t>(out);
}

bool ByteReader::skip(std::size_t n) {
    if (!has(n))
        return false;
    m_offset += n;
    return true;
}

} // namespace tpm
