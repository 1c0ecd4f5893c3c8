#pragma once
// A consuming, bounds-checked cursor over bytes received from a TPM.
// Every read checks the remaining length first (overflow-safe) and advances the offset
// only when it succeeds, so a failed read leaves the reader where it was.

#include "Bytes.h"

namespace tpm {

class ByteReader {
public:
    explicit ByteReader(ByteView data) : m_data(data) {}

    [[nodiscard]] bool readU8(std::uint8_t& out);
    [[nodiscard]] bool readU16(std::uint16_t& out);
    [[nodiscard]] bool readU32(std::uint32_t& out);
    [[nodiscard]] bool readBool(bool& out); // TPM_BOOL: exactly 0 or 1, anything else fails
    // Exactly n bytes, as a view into the underlying buffer.
    [[nodiscard]] bool readBytes(std::size_t n, ByteView& out);
    [[nodiscard]] bool readDigest(Digest& out);
    // A u32 length followed by that many bytes; fails if the length exceeds what is left.
    [[nodiscard]] bool readSized32(ByteView& out);
    // A u16 length followed by that many bytes.
    [[nodiscard]] bool readSized16(ByteView& out);
    [[nodiscard]] bool skip(std::size_t n);

    std::size_t offset() const { return m_offset; }
    std::size_t remaining() const { return m_data.size() - m_offset; }
    bool atEnd() const { return m_offset == m_data.size(); }
    ByteView rest() const { return m_data.subspan(m_offset); }

private:
    bool has(std::size_t n) const { return remaining() >= n; }
    // A big-endian length of type Size (u16 or u32), then that many bytes.
    template <class Size>
    bool readSized(ByteView& out);

    ByteView m_data;
    std::size_t m_offset = 0;
};

} // namespace tpm
