#include "system/Rebooter.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>

namespace tpmprov::ui {

Rebooter::~Rebooter() = default;

void LogindRebooter::reboot() {
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Reboot"));
    message << false; // interactive: polkit asks below instead
    message.setInteractiveAuthorizationAllowed(true);
    auto* watcher = new QDBusPendingCallWatcher(
        QDBusConnection::systemBus().asyncCall(message, 5 * 60 * 1000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](auto* w) {
        w->deleteLater();
        const QDBusMessage reply = w->reply();
        if (reply.type() == QDBusMessage::ErrorMessage)
            Q_EMIT failed(tr("The computer could not be restarted from here (%1). Please "
                             "restart it from the system menu.")
                              .arg(reply.errorMessage()));
        else
            Q_EMIT rebooted();
    });
}

} // namespace tpmprov::ui

#include <QProcess>

namespace tpmprov::ui {

CommandRebooter::CommandRebooter(QString program, QStringList arguments, QObject* parent)
    : Rebooter(parent), m_program(std::move(program)), m_arguments(std::move(arguments)) {}

void CommandRebooter::reboot() {
    auto* process = new QProcess(this);
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    connect(process, &QProcess::finished, this,
            [this, process](int code, QProcess::ExitStatus status) {
                process->deleteLater();
                if (status == QProcess::NormalExit && code == 0)
                    Q_EMIT rebooted();
                else
                    Q_EMIT failed(tr("The restart command failed (exit status %1).").arg(code));
            });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        process->deleteLater();
        Q_EMIT failed(tr("The restart command could not be started."));
    });
    process->start(m_program, m_arguments);
}

} // namespace tpmprov::ui
