#pragma once
// The names of the helper's D-Bus interface, shared by the helper (app/helper) and its
// clients (client/HelperClient). The interface itself is
// resources/dbus/io.github.TpmProvisioner1.xml; the client's proxy is generated from it.

#include <QString>

namespace tpmprov::helper {

inline QString busName() {
    return QStringLiteral("io.github.TpmProvisioner1");
}
inline QString objectPath() {
    return QStringLiteral("/io/github/TpmProvisioner1");
}
inline QString interfaceName() {
    return QStringLiteral("io.github.TpmProvisioner1");
}

namespace error {
inline QString notAuthorized() {
    return QStringLiteral("io.github.TpmProvisioner1.Error.NotAuthorized");
}
inline QString invalidArgument() {
    return QStringLiteral("io.github.TpmProvisioner1.Error.InvalidArgument");
}
inline QString busy() {
    return QStringLiteral("io.github.TpmProvisioner1.Error.Busy");
}
inline QString noSuchJob() {
    return QStringLiteral("io.github.TpmProvisioner1.Error.NoSuchJob");
}
inline QString failed() {
    return QStringLiteral("io.github.TpmProvisioner1.Error.Failed");
}
// Not sent by the helper: the client's own name for "the helper left the bus while our job
// ran" (its result is then lost; the TPM's state tells where it stopped).
inline QString helperVanished() {
    return QStringLiteral("io.github.TpmProvisioner1.Client.HelperVanished");
}
} // namespace error

// Secrets cross the bus as exactly this many bytes (SHA-1 sized TPM authorization values).
inline constexpr int kSecretBytes = 20;
// A TPM 2.0 authorization value (a password's bytes) crosses the bus with 1 to this many
// bytes: the largest digest (SHA-512), more than any TPM 2.0 takes. The TPM's own limit (its
// context-hash size) is checked before anything is sent to it.
inline constexpr int kMaxAuthValueBytes = 64;

} // namespace tpmprov::helper
