#include "PolkitCheck.h"

#include <QDBusArgument>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMetaType>

namespace tpmprov::helper {

namespace {

// CheckAuthorizationFlags: AllowUserInteraction.
constexpr uint kAllowUserInteraction = 1;

QDBusArgument systemBusNameSubject(const QString& uniqueName) {
    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("system-bus-name");
    subject.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QDBusVariant>());
    subject.beginMapEntry();
    subject << QStringLiteral("name") << QDBusVariant(uniqueName);
    subject.endMapEntry();
    subject.endMap();
    subject.endStructure();
    return subject;
}

QDBusArgument noDetails() {
    QDBusArgument details;
    details.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QString>());
    details.endMap();
    return details;
}

} // namespace

bool authorizedFromReply(const QDBusMessage& reply, QString* why) {
    auto say = [why](const QString& text) {
        if (why)
            *why = text;
    };
    if (reply.type() == QDBusMessage::ErrorMessage) {
        say(QStringLiteral("polkit error: %1: %2").arg(reply.errorName(), reply.errorMessage()));
        return false;
    }
    if (reply.type() != QDBusMessage::ReplyMessage ||
        reply.signature() != QStringLiteral("(bba{ss})") || reply.arguments().size() != 1 ||
        !reply.arguments().first().canConvert<QDBusArgument>()) {
        say(QStringLiteral("polkit error: unexpected reply (signature '%1')")
                .arg(reply.signature()));
        return false;
    }
    bool isAuthorized = false; // deny unless polkit says otherwise
    bool isChallenge = false;
    QMap<QString, QString> details;
    const QDBusArgument result = reply.arguments().first().value<QDBusArgument>();
    result.beginStructure();
    result >> isAuthorized >> isChallenge;
    result.beginMap();
    while (!result.atEnd()) {
        QString key, value;
        result.beginMapEntry();
        result >> key >> value;
        result.endMapEntry();
        details.insert(key, value);
    }
    result.endMap();
    result.endStructure();
    if (isAuthorized) {
        say(QStringLiteral("authorized"));
        return true;
    }
    if (details.contains(QStringLiteral("polkit.dismissed")))
        say(QStringLiteral("not authorized (authentication dismissed)"));
    else
        say(isChallenge ? QStringLiteral("not authorized (authentication needed, none given)")
                        : QStringLiteral("not authorized"));
    return false;
}

uint polkitFlagsFor(bool callerAllowsInteraction) {
    return callerAllowsInteraction ? kAllowUserInteraction : 0;
}

namespace {

QDBusMessage authorityCall(const QString& method) {
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.PolicyKit1"),
                                          QStringLiteral("/org/freedesktop/PolicyKit1/Authority"),
                                          QStringLiteral("org.freedesktop.PolicyKit1.Authority"),
                                          method);
}

} // namespace

void checkAuthorization(const QDBusConnection& bus, const AuthorizationRequest& request,
                        QObject* context,
                        std::function<void(bool authorized, const QString& why)> done) {
    if (!request.callerUniqueName.startsWith(QLatin1Char(':'))) {
        // Only unique names identify a connection; polkit would refuse anyway.
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                done(false, QStringLiteral("not authorized (caller has no unique name)"));
            },
            Qt::QueuedConnection);
        return;
    }
    QDBusMessage call = authorityCall(QStringLiteral("CheckAuthorization"));
    call << QVariant::fromValue(systemBusNameSubject(request.callerUniqueName)) << request.actionId
         << QVariant::fromValue(noDetails()) << polkitFlagsFor(request.allowInteraction)
         << request.cancellationId;
    call.setInteractiveAuthorizationAllowed(request.allowInteraction);
    QDBusPendingCall pending = bus.asyncCall(call, kPolkitTimeoutMs);
    auto* watcher = new QDBusPendingCallWatcher(pending, context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done = std::move(done)](QDBusPendingCallWatcher* finished) {
                         QString why;
                         const bool authorized = authorizedFromReply(finished->reply(), &why);
                         finished->deleteLater();
                         done(authorized, why);
                     });
}

void cancelAuthorization(const QDBusConnection& bus, const QString& cancellationId) {
    QDBusMessage call = authorityCall(QStringLiteral("CancelCheckAuthorization"));
    call << cancellationId;
    bus.send(call); // the answer does not matter: the pending check then fails, and denies
}

} // namespace tpmprov::helper
