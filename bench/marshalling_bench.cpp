// Marshalling micro-benchmarks: building requests and parsing responses for the commands a
// provisioning run sends, with TPM-sized payloads built here (no TPM, no crypto).
// Figures only: nothing here asserts anything about time.
//
// Each benchmark builds the request and parses a matching response per iteration, so the
// figure is the protocol layer's share of one command. bytes_per_second counts request plus
// response bytes; items_per_second counts round trips.

#include "protocol/AuthorizedCommands.h"
#include "protocol/ByteWriter.h"
#include "protocol/Commands.h"
#include "protocol/Constants.h"
#include "protocol/Structures.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdint>
#include <string>

namespace {

using namespace tpm;

constexpr std::size_t kRsa2048Bytes = 256;

// A deterministic, non-trivial byte pattern (the bytes' values do not matter to the parsers).
Bytes patternBytes(std::size_t size, std::uint8_t seed) {
    Bytes out(size);
    std::uint32_t state = 0x9E3779B9u ^ seed;
    for (auto& byte : out) {
        state = state * 1664525u + 1013904223u; // LCG: fast, reproducible
        byte = static_cast<std::uint8_t>(state >> 24);
    }
    return out;
}

// A 2048-bit modulus: full length, top bit set, odd.
Bytes modulus2048(std::uint8_t seed) {
    Bytes modulus = patternBytes(kRsa2048Bytes, seed);
    modulus.front() |= 0x80;
    modulus.back() |= 0x01;
    return modulus;
}

Digest patternDigest(std::uint8_t seed) {
    Digest out{};
    const Bytes bytes = patternBytes(out.size(), seed);
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

// A complete response: tag | paramSize | returnCode | params.
Bytes makeResponse(std::uint16_t responseTag, std::uint32_t returnCode, ByteView params) {
    ByteWriter writer;
    writer.u16(responseTag)
        .u32(static_cast<std::uint32_t>(10 + params.size()))
        .u32(returnCode)
        .bytes(params);
    return writer.take();
}

// An unauthorized GetCapability answer carrying resp as its sized blob.
Bytes makeGetCapabilityResponse(ByteView resp) {
    ByteWriter params;
    params.sized32(resp);
    return makeResponse(tag::RspCommand, rc::Success, params.data());
}

// The EK as a TPM returns it: RSA 2048, two primes, default exponent, OAEP-SHA1, no signing.
PubKey ekPubKey() {
    PubKey key;
    key.algorithmParms.algorithmId = 1; // TPM_ALG_RSA
    key.algorithmParms.encScheme = 0x0003;
    key.algorithmParms.sigScheme = 0x0001;
    key.algorithmParms.rsa = RsaKeyParms{2048, 2, {}};
    key.modulus = modulus2048(0x11);
    return key;
}

// Stops the benchmark with the error's text; returns false so the caller can bail out.
template <class T>
bool ensure(benchmark::State& state, const Result<T>& result, const char* what) {
    if (result.ok())
        return true;
    const std::string message = std::string(what) + ": " + result.error().detail;
    state.SkipWithError(message.c_str());
    return false;
}

void countRoundTrips(benchmark::State& state, std::size_t bytesPerIteration) {
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytesPerIteration));
}

// TPM_GetCapability(TPM_CAP_PROPERTY, TPM_CAP_PROP_OWNER): one-byte TPM_BOOL answer.
void BM_GetCapabilityOwner(benchmark::State& state) {
    const std::uint8_t owned[] = {0x01};
    const Bytes response = makeGetCapabilityResponse(owned);
    const std::size_t requestSize = buildGetCapability(cap::Property, cap::PropOwner).size();
    if (!ensure(state, parseGetCapability(response), "setup"))
        return;
    for (auto _ : state) {
        Bytes request = buildGetCapability(cap::Property, cap::PropOwner);
        benchmark::DoNotOptimize(request.data());
        Result<Bytes> resp = parseGetCapability(response);
        if (!ensure(state, resp, "parseGetCapability"))
            break;
        benchmark::DoNotOptimize(resp.value().data());
    }
    countRoundTrips(state, requestSize + response.size());
}
BENCHMARK(BM_GetCapabilityOwner);

// TPM_GetCapability(TPM_CAP_FLAG, TPM_CAP_FLAG_PERMANENT), then TPM_PERMANENT_FLAGS parsed
// (structure tag + 20 TPM_BOOLs) as the state reader does.
void BM_PermanentFlags(benchmark::State& state) {
    PermanentFlags flags;
    flags.ownership = true;
    flags.readPubek = true;
    flags.physicalPresenceCMDEnable = true;
    flags.TPMpost = true;
    ByteWriter blob;
    blob.u16(structtag::PermanentFlags);
    for (const PermanentFlagField& field : permanentFlagFields())
        blob.boolean(flags.*(field.member));
    const Bytes response = makeGetCapabilityResponse(blob.data());
    const std::size_t requestSize = buildGetCapability(cap::Flag, cap::FlagPermanent).size();
    {
        auto resp = parseGetCapability(response);
        if (!ensure(state, resp, "setup"))
            return;
        auto parsed = parsePermanentFlags(resp.value());
        if (!ensure(state, parsed, "setup"))
            return;
        if (!(parsed.value() == flags)) {
            state.SkipWithError("setup: permanent flags did not round-trip");
            return;
        }
    }
    for (auto _ : state) {
        Bytes request = buildGetCapability(cap::Flag, cap::FlagPermanent);
        benchmark::DoNotOptimize(request.data());
        Result<Bytes> resp = parseGetCapability(response);
        if (!ensure(state, resp, "parseGetCapability"))
            break;
        Result<PermanentFlags> parsed = parsePermanentFlags(resp.value());
        if (!ensure(state, parsed, "parsePermanentFlags"))
            break;
        benchmark::DoNotOptimize(parsed.value());
    }
    countRoundTrips(state, requestSize + response.size());
}
BENCHMARK(BM_PermanentFlags);

