#pragma once
// Secrets arrive as D-Bus `ay`. They are copied into a tpm::Secret at once and the bytes of
// the argument are wiped, so they do not wait in memory for the polkit answer.

#include "crypto/Secret.h"

#include <QByteArray>
#include <optional>

namespace tpmprov::helper {

// A copy of the 20 bytes, or std::nullopt when the argument has any other length. Either
// way the argument's bytes are overwritten with zeros in place: every QByteArray sharing
// them (the D-Bus message's copy included) sees the zeros. The argument must own its data.
std::optional<tpm::Secret> takeSecret(const QByteArray& argument);

} // namespace tpmprov::helper
