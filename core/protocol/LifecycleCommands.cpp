// Startup and self-test: the commands that bring a TPM into a usable state.

#include "Commands.h"
#include "ParseSupport.h"

namespace tpm {

namespace {
Bytes buildNoParams(std::uint32_t ordinal) {
    return CommandWriter(tag::RquCommand, ordinal).finish();
}
} // namespace

Bytes buildStartup(StartupType type) {
    CommandWriter command(tag::RquCommand, ordinal::Startup);
    command.params().u16(static_cast<std::uint16_t>(type));
    return std::move(command).finish();
}

Bytes buildSelfTestFull() {
    return buildNoParams(ordinal::SelfTestFull);
}
Bytes buildContinueSelfTest() {
    return buildNoParams(ordinal::ContinueSelfTest);
}
Bytes buildGetTestResult() {
    return buildNoParams(ordinal::GetTestResult);
}

Result<Bytes> parseGetTestResult(ByteView response) {
    constexpr std::string_view what = "TPM_GetTestResult outData";
    auto params = detail::unauthorizedSuccessParams(response);
    if (!params)
        return params.error();
    ByteReader reader(*params);
    ByteView outData;
    if (!reader.readSized32(outData))
        return detail::truncated(what);
    if (auto end = detail::expectEnd(reader, what); !end)
        return end.error();
    return Bytes(outData.begin(), outData.end());
}

} // namespace tpm
