// TPM_OIAP opens the authorization session every owner-authorized command uses;
// TPM_FlushSpecific closes one the TPM did not close itself.

#include "Commands.h"
#include "ParseSupport.h"

namespace tpm {

Bytes buildOiap() {
    return CommandWriter(tag::RquCommand, ordinal::OIAP).finish();
}

Bytes buildFlushAuthSession(std::uint32_t authHandle) {
    CommandWriter command(tag::RquCommand, ordinal::FlushSpecific);
    command.params().u32(authHandle).u32(kResourceTypeAuth);
    return std::move(command).finish();
}

Result<OiapOut> parseOiap(ByteView response) {
    constexpr std::string_view what = "TPM_OIAP";
    auto params = detail::unauthorizedSuccessParams(response);
    if (!params)
        return params.error();
    ByteReader reader(*params);
    OiapOut out;
    if (!reader.readU32(out.authHandle) || !reader.readDigest(out.nonceEven))
        return detail::truncated(what);
    if (auto end = detail::expectEnd(reader, what); !end)
        return end.error();
    return out;
}

} // namespace tpm
