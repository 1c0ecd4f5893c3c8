// TPM_GetCapability: the read-only questions the wizard asks before changing anything.

#include "Commands.h"
#include "ParseSupport.h"

namespace tpm {

Bytes buildGetCapability(std::uint32_t capArea, ByteView subCap) {
    CommandWriter command(tag::RquCommand, ordinal::GetCapability);
    command.params().u32(capArea).sized32(subCap);
    return std::move(command).finish();
}

Bytes buildGetCapability(std::uint32_t capArea, std::uint32_t subCap) {
    ByteWriter subCapBytes;
    subCapBytes.u32(subCap);
    return buildGetCapability(capArea, subCapBytes.data());
}

Bytes buildGetCapabilityVersionInfo() {
    return buildGetCapability(cap::VersionVal, ByteView{});
}

Result<Bytes> parseGetCapability(ByteView response) {
    constexpr std::string_view what = "TPM_GetCapability resp";
    auto params = detail::unauthorizedSuccessParams(response);
    if (!params)
        return params.error();
    ByteReader reader(*params);
    ByteView resp;
    if (!reader.readSized32(resp))
        return detail::truncated(what);
    if (auto end = detail::expectEnd(reader, what); !end)
        return end.error();
    return Bytes(resp.begin(), resp.end());
}

} // namespace tpm
