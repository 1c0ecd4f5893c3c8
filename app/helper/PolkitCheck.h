#pragma once
// One asynchronous polkit CheckAuthorization per call, in plain QtDBus: subject
// system-bus-name with the caller's unique name, interaction allowed, a reply timeout long
// enough for a password prompt. Anything but a well-formed "authorized" answer denies.

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QString>
#include <functional>

namespace tpmprov::helper {

inline constexpr int kPolkitTimeoutMs = 5 * 60 * 1000;

// done(authorized, why) runs on context's thread once polkit answers or the call fails.
// `why` is for the log: "authorized", "not authorized", "polkit error: ...".
void checkAuthorization(const QDBusConnection& bus, const QString& callerUniqueName,
                        const QString& actionId, QObject* context,
                        std::function<void(bool authorized, const QString& why)> done);

// Reads a CheckAuthorization reply: (bba{ss}). True only for a reply message of exactly that
// signature whose is_authorized is true.
bool authorizedFromReply(const QDBusMessage& reply, QString* why);

} // namespace tpmprov::helper
