#pragma once
// The cryptography the TPM 1.2 protocol needs, through OpenSSL 3 EVP only.

#include "Secret.h"
#include "protocol/Result.h"

#include <initializer_list>
#include <memory>

namespace tpm {

// SHA-1 over the concatenation of the parts.
Result<Digest> sha1(std::initializer_list<ByteView> parts);
Result<Digest> hmacSha1(ByteView key, std::initializer_list<ByteView> parts);
Result<Nonce> randomNonce(); // RAND_bytes
// Fills `out` from the system's CSPRNG (RAND_bytes); on failure it is wiped and the error
// returned.
Result<void> randomBytes(std::span<std::uint8_t> out);

// An RSA public key (the EK), for RSA-OAEP with SHA-1/MGF1 and the label "TCPA".
class RsaPublicKey {
public:
    // exponent: big-endian bytes; empty means 65537 (TPM default).
    static Result<RsaPublicKey> fromModulus(ByteView modulus, ByteView exponent = {});
    Result<Bytes> encryptOaepTcpa(ByteView plaintext) const;
    std::size_t modulusBits() const;

    RsaPublicKey(RsaPublicKey&&) noexcept;
    RsaPublicKey& operator=(RsaPublicKey&&) noexcept;
    ~RsaPublicKey();

private:
    struct Impl;
    explicit RsaPublicKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Constant-time comparison (CRYPTO_memcmp).
bool equalConstantTime(ByteView a, ByteView b);

} // namespace tpm
