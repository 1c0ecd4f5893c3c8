// Response header and the generic success paths every command parser builds on.

#include "FuzzCheck.h"
#include "protocol/Response.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tpm;
    const ByteView input = fuzz::inputView(data, size);
    if (auto header = parseResponseHeader(input); header.ok()) {
        fuzz::check(header->params.size() == size - 10, "params are everything after the header");
        fuzz::check(header->params.data() == data + 10, "params view the input in place");
    }
    (void)parseEmptyResponse(input);
    if (auto params = parseSuccessParams(input); params.ok())
        fuzz::check(params->size() == size - 10, "success params size");
    return 0;
}
