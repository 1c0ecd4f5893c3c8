#pragma once
// Turning a password into the 20-byte owner secret, as other TPM 1.2 tools do
// (facts file, "Owner secret from a password").

#include "Secret.h"
#include "protocol/Result.h"

#include <optional>
#include <string_view>

namespace tpm {

enum class SecretEncoding {
    Sha1,    // SHA1(password bytes): tpm-tools/trousers default, Heads, IBM TSS, swtpm_setup
    Utf16,   // SHA1(UTF-16LE(password) + 2 NUL bytes): tpm-tools -u (TSS popup mode)
    Windows, // SHA1(UTF-16LE(password)): tpm.msc; shown to users as base64
};

std::string_view encodingName(SecretEncoding encoding); // "sha1", "utf16", "windows"
std::optional<SecretEncoding> encodingFromName(std::string_view name);

// password is UTF-8; invalid UTF-8 is an error for the UTF-16 encodings.
Result<Secret> deriveOwnerSecret(std::string_view passwordUtf8, SecretEncoding encoding);
// The base64 text Windows shows and stores in .tpm files for a secret.
std::string windowsBase64(const Secret& secret);

} // namespace tpm
