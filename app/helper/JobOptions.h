#pragma once
// The options dictionary (a{sv}) of Provision and TakeOwnership, read into typed values.
// Only keys this version knows, each with its one D-Bus type, at most kMaxOptions of them:
// anything else is refused (Error.InvalidArgument) before polkit is asked. A second TPM
// family adds its keys here rather than new methods.

#include "crypto/Secret.h"
#include "engine/Tpm2Plan.h"

#include <QString>
#include <QVariantMap>
#include <optional>

namespace tpmprov::helper {

// A TPM 2.0's provisioning: present when the options carry "lockoutAuth".
struct Tpm2JobOptions {
    tpm::AuthValue lockoutAuth; // "lockoutAuth" (ay): the lockout password to set, 1-64 bytes
    // "daMaxTries" (u, at least 1), "daRecoveryTime" (u), "daLockoutRecovery" (u),
    // "srkAlgorithm" (s: "ecc" or "rsa"); the default policy where a key is left out.
    tpm::Tpm2Policy policy;
};

struct JobOptions {
    bool lockPresence = false; // "lockPresence" (b): LOCK presence until the next boot (1.2)
    std::optional<Tpm2JobOptions> tpm2;
};

inline constexpr int kMaxOptions = 16;

// The options, or nothing with why in `problem` (words for the caller, no values echoed).
// A lockoutAuth value is copied and its bytes wiped in place, whatever the outcome.
std::optional<JobOptions> readJobOptions(const QVariantMap& options, QString& problem);

} // namespace tpmprov::helper
