#pragma once
// A 20-byte secret (owner or SRK authorization) that wipes itself.

#include "protocol/Bytes.h"

#include <string_view>
#include <vector>

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

// A TPM 2.0 authorization value (a password's UTF-8 bytes, as tpm2-tools' "str:" and systemd
// use them): variable length, wiped when it goes. Empty means "no password".
class AuthValue {
public:
    AuthValue() = default;
    explicit AuthValue(std::string_view text) : m_bytes(text.begin(), text.end()) {}
    AuthValue(const AuthValue& other) = default;
    AuthValue& operator=(const AuthValue& other);
    ~AuthValue();

    ByteView view() const { return m_bytes; }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }

private:
    std::vector<std::uint8_t> m_bytes;
};

// Wipes any byte buffer holding secret material (OPENSSL_cleanse).
void wipe(std::span<std::uint8_t> bytes);
void wipe(std::string& text);

} // namespace tpm
