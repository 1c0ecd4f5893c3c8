// ReadPubek / CreateEndorsementKeyPair: TPM_PUBKEY followed by a checksum.

#include "FuzzCheck.h"
#include "protocol/Commands.h"

namespace {

void checkPubek(const tpm::Result<tpm::PubekOut>& pubek, std::size_t size) {
    if (!pubek.ok())
        return;
    tpm::fuzz::check(pubek->pubKeyBytes.size() + 10 + tpm::kDigestSize == size,
                     "pubKeyBytes span header to checksum");
    tpm::fuzz::check(tpm::parsePubKey(pubek->pubKeyBytes).ok(), "pubKeyBytes reparse");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const tpm::ByteView input = tpm::fuzz::inputView(data, size);
    checkPubek(tpm::parseReadPubek(input), size);
    checkPubek(tpm::parseCreateEndorsementKeyPair(input), size);
    return 0;
}
