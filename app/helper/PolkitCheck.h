#pragma once
// One asynchronous polkit CheckAuthorization per call, in plain QtDBus: subject
// system-bus-name with the caller's unique name, interaction only when the caller allowed
// it, a cancellation id, a reply timeout long enough for a password prompt. Anything but a
// well-formed "authorized" answer denies.

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QString>
#include <functional>

namespace tpmprov::helper {

inline constexpr int kPolkitTimeoutMs = 5 * 60 * 1000;

struct AuthorizationRequest {
    QString callerUniqueName;
    QString actionId;
    bool allowInteraction = false; // the caller's ALLOW_INTERACTIVE_AUTHORIZATION flag
    QString cancellationId;        // for cancelAuthorization(); unique per request
};

// done(authorized, why) runs on context's thread once polkit answers or the call fails.
// `why` is for the log: "authorized", "not authorized", "polkit error: ...".
void checkAuthorization(const QDBusConnection& bus, const AuthorizationRequest& request,
                        QObject* context,
                        std::function<void(bool authorized, const QString& why)> done);

// CancelCheckAuthorization: polkit dismisses the prompt and answers the check with an
// error (so it denies). Used when the caller left the bus while polkit was asking.
void cancelAuthorization(const QDBusConnection& bus, const QString& cancellationId);

// The CheckAuthorizationFlags for a caller: AllowUserInteraction only if it allowed it.
uint polkitFlagsFor(bool callerAllowsInteraction);

// Reads a CheckAuthorization reply: (bba{ss}). True only for a reply message of exactly that
// signature whose is_authorized is true.
bool authorizedFromReply(const QDBusMessage& reply, QString* why);

} // namespace tpmprov::helper
