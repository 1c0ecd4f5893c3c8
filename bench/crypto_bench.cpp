// Crypto micro-benchmarks: the OpenSSL-backed primitives a provisioning run uses, through
// core/crypto's API. Figures only: nothing here asserts anything about time.
//
// The RSA key standing in for the EK is generated once, at start, before any benchmark runs,
// so key generation never shows up in a figure.

#include "crypto/Crypto.h"
#include "crypto/OiapAuth.h"
#include "crypto/OwnerSecret.h"
#include "crypto/Secret.h"
#include "protocol/AuthorizedCommands.h"
#include "protocol/ByteWriter.h"
#include "protocol/Constants.h"
#include "protocol/Structures.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <string>
#include <string_view>

namespace {

using namespace tpm;

constexpr std::size_t kRsa2048Bytes = 256;

Bytes patternBytes(std::size_t size, std::uint8_t seed) {
    Bytes out(size);
    std::uint32_t state = 0x9E3779B9u ^ seed;
    for (auto& byte : out) {
        state = state * 1664525u + 1013904223u;
        byte = static_cast<std::uint8_t>(state >> 24);
    }
    return out;
}

Digest patternDigest(std::uint8_t seed) {
    Digest out{};
    const Bytes bytes = patternBytes(out.size(), seed);
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

template <class T>
bool ensure(benchmark::State& state, const Result<T>& result, const char* what) {
    if (result.ok())
        return true;
    const std::string message = std::string(what) + ": " + result.error().detail;
    state.SkipWithError(message.c_str());
    return false;
}

// The EK stand-in's modulus (big-endian, 256 bytes), filled by main() before the run.
Bytes& ekModulus() {
    static Bytes modulus;
    return modulus;
}

bool generateEkModulus() {
    struct PkeyFree {
        void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
    };
    struct BnFree {
        void operator()(BIGNUM* bn) const { BN_free(bn); }
    };
    std::unique_ptr<EVP_PKEY, PkeyFree> key(
        EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(2048)));
    if (!key)
        return false;
    BIGNUM* rawN = nullptr;
    if (EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_RSA_N, &rawN) != 1)
        return false;
    std::unique_ptr<BIGNUM, BnFree> n(rawN);
    Bytes modulus(kRsa2048Bytes);
    if (BN_bn2binpad(n.get(), modulus.data(), static_cast<int>(modulus.size())) !=
        static_cast<int>(modulus.size()))
        return false;
    ekModulus() = std::move(modulus);
    return true;
}

