#include "ByteWriter.h"

namespace tpm {

ByteWriter& ByteWriter::u8(std::uint8_t v) {
    m_data.push_back(v);
    return *this;
}

ByteWriter& ByteWriter::u16(std::uint16_t v) {
    m_data.push_back(static_cast<std::uint8_t>(v >> 8));
    m_data.push_back(static_cast<std::uint8_t>(v));
    return *this;
}

ByteWriter& ByteWriter::u32(std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        m_data.push_back(static_cast<std::uint8_t>(v >> shift));
    return *this;
}

ByteWriter& ByteWriter::bytes(ByteView v) {
    m_data.insert(m_data.end(), v.begin(), v.end());
    return *this;
}

ByteWriter& ByteWriter::sized32(ByteView v) {
    u32(static_cast<std::uint32_t>(v.size()));
    return bytes(v);
}

CommandWriter::CommandWriter(std::uint16_t tag, std::uint32_t ordinal) {
    m_writer.u16(tag).u32(0).u32(ordinal);
}

Bytes CommandWriter::finish() && {
    Bytes out = m_writer.take();
    const auto size = static_cast<std::uint32_t>(out.size());
    out[2] = static_cast<std::uint8_t>(size >> 24);
    out[3] = static_cast<std::uint8_t>(size >> 16);
    out[4] = static_cast<std::uint8_t>(size >> 8);
    out[5] = static_cast<std::uint8_t>(size);
    return out;
}

} // namespace tpm
