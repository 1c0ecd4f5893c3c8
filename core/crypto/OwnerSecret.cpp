#include "OwnerSecret.h"

#include "Crypto.h"
#include "Utf16Le.h"

#include <array>
#include <cctype>
#include <openssl/evp.h>

namespace tpm {

namespace {

constexpr std::array<std::pair<SecretEncoding, std::string_view>, 4> kEncodingNames{{
    {SecretEncoding::Sha1, "sha1"},
    {SecretEncoding::Utf16, "utf16"},
    {SecretEncoding::Windows, "windows"},
    {SecretEncoding::Utf16Nul, "utf16-nul"},
}};

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

ByteView bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// Moves a digest of password material into a Secret and wipes the temporary.
Result<Secret> toSecret(Result<Digest> digest) {
    if (!digest)
        return digest.error();
    Secret secret(digest.value());
    wipe(digest.value());
    return secret;
}

Result<Secret> deriveFromUtf16(std::string_view passwordUtf8, bool withNulTerminator) {
    Bytes utf16;
    // Reserved up front so the buffer never reallocates and leaves an unwiped copy behind.
    utf16.reserve(maxUtf16LeSize(passwordUtf8.size()) + 2);
    if (!appendUtf16Le(passwordUtf8, utf16)) {
        wipe(utf16);
        return Error::usage("password is not valid UTF-8");
    }
    if (withNulTerminator) {
        utf16.push_back(0);
        utf16.push_back(0);
    }
    Result<Secret> secret = toSecret(sha1({utf16}));
    wipe(utf16);
    return secret;
}

} // namespace

std::string_view encodingName(SecretEncoding encoding) {
    for (const auto& [value, name] : kEncodingNames) {
        if (value == encoding)
            return name;
    }
    return "unknown";
}

std::optional<SecretEncoding> encodingFromName(std::string_view name) {
    for (const auto& [value, knownName] : kEncodingNames) {
        if (equalsIgnoringAsciiCase(name, knownName))
            return value;
    }
    return std::nullopt;
}

Result<Secret> deriveOwnerSecret(std::string_view passwordUtf8, SecretEncoding encoding) {
    switch (encoding) {
    case SecretEncoding::Sha1:
        // The bytes as typed, whatever their encoding: what tpm-tools hashes.
        return toSecret(sha1({bytesOf(passwordUtf8)}));
    case SecretEncoding::Utf16Nul:
        return deriveFromUtf16(passwordUtf8, true);
    case SecretEncoding::Utf16:
    case SecretEncoding::Windows:
        return deriveFromUtf16(passwordUtf8, false);
    }
    return Error::usage("unknown owner secret encoding");
}

std::string windowsBase64(const Secret& secret) {
    // 4 output characters per 3 input bytes, rounded up, plus the NUL EVP_EncodeBlock adds.
    std::array<unsigned char, 4 * ((kDigestSize + 2) / 3) + 1> encoded{};
    const int length =
        EVP_EncodeBlock(encoded.data(), secret.bytes().data(), static_cast<int>(kDigestSize));
    std::string text(reinterpret_cast<const char*>(encoded.data()),
                     static_cast<std::size_t>(length));
    wipe(encoded);
    return text;
}

} // namespace tpm
