#pragma once
// The response header every TPM 1.2 answer starts with.

#include "Bytes.h"
#include "Result.h"

namespace tpm {

struct ResponseHeader {
    std::uint16_t tag = 0;
    std::uint32_t returnCode = 0;
    ByteView params; // everything after the 10-byte header
};

// Checks: at least 10 bytes; tag is 0x00C4/0x00C5/0x00C6 (0x8001/0x8002 gives
// ProtocolErrorCode::Tpm2Response, carrying the TPM 2.0 code in detail); paramSize equals
// the number of bytes received (bigger: LengthMismatch, smaller: TrailingBytes).
// A non-zero return code is NOT an error here; callers decide. An error answer may carry
// stray bytes in `params` if its code is a TPM 1.2 code; with any other code it is garbage
// (TrailingBytes), which callers treat like a lost answer.
Result<ResponseHeader> parseResponseHeader(ByteView response);

// The TPM's refusal as an error: Error::tpm(code), naming stray parameter bytes if any.
Error tpmError(const ResponseHeader& header);

// For commands that return nothing: header valid, return code 0 (else Error::tpm(rc)),
// and no parameter bytes.
Result<void> parseEmptyResponse(ByteView response);

// Header valid and return code 0 (else Error::tpm(rc)); returns the parameter bytes.
Result<ByteView> parseSuccessParams(ByteView response);

} // namespace tpm
