// RSA-OAEP (SHA-1, MGF1-SHA-1, label "TCPA") as TakeOwnership needs it: encrypt with the
// public key built from modulus/exponent bytes, decrypt here with the private key.

#include "HexTestHelpers.h"
#include "crypto/Crypto.h"

#include <cstring>
#include <gtest/gtest.h>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace tpm {
namespace {

struct PkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX* context) const { EVP_PKEY_CTX_free(context); }
};
struct BignumFree {
    void operator()(BIGNUM* number) const { BN_free(number); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

Bytes bignumParam(const EVP_PKEY* key, const char* name) {
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    const std::unique_ptr<BIGNUM, BignumFree> number(raw);
    Bytes bytes(static_cast<std::size_t>(BN_num_bytes(number.get())));
    BN_bn2bin(number.get(), bytes.data());
    return bytes;
}

// Decrypts with OAEP SHA-1/MGF1-SHA-1 and the given label; nullopt when decryption fails.
std::optional<Bytes> decryptOaep(EVP_PKEY* key, ByteView ciphertext, std::string_view label) {
    const std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> context(
        EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!context || EVP_PKEY_decrypt_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_OAEP_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_oaep_md(context.get(), EVP_sha1()) != 1 ||
        EVP_PKEY_CTX_set_rsa_mgf1_md(context.get(), EVP_sha1()) != 1)
        return std::nullopt;
    if (!label.empty()) {
        auto* copy = static_cast<unsigned char*>(OPENSSL_malloc(label.size()));
        std::memcpy(copy, label.data(), label.size());
        if (EVP_PKEY_CTX_set0_rsa_oaep_label(context.get(), copy, static_cast<int>(label.size())) !=
            1) {
            OPENSSL_free(copy);
            return std::nullopt;
        }
    }
    std::size_t length = 0;
    if (EVP_PKEY_decrypt(context.get(), nullptr, &length, ciphertext.data(), ciphertext.size()) !=
        1)
        return std::nullopt;
    Bytes plaintext(length);
    if (EVP_PKEY_decrypt(context.get(), plaintext.data(), &length, ciphertext.data(),
                         ciphertext.size()) != 1)
        return std::nullopt;
    plaintext.resize(length);
    return plaintext;
}

class RsaOaepTcpa : public ::testing::Test {
protected:
    // One 2048-bit key for the suite: generation dominates the run time.
    static void SetUpTestSuite() {
        s_privateKey.reset(
            EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(2048)));
        ASSERT_TRUE(s_privateKey);
        s_modulus = bignumParam(s_privateKey.get(), OSSL_PKEY_PARAM_RSA_N);
        s_exponent = bignumParam(s_privateKey.get(), OSSL_PKEY_PARAM_RSA_E);
    }
    static void TearDownTestSuite() { s_privateKey.reset(); }

    static RsaPublicKey publicKey() {
        Result<RsaPublicKey> key = RsaPublicKey::fromModulus(s_modulus, s_exponent);
        EXPECT_TRUE(key.ok()) << (key ? "" : key.error().detail);
        return std::move(key).value();
    }

    static inline PkeyPtr s_privateKey;
    static inline Bytes s_modulus;
    static inline Bytes s_exponent;
};

const Digest kOwnerAuth = test::hexDigest("579233b2c479241523cba5e3af55d0f50f2d6414");

TEST_F(RsaOaepTcpa, DecryptsWithTcpaLabel) {
    const RsaPublicKey key = publicKey();
    EXPECT_EQ(key.modulusBits(), 2048u);
    const Result<Bytes> ciphertext = key.encryptOaepTcpa(kOwnerAuth);
    ASSERT_TRUE(ciphertext.ok()) << ciphertext.error().detail;
    EXPECT_EQ(ciphertext->size(), 256u);

    const std::optional<Bytes> plaintext = decryptOaep(s_privateKey.get(), *ciphertext, "TCPA");
    ASSERT_TRUE(plaintext.has_value());
    EXPECT_EQ(*plaintext, Bytes(kOwnerAuth.begin(), kOwnerAuth.end()));
}

TEST_F(RsaOaepTcpa, OtherLabelsFail) {
    const Result<Bytes> ciphertext = publicKey().encryptOaepTcpa(kOwnerAuth);
    ASSERT_TRUE(ciphertext.ok());
    EXPECT_FALSE(decryptOaep(s_privateKey.get(), *ciphertext, "TCPB").has_value());
    EXPECT_FALSE(decryptOaep(s_privateKey.get(), *ciphertext, "").has_value());
    // The label has no terminating NUL.
    EXPECT_FALSE(
        decryptOaep(s_privateKey.get(), *ciphertext, std::string_view("TCPA\0", 5)).has_value());
}

TEST_F(RsaOaepTcpa, EncryptionIsRandomized) {
    const RsaPublicKey key = publicKey();
    const Result<Bytes> first = key.encryptOaepTcpa(kOwnerAuth);
    const Result<Bytes> second = key.encryptOaepTcpa(kOwnerAuth);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_NE(*first, *second);
}

TEST_F(RsaOaepTcpa, EmptyExponentMeans65537) {
    ASSERT_EQ(toHex(s_exponent), "010001"); // OpenSSL's default, like the TPM's
    const Result<RsaPublicKey> key = RsaPublicKey::fromModulus(s_modulus);
    ASSERT_TRUE(key.ok());
    const Result<Bytes> ciphertext = key->encryptOaepTcpa(kOwnerAuth);
    ASSERT_TRUE(ciphertext.ok());
    EXPECT_TRUE(decryptOaep(s_privateKey.get(), *ciphertext, "TCPA").has_value());
}

TEST_F(RsaOaepTcpa, MovedKeyStillWorks) {
    RsaPublicKey original = publicKey();
    RsaPublicKey moved = std::move(original);
    EXPECT_EQ(moved.modulusBits(), 2048u);
    EXPECT_TRUE(moved.encryptOaepTcpa(kOwnerAuth).ok());
}

TEST_F(RsaOaepTcpa, PlaintextTooLongFails) {
    // OAEP-SHA1 with a 2048-bit key carries at most 256 - 2*20 - 2 = 214 bytes.
    const RsaPublicKey key = publicKey();
    EXPECT_TRUE(key.encryptOaepTcpa(Bytes(214, 0x5a)).ok());
    const Result<Bytes> tooLong = key.encryptOaepTcpa(Bytes(215, 0x5a));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().kind, ErrorKind::Crypto);
}

TEST(RsaPublicKey, RejectsBadModulus) {
    const auto expectBadKey = [](ByteView modulus, ByteView exponent) {
        const Result<RsaPublicKey> key = RsaPublicKey::fromModulus(modulus, exponent);
        ASSERT_FALSE(key.ok());
        EXPECT_EQ(key.error().kind, ErrorKind::Crypto);
        EXPECT_EQ(key.error().code, static_cast<std::uint32_t>(CryptoErrorCode::BadKey));
    };
    Bytes oddModulus(256, 0xff);
    expectBadKey({}, {});                           // empty
    expectBadKey(Bytes(256, 0x00), {});             // zero
    expectBadKey(Bytes(16, 0xff), {});              // 128 bits: too small
    expectBadKey(Bytes(256, 0xfe), {});             // even
    expectBadKey(oddModulus, test::hexBytes("02")); // even exponent
    expectBadKey(oddModulus, test::hexBytes("01")); // exponent 1
}

} // namespace
} // namespace tpm
