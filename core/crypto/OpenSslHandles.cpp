#include "OpenSslHandles.h"

#include <array>
#include <openssl/crypto.h>
#include <openssl/err.h>

namespace tpm::openssl {

void OpenSslFree::operator()(void* memory) const {
    OPENSSL_free(memory);
}

Error failure(std::string_view what) {
    std::string detail(what);
    detail += " failed";
    // The earliest queued error is usually the root cause; OpenSSL's reasons never carry
    // key or secret material.
    const unsigned long first = ERR_get_error();
    if (first != 0) {
        std::array<char, 256> reason{};
        ERR_error_string_n(first, reason.data(), reason.size());
        detail += ": ";
        detail += reason.data();
    }
    ERR_clear_error();
    return Error::crypto(CryptoErrorCode::OpenSslFailure, std::move(detail));
}

} // namespace tpm::openssl
