#pragma once
// Owning handles for the OpenSSL objects core/crypto uses, and the error conversion.
// Private to core/crypto.

#include "protocol/Bytes.h"
#include "protocol/Result.h"

#include <memory>
#include <openssl/bn.h>
#include <openssl/core.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <string_view>

namespace tpm::openssl {

template <class T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* object) const { Free(object); }
};

using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using MacPtr = std::unique_ptr<EVP_MAC, Deleter<EVP_MAC, EVP_MAC_free>>;
using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, Deleter<EVP_MAC_CTX, EVP_MAC_CTX_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBuildPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamsPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;

// Memory from OPENSSL_malloc (a macro, so it needs its own deleter).
struct OpenSslFree {
    void operator()(void* memory) const;
};
using OpenSslBytesPtr = std::unique_ptr<unsigned char, OpenSslFree>;

// OpenSSL treats a NULL buffer as "absent" even when the length is 0, and an empty span may
// hold one; this gives a valid pointer for empty input.
inline const unsigned char* nonNullData(ByteView bytes) {
    static constexpr unsigned char kNothing = 0;
    return bytes.empty() ? &kNothing : bytes.data();
}

// A CryptoErrorCode::OpenSslFailure naming the failed call, with OpenSSL's last reason.
// Drains OpenSSL's error queue so stale entries do not leak into later errors.
Error failure(std::string_view what);

} // namespace tpm::openssl
