#pragma once
// A 20-byte secret (owner or SRK authorization) that wipes itself.

#include "protocol/Bytes.h"

namespace tpm {

class Secret {
public:
    Secret() = default;
    explicit Secret(const Digest& value) : m_value(value) {}
    Secret(const Secret& other) = default;
    Secret& operator=(const Secret& other) = default;
    ~Secret(); // OPENSSL_cleanse

    static Secret wellKnown() { return Secret{}; } // 20 zero bytes
    const Digest& bytes() const { return m_value; }
    ByteView view() const { return m_value; }

private:
    Digest m_value{};
};

// Wipes any byte buffer holding secret material (OPENSSL_cleanse).
void wipe(std::span<std::uint8_t> bytes);
void wipe(std::string& text);

} // namespace tpm
