#pragma once
// Restarting the computer. The wizard asks through this interface so tests (and the demo,
// whose "restart" is a TPM power cycle) can replace it.

#include <QObject>
#include <QString>
#include <QStringList>

namespace tpmprov::ui {

class Rebooter : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Rebooter() override;
    virtual void reboot() = 0;

Q_SIGNALS:
    // The restart was requested (a real machine now goes down; a simulated restart is over).
    void rebooted();
    // The request failed: error in words.
    void failed(const QString& error);
};

// org.freedesktop.login1.Manager.Reboot(false) on the system bus; logind asks polkit.
class LogindRebooter : public Rebooter {
    Q_OBJECT
public:
    using Rebooter::Rebooter;
    void reboot() override;
};

} // namespace tpmprov::ui

namespace tpmprov::ui {

// Runs a command instead of restarting (the demo and tests: a TPM power cycle such as
// `tpmprov --tpm SPEC firmware-restart`). rebooted() when it exits with 0.
class CommandRebooter : public Rebooter {
    Q_OBJECT
public:
    CommandRebooter(QString program, QStringList arguments, QObject* parent = nullptr);
    void reboot() override;

private:
    QString m_program;
    QStringList m_arguments;
};

} // namespace tpmprov::ui
