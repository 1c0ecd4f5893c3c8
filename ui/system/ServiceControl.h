#pragma once
// Stopping a system service the error dialog names (the "Stop tcsd" action): systemd's
// org.freedesktop.systemd1.Manager.StopUnit(unit, "replace") on the system bus. systemd asks
// polkit itself (org.freedesktop.systemd1.manage-units), so the call allows interactive
// authorization and never blocks: the answer comes later through the callback.

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <functional>

namespace tpmprov::ui {

// Stops `unit`; calls done("") when systemd accepted the stop job, done(reason) otherwise.
// done is not called after `context` is destroyed. Tests inject their own.
using UnitStopper = std::function<void(const QString& unit, QObject* context,
                                       std::function<void(const QString& error)> done)>;

// The real one, over systemd on `bus` (default: the system bus).
UnitStopper systemdUnitStopper(const QDBusConnection& bus = QDBusConnection::systemBus());

} // namespace tpmprov::ui
