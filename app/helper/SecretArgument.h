#pragma once
// Secrets arrive as D-Bus `ay`. They are copied into a tpm::Secret or tpm::AuthValue at once
// and the bytes of the argument are wiped, so they do not wait in memory for the polkit
// answer.

#include "crypto/Secret.h"

#include <QByteArray>
#include <optional>

namespace tpmprov::helper {

// A copy of the 20 bytes, or std::nullopt when the argument has any other length. Either
// way the argument's bytes are overwritten with zeros in place: every QByteArray sharing
// them (the D-Bus message's copy included) sees the zeros. The argument must own its data.
std::optional<tpm::Secret> takeSecret(const QByteArray& argument);

// A TPM 2.0 authorization value: a copy of up to kMaxAuthValueBytes bytes (at least one unless
// allowEmpty: an empty lockout password is what a TPM has before anyone set one), or
// std::nullopt; wiped in place as takeSecret does. The TPM's own limit (its context-hash
// size, 32 bytes for SHA-256) is checked by core before anything is sent.
std::optional<tpm::AuthValue> takeAuthValue(const QByteArray& argument, bool allowEmpty = false);

} // namespace tpmprov::helper