// TPM_ReadPubek: a 2048-bit TPM_PUBKEY plus its 20-byte checksum (314 bytes of response).
void BM_ReadPubek(benchmark::State& state) {
    const Nonce antiReplay = patternDigest(0x21);
    ByteWriter params;
    writePubKey(params, ekPubKey());
    params.bytes(patternDigest(0x22));
    const Bytes response = makeResponse(tag::RspCommand, rc::Success, params.data());
    const std::size_t requestSize = buildReadPubek(antiReplay).size();
    {
        auto parsed = parseReadPubek(response);
        if (!ensure(state, parsed, "setup"))
            return;
        if (parsed->pubKey.modulus.size() != kRsa2048Bytes) {
            state.SkipWithError("setup: modulus is not 2048 bits");
            return;
        }
    }
    for (auto _ : state) {
        Bytes request = buildReadPubek(antiReplay);
        benchmark::DoNotOptimize(request.data());
        Result<PubekOut> parsed = parseReadPubek(response);
        if (!ensure(state, parsed, "parseReadPubek"))
            break;
        benchmark::DoNotOptimize(parsed.value().pubKey.modulus.data());
    }
    countRoundTrips(state, requestSize + response.size());
    state.counters["response_bytes"] = static_cast<double>(response.size());
}
BENCHMARK(BM_ReadPubek);

// TPM_TakeOwnership request: two 256-byte OAEP blobs and the SRK template, laid out with the
// OIAP trailer (the HMAC itself is core/crypto's job, measured in crypto_bench).
void BM_TakeOwnershipRequest(benchmark::State& state) {
    const Bytes encOwnerAuth = patternBytes(kRsa2048Bytes, 0x31);
    const Bytes encSrkAuth = patternBytes(kRsa2048Bytes, 0x32);
    const Key srkParams = defaultSrkParams();
    AuthIn auth;
    auth.authHandle = 0x02000000;
    auth.nonceOdd = patternDigest(0x33);
    auth.continueAuthSession = false;
    auth.auth = patternDigest(0x34);
    std::size_t requestSize = 0;
    for (auto _ : state) {
        AuthorizedCommand command = makeTakeOwnership(encOwnerAuth, encSrkAuth, srkParams);
        Bytes digestInput = inParamDigestInput(command);
        benchmark::DoNotOptimize(digestInput.data());
        Bytes request = buildAuthorizedRequest(command, auth);
        benchmark::DoNotOptimize(request.data());
        requestSize = request.size();
    }
    countRoundTrips(state, requestSize);
    state.counters["request_bytes"] = static_cast<double>(requestSize);
}
BENCHMARK(BM_TakeOwnershipRequest);

// A 0x00C5 reply whose outParams are a TPM_KEY (what TakeOwnership returns), through
// parseAuthorizedResponse and then parseTakeOwnershipOut. Arg: encData size in bytes
// (0 = the SRK as TakeOwnership returns it; 256 = a wrapped 2048-bit key blob).
void BM_AuthorizedKeyResponse(benchmark::State& state) {
    Key key = defaultSrkParams();
    key.pubKey = modulus2048(0x41);
    key.encData = patternBytes(static_cast<std::size_t>(state.range(0)), 0x42);
    ByteWriter params;
    writeKey(params, key);
    params.bytes(patternDigest(0x43)).boolean(false).bytes(patternDigest(0x44));
    const Bytes response = makeResponse(tag::RspAuth1Command, rc::Success, params.data());
    {
        auto parsed = parseAuthorizedResponse(response);
        if (!ensure(state, parsed, "setup"))
            return;
        if (!ensure(state, parseTakeOwnershipOut(parsed->outParams), "setup"))
            return;
    }
    for (auto _ : state) {
        Result<AuthorizedResponse> parsed = parseAuthorizedResponse(response);
        if (!ensure(state, parsed, "parseAuthorizedResponse"))
            break;
        Result<Key> srk = parseTakeOwnershipOut(parsed.value().outParams);
        if (!ensure(state, srk, "parseTakeOwnershipOut"))
            break;
        benchmark::DoNotOptimize(srk.value().pubKey.data());
    }
    countRoundTrips(state, response.size());
    state.counters["response_bytes"] = static_cast<double>(response.size());
}
BENCHMARK(BM_AuthorizedKeyResponse)->ArgName("encData")->Arg(0)->Arg(256);

// The TPM_KEY structure alone: writeKey then parseKey (SRK template with a 2048-bit modulus).
void BM_KeyStructureRoundTrip(benchmark::State& state) {
    Key key = defaultSrkParams();
    key.pubKey = modulus2048(0x51);
    std::size_t size = 0;
    for (auto _ : state) {
        ByteWriter writer;
        writeKey(writer, key);
        Result<Key> parsed = parseKey(writer.data());
        if (!ensure(state, parsed, "parseKey"))
            break;
        benchmark::DoNotOptimize(parsed.value().pubKey.data());
        size = writer.size();
    }
    countRoundTrips(state, 2 * size);
}
BENCHMARK(BM_KeyStructureRoundTrip);

} // namespace

BENCHMARK_MAIN();
