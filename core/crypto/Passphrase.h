#pragma once
// Generated passwords: 25 symbols from a 32-letter alphabet without look-alikes (A-Z, 2-7),
// in groups of five ("K7Q2M-..."), 125 bits from OpenSSL's random generator. 29 bytes: short
// enough for any TPM 2.0 authorization value (at most a SHA-256 digest, 32 bytes).

#include "protocol/Result.h"

#include <string>

namespace tpm {

Result<std::string> generatePassphrase();

} // namespace tpm
