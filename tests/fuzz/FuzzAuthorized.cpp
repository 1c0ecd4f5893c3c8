// Authorized (0x00C5) responses and the out parameters of each owner command.

#include "FuzzCheck.h"
#include "protocol/AuthorizedCommands.h"

namespace {

void parseEveryOutParam(tpm::ByteView outParams) {
    (void)tpm::parseTakeOwnershipOut(outParams);
    (void)tpm::parseGetCapabilityOwnerOut(outParams);
    (void)tpm::parseOwnerReadInternalPubOut(outParams);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const tpm::ByteView input = tpm::fuzz::inputView(data, size);
    if (auto response = tpm::parseAuthorizedResponse(input); response.ok()) {
        tpm::fuzz::check(response->outParams.size() + 10 + 41 == size, "trailer is 41 bytes");
        parseEveryOutParam(response->outParams);
        (void)tpm::outParamDigestInput(response->returnCode, 0x0D, response->outParams);
    }
    parseEveryOutParam(input);
    return 0;
}
