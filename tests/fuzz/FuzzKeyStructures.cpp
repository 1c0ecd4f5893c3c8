// TPM_KEY_PARMS, TPM_PUBKEY and TPM_KEY. Anything that parses must write back to exactly the
// same bytes: the parsers keep every field, so a difference means a field was dropped.

#include "FuzzCheck.h"
#include "protocol/Structures.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tpm;
    const ByteView input = fuzz::inputView(data, size);
    if (auto pubKey = parsePubKey(input); pubKey.ok()) {
        ByteWriter writer;
        writePubKey(writer, *pubKey);
        fuzz::check(
            std::equal(input.begin(), input.end(), writer.data().begin(), writer.data().end()),
            "TPM_PUBKEY round trip");
    }
    if (auto key = parseKey(input); key.ok()) {
        ByteWriter writer;
        writeKey(writer, *key);
        fuzz::check(
            std::equal(input.begin(), input.end(), writer.data().begin(), writer.data().end()),
            "TPM_KEY round trip");
    }
    ByteReader reader(input);
    const auto parms = readKeyParms(reader);
    fuzz::check(parms.ok() || reader.offset() == 0, "failed read leaves the reader in place");
    return 0;
}
