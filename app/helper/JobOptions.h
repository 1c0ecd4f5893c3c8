#pragma once
// The options dictionary (a{sv}) of Provision and TakeOwnership, read into typed values.
// Only keys this version knows, each with its one D-Bus type, at most kMaxOptions of them:
// anything else is refused (Error.InvalidArgument) before polkit is asked. A second TPM
// family adds its keys here rather than new methods.

#include <QString>
#include <QVariantMap>
#include <optional>

namespace tpmprov::helper {

struct JobOptions {
    bool lockPresence = false; // "lockPresence" (b): LOCK presence until the next boot
};

inline constexpr int kMaxOptions = 16;

// The options, or nothing with why in `problem` (words for the caller, no values echoed).
std::optional<JobOptions> readJobOptions(const QVariantMap& options, QString& problem);

} // namespace tpmprov::helper
