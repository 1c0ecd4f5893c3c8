#pragma once
// A growable big-endian writer for TPM requests and the structures inside them.

#include "Bytes.h"

namespace tpm {

class ByteWriter {
public:
    ByteWriter& u8(std::uint8_t v);
    ByteWriter& u16(std::uint16_t v);
    ByteWriter& u32(std::uint32_t v);
    ByteWriter& boolean(bool v) { return u8(v ? 1 : 0); }
    ByteWriter& bytes(ByteView v);
    ByteWriter& sized32(ByteView v); // u32 length, then the bytes

    const Bytes& data() const { return m_data; }
    Bytes take() { return std::move(m_data); }
    std::size_t size() const { return m_data.size(); }

private:
    Bytes m_data;
};

// Builds one request: tag | paramSize | ordinal | params. finish() fills in paramSize.
class CommandWriter {
public:
    CommandWriter(std::uint16_t tag, std::uint32_t ordinal);
    ByteWriter& params() { return m_writer; }
    Bytes finish() &&;

private:
    ByteWriter m_writer;
};

} // namespace tpm
