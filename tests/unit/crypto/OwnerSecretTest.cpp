// Owner-secret derivations. Expected values were computed independently with python3:
//   sha1:    hashlib.sha1(pw.encode("utf-8")).hexdigest()
//   utf16-nul: hashlib.sha1(pw.encode("utf-16-le") + b"\0\0").hexdigest()
//   windows and utf16 (tpm-tools -u): hashlib.sha1(pw.encode("utf-16-le")).hexdigest()
//   base64:  base64.b64encode(hashlib.sha1(pw.encode("utf-16-le")).digest())

#include "crypto/OwnerSecret.h"

#include "HexTestHelpers.h"

#include <gtest/gtest.h>
#include <string>

namespace tpm {
namespace {

struct PasswordVector {
    const char* label;
    std::string_view utf8;
    const char* sha1Hex;
    const char* utf16NulHex;
    const char* windowsHex;
    const char* windowsBase64;
};

// Non-ASCII passwords are spelled as UTF-8 escapes so the source encoding cannot matter.
const PasswordVector kVectors[] = {
    {"owner", "owner", "579233b2c479241523cba5e3af55d0f50f2d6414",
     "548b77ed025dcc8f34fb99ecbbe77e6e71a1a773", "c89994489e374ee60488665751daad6f3b411190",
     "yJmUSJ43TuYEiGZXUdqtbztBEZA="},
    {"empty", "", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
     "1489f923c4dca729178b3e3233458550d8dddf29", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
     "2jmj7l5rSw0yVb/vlWAYkK/YBwk="},
    {"Pa55word!", "Pa55word!", "7e78e91932d12feefda1b539c49a30fd7d9a2dc0",
     "44a5cdf2f9c4ac84f61286999d8b0954872038db", "aa8267c7714cb3a5bb176de9cc4443c490186f1c",
     "qoJnx3FMs6W7F23pzERDxJAYbxw="},
    // "pässwörd" (2-byte sequences, Latin-1 range)
    {"latin", "p\xC3\xA4ssw\xC3\xB6rd", "f517ddf1d32a112ff1ad55c66d1b12cb38e7e8f7",
     "d80e56b6b0bad5a21efcf002bbcec6a05f6a0ff2", "024f3320464bdcdb095a476d9a07734602ef06cb",
     "Ak8zIEZL3NsJWkdtmgdzRgLvBss="},
    // "пароль" (Cyrillic)
    {"cyrillic", "\xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB\xD1\x8C",
     "5670b4358ae287fe8e74c2ff6f6293f905409077", "8c6dc1e6b3e562d81ab6492cfcc7c0a53aad0a89",
     "cb72cc1440f262fa00fc0223c1f561d50cc061aa", "y3LMFEDyYvoA/AIjwfVh1QzAYao="},
    // "密码" (3-byte sequences)
    {"chinese", "\xE5\xAF\x86\xE7\xA0\x81", "c839a8ff17885af0b098662ccc3ac5e3111b3b3b",
     "aea84616a36184568d4af654dcd784db529eb46e", "27c940e1dbdacb7d4c658b67a4762d55ac323470",
     "J8lA4dvay31MZYtnpHYtVawyNHA="},
    // U+1F600 followed by "key": a 4-byte sequence, a surrogate pair in UTF-16
    {"emoji",
     "\xF0\x9F\x98\x80"
     "key",
     "db7aa870a0e21b1dd55c0fa57a7f299015707c8c", "2c25b3979ea9e4bffea324c78ae119f463de7013",
     "741b6982b76c8a3f280a7eea056df35b287e1b63", "dBtpgrdsij8oCn7qBW3zWyh+G2M="},
};

std::string derivedHex(std::string_view password, SecretEncoding encoding) {
    const Result<Secret> secret = deriveOwnerSecret(password, encoding);
    EXPECT_TRUE(secret.ok()) << (secret ? "" : secret.error().detail);
    return secret ? toHex(secret->view()) : std::string{};
}

TEST(OwnerSecret, Sha1OfPasswordBytes) {
    for (const PasswordVector& v : kVectors)
        EXPECT_EQ(derivedHex(v.utf8, SecretEncoding::Sha1), v.sha1Hex) << v.label;
}

TEST(OwnerSecret, Utf16NulWithTerminator) {
    for (const PasswordVector& v : kVectors)
        EXPECT_EQ(derivedHex(v.utf8, SecretEncoding::Utf16Nul), v.utf16NulHex) << v.label;
}

// tpm-tools -u strips the terminator before hashing (measured in tests/interop).
TEST(OwnerSecret, Utf16AsTpmToolsDoesIt) {
    for (const PasswordVector& v : kVectors)
        EXPECT_EQ(derivedHex(v.utf8, SecretEncoding::Utf16), v.windowsHex) << v.label;
}

TEST(OwnerSecret, WindowsUtf16LeWithoutTerminator) {
    for (const PasswordVector& v : kVectors)
        EXPECT_EQ(derivedHex(v.utf8, SecretEncoding::Windows), v.windowsHex) << v.label;
}

TEST(OwnerSecret, WindowsBase64) {
    for (const PasswordVector& v : kVectors) {
        const Result<Secret> secret = deriveOwnerSecret(v.utf8, SecretEncoding::Windows);
        ASSERT_TRUE(secret.ok()) << v.label;
        EXPECT_EQ(windowsBase64(secret.value()), v.windowsBase64) << v.label;
    }
    EXPECT_EQ(windowsBase64(Secret::wellKnown()), "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
}

TEST(OwnerSecret, BoundaryCodePoints) {
    // U+0080 U+0800 U+FFFF U+10000 U+10FFFF: the first and last value of each sequence length.
    // python3: hashlib.sha1("\u0080\u0800\uffff\U00010000\U0010ffff".encode("utf-16-le"))
    const std::string_view password = "\xC2\x80\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F"
                                      "\xBF\xBF";
    EXPECT_EQ(derivedHex(password, SecretEncoding::Windows),
              "ffee17b599628bba13c92b8bb529774f8dfa0057");
}

TEST(OwnerSecret, InvalidUtf8RejectedForUtf16Encodings) {
    const std::string_view invalid[] = {
        "\x80",                 // lone continuation byte
        "abc\xC3",              // truncated 2-byte sequence
        "\xE5\xAF",             // truncated 3-byte sequence
        "\xC3(",                // lead byte without continuation
        "\xC0\xAF",             // overlong '/'
        "\xC1\xBF",             // overlong 2-byte
        "\xE0\x80\xAF",         // overlong 3-byte
        "\xF0\x80\x80\xAF",     // overlong 4-byte
        "\xED\xA0\x80",         // UTF-16 high surrogate U+D800 encoded in UTF-8
        "\xED\xBF\xBF",         // low surrogate U+DFFF
        "\xF4\x90\x80\x80",     // U+110000, beyond Unicode
        "\xF5\x80\x80\x80",     // lead byte never valid
        "\xF8\x88\x80\x80\x80", // old 5-byte form
        "\xFF",                 // never valid
    };
    for (std::string_view bad : invalid) {
        for (SecretEncoding encoding :
             {SecretEncoding::Utf16, SecretEncoding::Windows, SecretEncoding::Utf16Nul}) {
            const Result<Secret> secret = deriveOwnerSecret(bad, encoding);
            ASSERT_FALSE(secret.ok()) << toHex(test::textBytes(bad));
            EXPECT_EQ(secret.error().kind, ErrorKind::Usage);
            // The detail is shown to users and logged: it must not echo the password.
            EXPECT_EQ(secret.error().detail.find(bad), std::string::npos);
        }
    }
}

TEST(OwnerSecret, Sha1AcceptsAnyBytes) {
    // tpm-tools hashes whatever bytes the terminal gave it, valid UTF-8 or not.
    // python3: hashlib.sha1(b"\xff\x80").hexdigest()
    EXPECT_EQ(derivedHex("\xFF\x80", SecretEncoding::Sha1),
              "2f52fa98aee1519d88a09e5019f4186aa4ba767a");
}

TEST(OwnerSecret, EncodingNames) {
    for (SecretEncoding encoding : {SecretEncoding::Sha1, SecretEncoding::Utf16,
                                    SecretEncoding::Windows, SecretEncoding::Utf16Nul}) {
        const std::optional<SecretEncoding> parsed = encodingFromName(encodingName(encoding));
        ASSERT_TRUE(parsed.has_value());
        EXPECT_EQ(*parsed, encoding);
    }
    EXPECT_EQ(encodingName(SecretEncoding::Sha1), "sha1");
    EXPECT_EQ(encodingName(SecretEncoding::Utf16), "utf16");
    EXPECT_EQ(encodingName(SecretEncoding::Windows), "windows");
    EXPECT_EQ(encodingName(SecretEncoding::Utf16Nul), "utf16-nul");
    EXPECT_EQ(encodingFromName("Windows"), SecretEncoding::Windows);
    EXPECT_FALSE(encodingFromName("utf-8").has_value());
    EXPECT_FALSE(encodingFromName("").has_value());
}

} // namespace
} // namespace tpm
