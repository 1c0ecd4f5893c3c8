#pragma once
// Internal helpers shared by the parsers (not part of the protocol API): one wording for
// every kind of malformed input, and the success path for unauthorized responses.

#include "ByteReader.h"
#include "Result.h"
#include "Structures.h"

#include <string>
#include <string_view>

namespace tpm::detail {

std::string hex16(std::uint16_t value); // "0x00c4"
std::string hex32(std::uint32_t value); // "0x0000000a"

Error truncated(std::string_view what);
Error badValue(std::string_view what, std::string_view why);
// TPM_VERSION / TPM_STRUCT_VER: four single bytes.
[[nodiscard]] bool readVersion(ByteReader& reader, Version& out);

// Fails with TrailingBytes unless the reader consumed everything.
Result<void> expectEnd(const ByteReader& reader, std::string_view what);

// A whole response to an unauthorized (0x00C1) request: valid header, return code 0
// (else Error::tpm), tag 0x00C4. Returns the parameter bytes.
Result<ByteView> unauthorizedSuccessParams(ByteView response);

} // namespace tpm::detail
