// GetCapability and the blobs inside it. The blob parsers also get the raw input, so blob
// seeds are explored directly.

#include "FuzzCheck.h"
#include "protocol/Commands.h"

namespace {

void parseEveryBlob(tpm::ByteView blob) {
    (void)tpm::parsePermanentFlags(blob);
    (void)tpm::parseStclearFlags(blob);
    if (auto info = tpm::parseCapVersionInfo(blob); info.ok())
        (void)info->vendorIdString();
    (void)tpm::parseDurations(blob);
    (void)tpm::parseTisTimeouts(blob);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const tpm::ByteView input = tpm::fuzz::inputView(data, size);
    if (auto blob = tpm::parseGetCapability(input); blob.ok()) {
        tpm::fuzz::check(blob->size() + 14 == size, "resp is all of the parameters");
        parseEveryBlob(*blob);
    }
    parseEveryBlob(input);
    return 0;
}