// SHA-1 of one buffer. Arg: size in bytes.
void BM_Sha1(benchmark::State& state) {
    const Bytes data = patternBytes(static_cast<std::size_t>(state.range(0)), 0x01);
    for (auto _ : state) {
        Result<Digest> digest = sha1({data});
        if (!ensure(state, digest, "sha1"))
            break;
        benchmark::DoNotOptimize(digest.value());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Sha1)->ArgName("bytes")->Arg(64)->Arg(1024);

// HMAC-SHA1 as OIAP uses it: 20-byte key over digest || nonceEven || nonceOdd || continue
// (61 bytes in four parts).
void BM_HmacSha1Oiap(benchmark::State& state) {
    const Secret key(patternDigest(0x02));
    const Digest paramDigest = patternDigest(0x03);
    const Nonce nonceEven = patternDigest(0x04);
    const Nonce nonceOdd = patternDigest(0x05);
    const std::uint8_t continueFlag[] = {0};
    constexpr std::int64_t kMessageBytes = 3 * kDigestSize + 1;
    for (auto _ : state) {
        Result<Digest> mac = hmacSha1(key.view(), {paramDigest, nonceEven, nonceOdd, continueFlag});
        if (!ensure(state, mac, "hmacSha1"))
            break;
        benchmark::DoNotOptimize(mac.value());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * kMessageBytes);
}
BENCHMARK(BM_HmacSha1Oiap);

// HMAC-SHA1 over one buffer, for comparison with BM_Sha1. Arg: size in bytes.
void BM_HmacSha1(benchmark::State& state) {
    const Secret key(patternDigest(0x06));
    const Bytes data = patternBytes(static_cast<std::size_t>(state.range(0)), 0x07);
    for (auto _ : state) {
        Result<Digest> mac = hmacSha1(key.view(), {data});
        if (!ensure(state, mac, "hmacSha1"))
            break;
        benchmark::DoNotOptimize(mac.value());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_HmacSha1)->ArgName("bytes")->Arg(64)->Arg(1024);

// Owner secret from a 24-character password (with two non-ASCII letters, so the UTF-16
// encodings do real conversion work). Arg: SecretEncoding (0 sha1, 1 utf16, 2 windows).
void BM_DeriveOwnerSecret(benchmark::State& state) {
    static constexpr std::string_view kPassword = "Provisioning-Pässwört-42"; // UTF-8
    const auto encoding = static_cast<SecretEncoding>(state.range(0));
    state.SetLabel(std::string(encodingName(encoding)));
    for (auto _ : state) {
        Result<Secret> secret = deriveOwnerSecret(kPassword, encoding);
        if (!ensure(state, secret, "deriveOwnerSecret"))
            break;
        benchmark::DoNotOptimize(secret.value().bytes());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DeriveOwnerSecret)
    ->ArgName("encoding")
    ->Arg(static_cast<int>(SecretEncoding::Sha1))
    ->Arg(static_cast<int>(SecretEncoding::Utf16))
    ->Arg(static_cast<int>(SecretEncoding::Windows));

void BM_RandomNonce(benchmark::State& state) {
    for (auto _ : state) {
        Result<Nonce> nonce = randomNonce();
        if (!ensure(state, nonce, "randomNonce"))
            break;
        benchmark::DoNotOptimize(nonce.value());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(kDigestSize));
}
BENCHMARK(BM_RandomNonce);

// Importing the EK's modulus as an OpenSSL key (default exponent 65537).
void BM_RsaFromModulus(benchmark::State& state) {
    const Bytes& modulus = ekModulus();
    for (auto _ : state) {
        Result<RsaPublicKey> key = RsaPublicKey::fromModulus(modulus);
        if (!ensure(state, key, "fromModulus"))
            break;
        benchmark::DoNotOptimize(key.value().modulusBits());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RsaFromModulus);

// One RSA-OAEP("TCPA") encryption of a 20-byte secret with the imported 2048-bit key.
void BM_RsaEncryptOaepTcpa(benchmark::State& state) {
    Result<RsaPublicKey> key = RsaPublicKey::fromModulus(ekModulus());
    if (!ensure(state, key, "setup"))
        return;
    const Secret secret(patternDigest(0x08));
    for (auto _ : state) {
        Result<Bytes> blob = key.value().encryptOaepTcpa(secret.view());
        if (!ensure(state, blob, "encryptOaepTcpa"))
            break;
        benchmark::DoNotOptimize(blob.value().data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RsaEncryptOaepTcpa);

// What TakeOwnership needs before the HMAC: import the EK, encrypt owner and SRK secrets.
void BM_RsaImportAndEncryptTwoSecrets(benchmark::State& state) {
    const Secret owner(patternDigest(0x09));
    const Secret srk = Secret::wellKnown();
    for (auto _ : state) {
        Result<RsaPublicKey> key = RsaPublicKey::fromModulus(ekModulus());
        if (!ensure(state, key, "fromModulus"))
            break;
        Result<Bytes> encOwner = key.value().encryptOaepTcpa(owner.view());
        Result<Bytes> encSrk = key.value().encryptOaepTcpa(srk.view());
        if (!ensure(state, encOwner, "encryptOaepTcpa") ||
            !ensure(state, encSrk, "encryptOaepTcpa"))
            break;
        benchmark::DoNotOptimize(encOwner.value().data());
        benchmark::DoNotOptimize(encSrk.value().data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RsaImportAndEncryptTwoSecrets);

// A TakeOwnership-shaped command and the SRK TPM_KEY the TPM answers with.
struct OwnershipExchange {
    AuthorizedCommand command;
    Bytes outParams;
};

OwnershipExchange takeOwnershipExchange() {
    OwnershipExchange exchange;
    exchange.command = makeTakeOwnership(patternBytes(kRsa2048Bytes, 0x0A),
                                         patternBytes(kRsa2048Bytes, 0x0B), defaultSrkParams());
    Key srk = defaultSrkParams();
    srk.pubKey = patternBytes(kRsa2048Bytes, 0x0C);
    srk.pubKey.front() |= 0x80;
    ByteWriter writer;
    writeKey(writer, srk);
    exchange.outParams = writer.take();
    return exchange;
}

// Plays the TPM: a 0x00C5 response to request, signed with secret (what swtpm computes).
Result<Bytes> signedResponse(const OwnershipExchange& exchange, const Secret& secret,
                             const AuthorizedRequest& request, const Nonce& nonceEven) {
    const Result<Digest> outParamDigest =
        sha1({outParamDigestInput(rc::Success, exchange.command.ordinal, exchange.outParams)});
    if (!outParamDigest)
        return outParamDigest.error();
    const std::uint8_t continueFlag[] = {0};
    const Result<Digest> resAuth = hmacSha1(
        secret.view(), {outParamDigest.value(), nonceEven, request.nonceOdd, continueFlag});
    if (!resAuth)
        return resAuth.error();
    ByteWriter writer;
    writer.u16(tag::RspAuth1Command)
        .u32(static_cast<std::uint32_t>(10 + exchange.outParams.size() + 2 * kDigestSize + 1))
        .u32(rc::Success)
        .bytes(exchange.outParams)
        .bytes(nonceEven)
        .boolean(false)
        .bytes(resAuth.value());
    return writer.take();
}

// authorize() alone: inParamDigest, a fresh nonceOdd, the HMAC and the request bytes.
void BM_AuthorizeTakeOwnership(benchmark::State& state) {
    const OwnershipExchange exchange = takeOwnershipExchange();
    const Secret secret(patternDigest(0x0D));
    const Nonce nonceEven = patternDigest(0x0E);
    for (auto _ : state) {
        Result<AuthorizedRequest> request =
            authorize(exchange.command, secret, 0x02000000, nonceEven);
        if (!ensure(state, request, "authorize"))
            break;
        benchmark::DoNotOptimize(request.value().bytes.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AuthorizeTakeOwnership);

// verifyAuthorizedResponse() alone, on one pre-signed SRK reply.
void BM_VerifyTakeOwnershipResponse(benchmark::State& state) {
    const OwnershipExchange exchange = takeOwnershipExchange();
    const Secret secret(patternDigest(0x0F));
    const Nonce nonceEven = patternDigest(0x10);
    Result<AuthorizedRequest> request = authorize(exchange.command, secret, 0x02000000, nonceEven);
    if (!ensure(state, request, "setup"))
        return;
    Result<Bytes> response = signedResponse(exchange, secret, request.value(), patternDigest(0x11));
    if (!ensure(state, response, "setup"))
        return;
    for (auto _ : state) {
        Result<AuthorizedResponse> verified = verifyAuthorizedResponse(
            response.value(), exchange.command.ordinal, secret, request.value());
        if (!ensure(state, verified, "verifyAuthorizedResponse"))
            break;
        benchmark::DoNotOptimize(verified.value().outParams.data());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() *
                            static_cast<std::int64_t>(response.value().size()));
}
BENCHMARK(BM_VerifyTakeOwnershipResponse);

// The full pair as a provisioning run does it: authorize(), the TPM's answer, then
// verifyAuthorizedResponse(). The answer depends on the fresh nonceOdd, so signing it (one
// SHA-1 + one HMAC, the TPM's share) is inside the loop: BM_SimulatedTpmSign measures that
// share on its own, to subtract.
void BM_AuthorizeAndVerifyTakeOwnership(benchmark::State& state) {
    const OwnershipExchange exchange = takeOwnershipExchange();
    const Secret secret(patternDigest(0x12));
    const Nonce nonceEven = patternDigest(0x13);
    const Nonce responseNonceEven = patternDigest(0x14);
    for (auto _ : state) {
        Result<AuthorizedRequest> request =
            authorize(exchange.command, secret, 0x02000000, nonceEven);
        if (!ensure(state, request, "authorize"))
            break;
        Result<Bytes> response =
            signedResponse(exchange, secret, request.value(), responseNonceEven);
        if (!ensure(state, response, "simulated TPM"))
            break;
        Result<AuthorizedResponse> verified = verifyAuthorizedResponse(
            response.value(), exchange.command.ordinal, secret, request.value());
        if (!ensure(state, verified, "verifyAuthorizedResponse"))
            break;
        benchmark::DoNotOptimize(verified.value().outParams.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AuthorizeAndVerifyTakeOwnership);

void BM_SimulatedTpmSign(benchmark::State& state) {
    const OwnershipExchange exchange = takeOwnershipExchange();
    const Secret secret(patternDigest(0x15));
    AuthorizedRequest request;
    request.nonceOdd = patternDigest(0x16);
    const Nonce responseNonceEven = patternDigest(0x17);
    for (auto _ : state) {
        Result<Bytes> response = signedResponse(exchange, secret, request, responseNonceEven);
        if (!ensure(state, response, "simulated TPM"))
            break;
        benchmark::DoNotOptimize(response.value().data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SimulatedTpmSign);

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!generateEkModulus()) {
        std::fprintf(stderr, "crypto_bench: RSA-2048 key generation failed: %s\n",
                     ERR_error_string(ERR_get_error(), nullptr));
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
