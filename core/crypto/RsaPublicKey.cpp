#include "Crypto.h"
#include "OpenSslHandles.h"

#include <array>
#include <cstring>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/rsa.h>

namespace tpm {

namespace {

// TPM 1.2 OAEP label (TCG Main Part 1, "TCPA" without a terminating NUL).
constexpr std::array<unsigned char, 4> kOaepLabel{'T', 'C', 'P', 'A'};
constexpr std::array<std::uint8_t, 3> kDefaultExponent{0x01, 0x00, 0x01}; // 65537
// OpenSSL refuses public operations above 16384 bits; below 512 bits OAEP-SHA1 has no room
// for a 20-byte secret and no real TPM has such a key.
constexpr int kMinModulusBits = 512;
constexpr int kMaxModulusBits = 16384;

Error badKey(std::string detail) {
    return Error::crypto(CryptoErrorCode::BadKey, std::move(detail));
}

openssl::BignumPtr bignumFromBigEndian(ByteView bytes) {
    return openssl::BignumPtr(BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr));
}

} // namespace

struct RsaPublicKey::Impl {
    openssl::PkeyPtr key;
};

RsaPublicKey::RsaPublicKey(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
RsaPublicKey::RsaPublicKey(RsaPublicKey&&) noexcept = default;
RsaPublicKey& RsaPublicKey::operator=(RsaPublicKey&&) noexcept = default;
RsaPublicKey::~RsaPublicKey() = default;

Result<RsaPublicKey> RsaPublicKey::fromModulus(ByteView modulus, ByteView exponent) {
    if (exponent.empty())
        exponent = kDefaultExponent;
    if (modulus.empty())
        return badKey("RSA modulus is empty");
    if (modulus.size() > static_cast<std::size_t>(kMaxModulusBits / 8) + 1 ||
        exponent.size() > modulus.size())
        return badKey("RSA key parameters are too long");

    const openssl::BignumPtr n = bignumFromBigEndian(modulus);
    const openssl::BignumPtr e = bignumFromBigEndian(exponent);
    if (!n || !e)
        return openssl::failure("BN_bin2bn");
    const int bits = BN_num_bits(n.get());
    if (bits < kMinModulusBits || bits > kMaxModulusBits)
        return badKey("RSA modulus has " + std::to_string(bits) + " bits");
    if (!BN_is_odd(n.get()))
        return badKey("RSA modulus is even");
    if (!BN_is_odd(e.get()) || BN_is_one(e.get()) || BN_cmp(e.get(), n.get()) >= 0)
        return badKey("RSA public exponent is invalid");

    const openssl::ParamBuildPtr builder(OSSL_PARAM_BLD_new());
    if (!builder)
        return openssl::failure("OSSL_PARAM_BLD_new");
    if (OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return openssl::failure("OSSL_PARAM_BLD_push_BN");
    const openssl::ParamsPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    if (!params)
        return openssl::failure("OSSL_PARAM_BLD_to_param");

    const openssl::PkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    if (!context)
        return openssl::failure("EVP_PKEY_CTX_new_from_name(RSA)");
    if (EVP_PKEY_fromdata_init(context.get()) != 1)
        return openssl::failure("EVP_PKEY_fromdata_init");
    EVP_PKEY* rawKey = nullptr;
    if (EVP_PKEY_fromdata(context.get(), &rawKey, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return badKey("EVP_PKEY_fromdata rejected the RSA public key");

    auto impl = std::make_unique<Impl>();
    impl->key.reset(rawKey);
    return RsaPublicKey(std::move(impl));
}

std::size_t RsaPublicKey::modulusBits() const {
    const int bits = EVP_PKEY_get_bits(m_impl->key.get());
    return bits > 0 ? static_cast<std::size_t>(bits) : 0;
}

Result<Bytes> RsaPublicKey::encryptOaepTcpa(ByteView plaintext) const {
    const openssl::PkeyCtxPtr context(
        EVP_PKEY_CTX_new_from_pkey(nullptr, m_impl->key.get(), nullptr));
    if (!context)
        return openssl::failure("EVP_PKEY_CTX_new_from_pkey");
    if (EVP_PKEY_encrypt_init(context.get()) != 1)
        return openssl::failure("EVP_PKEY_encrypt_init");
    if (EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_OAEP_PADDING) != 1)
        return openssl::failure("EVP_PKEY_CTX_set_rsa_padding(OAEP)");
    if (EVP_PKEY_CTX_set_rsa_oaep_md(context.get(), EVP_sha1()) != 1)
        return openssl::failure("EVP_PKEY_CTX_set_rsa_oaep_md(SHA1)");
    if (EVP_PKEY_CTX_set_rsa_mgf1_md(context.get(), EVP_sha1()) != 1)
        return openssl::failure("EVP_PKEY_CTX_set_rsa_mgf1_md(SHA1)");

    // set0 takes ownership of an OPENSSL_malloc'd label only when it succeeds.
    openssl::OpenSslBytesPtr label(static_cast<unsigned char*>(OPENSSL_malloc(kOaepLabel.size())));
    if (!label)
        return openssl::failure("OPENSSL_malloc");
    std::memcpy(label.get(), kOaepLabel.data(), kOaepLabel.size());
    if (EVP_PKEY_CTX_set0_rsa_oaep_label(context.get(), label.get(),
                                         static_cast<int>(kOaepLabel.size())) != 1)
        return openssl::failure("EVP_PKEY_CTX_set0_rsa_oaep_label");
    static_cast<void>(label.release());

    const unsigned char* input = openssl::nonNullData(plaintext);
    std::size_t length = 0;
    if (EVP_PKEY_encrypt(context.get(), nullptr, &length, input, plaintext.size()) != 1)
        return openssl::failure("EVP_PKEY_encrypt (size)");
    Bytes ciphertext(length);
    if (EVP_PKEY_encrypt(context.get(), ciphertext.data(), &length, input, plaintext.size()) != 1)
        return openssl::failure("EVP_PKEY_encrypt");
    ciphertext.resize(length);
    return ciphertext;
}

} // namespace tpm
