#pragma once
// One error type for the whole core, and a small Result<T> (std::expected is C++23).

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace tpm {

enum class ErrorKind {
    Protocol, // malformed bytes from the TPM or the wire (code: ProtocolErrorCode)
    Tpm,      // the TPM answered with a non-zero return code (code: TPM_RESULT)
    System,   // an operating-system call failed (code: errno)
    Crypto,   // OpenSSL failed, or a response HMAC did not verify (code: CryptoErrorCode)
    Usage,    // the caller asked for something impossible (code: 0)
    Engine,   // the provisioning engine stopped on purpose (code: EngineStopCode)
    Tss2,     // a TPM 2.0 or tpm2-tss said no (code: TSS2_RC, the layer in bits 16-23)
};

enum class ProtocolErrorCode : std::uint32_t {
    Truncated = 1,      // fewer bytes than a field needs
    LengthMismatch = 2, // a length field disagrees with the bytes received
    BadTag = 3,         // unexpected response tag
    TrailingBytes = 4,  // bytes left over after the last field
    BadValue = 5,       // a field has a value the spec does not allow
    Tpm2Response = 6,   // the peer answered with a TPM 2.0 tag (0x8001/0x8002)
};

enum class CryptoErrorCode : std::uint32_t {
    OpenSslFailure = 1,
    ResponseAuthMismatch = 2, // response HMAC wrong: wrong secret or tampered reply
    BadKey = 3,
};

enum class EngineStopCode : std::uint32_t {
    NotTpm12 = 1,               // a TPM 2.0, a 1.1 chip, or nothing recognisable
    Blocked = 2,                // a step can only be done in firmware setup
    AlreadyOwned = 3,           // owned before this run; nothing changed
    SecretNotConfirmed = 4,     // the caller did not confirm the owner secret is stored
    OwnedButSecretRejected = 5, // owned after a lost answer, but not with our secret
    StepHadNoEffect = 6,        // a step succeeded but the TPM's state did not change
    SrkMismatch = 7,            // the SRK read back differs from the one TakeOwnership returned
    TooManyResets = 8,          // the TPM kept resetting
    NotOwned = 9,               // an owner operation on a TPM without an owner
    TpmTurnedOff = 10,          // an owner operation on a disabled or deactivated TPM
    LockoutSetBefore = 11,      // TPM 2.0: a lockout password predates the run; left alone
    CheckFailed = 12,           // TPM 2.0: what the run set does not read back as set
};

struct Error {
    ErrorKind kind = ErrorKind::Usage;
    std::uint32_t code = 0;
    std::string detail; // technical English, never a secret

    static Error protocol(ProtocolErrorCode c, std::string d) {
        return {ErrorKind::Protocol, static_cast<std::uint32_t>(c), std::move(d)};
    }
    static Error tpm(std::uint32_t rc, std::string d = {}) {
        return {ErrorKind::Tpm, rc, std::move(d)};
    }
    static Error system(int err, std::string d) {
        return {ErrorKind::System, static_cast<std::uint32_t>(err), std::move(d)};
    }
    static Error crypto(CryptoErrorCode c, std::string d) {
        return {ErrorKind::Crypto, static_cast<std::uint32_t>(c), std::move(d)};
    }
    static Error usage(std::string d) { return {ErrorKind::Usage, 0, std::move(d)}; }
    static Error engine(EngineStopCode c, std::string d) {
        return {ErrorKind::Engine, static_cast<std::uint32_t>(c), std::move(d)};
    }

    static Error tss2(std::uint32_t rc, std::string d = {}) {
        return {ErrorKind::Tss2, rc, std::move(d)};
    }

    bool isTpm(std::uint32_t rc) const { return kind == ErrorKind::Tpm && code == rc; }
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace tpm
