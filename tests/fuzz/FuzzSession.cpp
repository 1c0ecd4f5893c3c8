// Fixed-layout unauthorized answers: OIAP and GetTestResult.

#include "FuzzCheck.h"
#include "protocol/Commands.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const tpm::ByteView input = tpm::fuzz::inputView(data, size);
    if (auto session = tpm::parseOiap(input); session.ok())
        tpm::fuzz::check(size == 34, "OIAP answer is exactly 34 bytes");
    if (auto result = tpm::parseGetTestResult(input); result.ok())
        tpm::fuzz::check(result->size() + 14 == size, "outData is all of the parameters");
    return 0;
}
