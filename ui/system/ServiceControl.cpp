#include "system/ServiceControl.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace tpmprov::ui {

UnitStopper systemdUnitStopper(const QDBusConnection& bus) {
    return [bus](const QString& unit, QObject* context,
                 std::function<void(const QString& error)> done) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.systemd1"), QStringLiteral("/org/freedesktop/systemd1"),
            QStringLiteral("org.freedesktop.systemd1.Manager"), QStringLiteral("StopUnit"));
        call << unit << QStringLiteral("replace");
        call.setInteractiveAuthorizationAllowed(true); // polkit may ask for a password
        QDBusConnection connection = bus;
        // Generous: a polkit password prompt waits for the person.
        const QDBusPendingCall pending = connection.asyncCall(call, 5 * 60 * 1000);
        auto* watcher = new QDBusPendingCallWatcher(pending, context);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                         [done](QDBusPendingCallWatcher* w) {
                             w->deleteLater();
                             const QDBusPendingReply<QDBusObjectPath> reply = *w;
                             if (reply.isError()) {
                                 const QDBusError e = reply.error();
                                 done(e.message().isEmpty() ? e.name() : e.message());
                             } else {
                                 done({});
                             }
                         });
    };
}

} // namespace tpmprov::ui
