#pragma once
// Turning a password into the 20-byte owner secret, as other TPM 1.2 tools do
// (facts file, "Owner secret from a password").

#include "Secret.h"
#include "protocol/Result.h"

#include <optional>
#include <string_view>

namespace tpm {

enum class SecretEncoding {
    Sha1, // SHA1(password bytes): tpm-tools/trousers default, Heads, IBM TSS, swtpm_setup
    // SHA1(UTF-16LE(password)): tpm-tools -u. The facts file says tpm-tools adds the UTF-16
    // terminator, but tpm-tools 1.3.9 strips it again before trousers hashes (measured against
    // tpm_takeownership -u in tests/interop), so it equals the Windows secret.
    Utf16,
    Windows,  // SHA1(UTF-16LE(password)): tpm.msc; shown to users as base64
    Utf16Nul, // SHA1(UTF-16LE(password) + 2 NUL bytes): TSS popup secrets hashed with the NUL
};

std::string_view encodingName(SecretEncoding encoding); // "sha1", "utf16", "windows"
std::optional<SecretEncoding> encodingFromName(std::string_view name);

// password is UTF-8; invalid UTF-8 is an error for the UTF-16 encodings.
Result<Secret> deriveOwnerSecret(std::string_view passwordUtf8, SecretEncoding encoding);
// The base64 text Windows shows and stores in .tpm files for a secret.
std::string windowsBase64(const Secret& secret);

} // namespace tpm
