// The endorsement key: reading the public EK (needed to encrypt the owner secret) and
// creating it on chips that ship without one.

#include "Commands.h"
#include "ParseSupport.h"

namespace tpm {

namespace {

// TPM_PUBKEY then a 20-byte checksum; the PUBKEY bytes are kept for the checksum check.
Result<PubekOut> parsePubekResponse(ByteView response, std::string_view what) {
    auto params = detail::unauthorizedSuccessParams(response);
    if (!params)
        return params.error();
    ByteReader reader(*params);
    const std::size_t pubKeyStart = reader.offset();
    auto pubKey = readPubKey(reader);
    if (!pubKey)
        return pubKey.error();
    PubekOut out;
    out.pubKey = std::move(pubKey.value());
    const ByteView pubKeyBytes = params->subspan(pubKeyStart, reader.offset() - pubKeyStart);
    out.pubKeyBytes.assign(pubKeyBytes.begin(), pubKeyBytes.end());
    if (!reader.readDigest(out.checksum))
        return detail::truncated(std::string(what) + " checksum");
    if (auto end = detail::expectEnd(reader, what); !end)
        return end.error();
    return out;
}

} // namespace

Bytes buildReadPubek(const Nonce& antiReplay) {
    CommandWriter command(tag::RquCommand, ordinal::ReadPubek);
    command.params().bytes(antiReplay);
    return std::move(command).finish();
}

Result<PubekOut> parseReadPubek(ByteView response) {
    return parsePubekResponse(response, "TPM_ReadPubek");
}

Bytes buildCreateEndorsementKeyPair(const Nonce& antiReplay) {
    KeyParms keyInfo; // RSA 2048, two primes, default exponent, OAEP-SHA1, no signature scheme
    keyInfo.algorithmId = 1;
    keyInfo.encScheme = 0x0003;
    keyInfo.sigScheme = 0x0001;
    keyInfo.rsa = RsaKeyParms{2048, 2, {}};
    CommandWriter command(tag::RquCommand, ordinal::CreateEndorsementKeyPair);
    command.params().bytes(antiReplay);
    writeKeyParms(command.params(), keyInfo);
    return std::move(command).finish();
}

Result<PubekOut> parseCreateEndorsementKeyPair(ByteView response) {
    return parsePubekResponse(response, "TPM_CreateEndorsementKeyPair");
}

} // namespace tpm
