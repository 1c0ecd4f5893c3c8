#include "Crypto.h"

#include "OpenSslHandles.h"

#include <array>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace tpm {

using openssl::nonNullData;

Result<Digest> sha1(std::initializer_list<ByteView> parts) {
    const openssl::MdCtxPtr context(EVP_MD_CTX_new());
    if (!context)
        return openssl::failure("EVP_MD_CTX_new");
    if (EVP_DigestInit_ex2(context.get(), EVP_sha1(), nullptr) != 1)
        return openssl::failure("EVP_DigestInit_ex2(SHA1)");
    for (ByteView part : parts) {
        if (EVP_DigestUpdate(context.get(), nonNullData(part), part.size()) != 1)
            return openssl::failure("EVP_DigestUpdate");
    }
    Digest digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1 || length != kDigestSize)
        return openssl::failure("EVP_DigestFinal_ex");
    return digest;
}

Result<Digest> hmacSha1(ByteView key, std::initializer_list<ByteView> parts) {
    const openssl::MacPtr hmac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!hmac)
        return openssl::failure("EVP_MAC_fetch(HMAC)");
    const openssl::MacCtxPtr context(EVP_MAC_CTX_new(hmac.get()));
    if (!context)
        return openssl::failure("EVP_MAC_CTX_new");
    char digestName[] = "SHA1"; // OSSL_PARAM wants a mutable pointer; it is only read
    const std::array<OSSL_PARAM, 2> params{
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
        OSSL_PARAM_construct_end()};
    // A NULL key means "keep the previous key" to OpenSSL, so an empty key needs a pointer.
    if (EVP_MAC_init(context.get(), nonNullData(key), key.size(), params.data()) != 1)
        return openssl::failure("EVP_MAC_init(HMAC-SHA1)");
    for (ByteView part : parts) {
        if (EVP_MAC_update(context.get(), nonNullData(part), part.size()) != 1)
            return openssl::failure("EVP_MAC_update");
    }
    Digest mac{};
    std::size_t length = 0;
    if (EVP_MAC_final(context.get(), mac.data(), &length, mac.size()) != 1 || length != kDigestSize)
        return openssl::failure("EVP_MAC_final");
    return mac;
}

Result<void> randomBytes(std::span<std::uint8_t> out) {
    if (RAND_bytes(out.data(), static_cast<int>(out.size())) != 1) {
        wipe(out);
        return openssl::failure("RAND_bytes");
    }
    return {};
}

Result<Nonce> randomNonce() {
    Nonce nonce{};
    if (RAND_bytes(nonce.data(), static_cast<int>(nonce.size())) != 1)
        return openssl::failure("RAND_bytes");
    return nonce;
}

bool equalConstantTime(ByteView a, ByteView b) {
    // Lengths are public (digests are always 20 bytes); only the contents need constant time.
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(nonNullData(a), nonNullData(b), a.size()) == 0;
}

} // namespace tpm
