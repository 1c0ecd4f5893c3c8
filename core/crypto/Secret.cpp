#include "Secret.h"

#include <openssl/crypto.h>

namespace tpm {

Secret::~Secret() {
    OPENSSL_cleanse(m_value.data(), m_value.size());
}

AuthValue& AuthValue::operator=(const AuthValue& other) {
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = other.m_bytes;
    }
    return *this;
}

AuthValue::~AuthValue() {
    wipe(m_bytes);
}

void wipe(std::span<std::uint8_t> bytes) {
    if (!bytes.empty())
        OPENSSL_cleanse(bytes.data(), bytes.size());
}

void wipe(std::string& text) {
    // Grow to the full capacity first: earlier, longer contents may linger past size(), and
    // only bytes inside size() may be written. resize() within capacity never reallocates.
    text.resize(text.capacity());
    if (!text.empty())
        OPENSSL_cleanse(text.data(), text.size());
    text.clear();
}

} // namespace tpm
