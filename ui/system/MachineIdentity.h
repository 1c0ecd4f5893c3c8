#pragma once
// Which computer this is, from what any user may read: the machine id (/etc/machine-id), the
// host name, and the maker and model from DMI (/sys/class/dmi/id). Names the keyring entry
// (it survives taking ownership, unlike the endorsement key, which an owned TPM 1.2 no longer
// shows), the recovery file and the printout, and picks the firmware's menu names.

#include <QString>

namespace tpmprov::ui {

struct MachineIdentity {
    QString machineId; // 32 hex digits, "" when unreadable
    QString hostName;
    QString vendor;  // DMI sys_vendor, "" when absent or a placeholder ("To be filled…")
    QString product; // the model: DMI product_name, or product_version where the maker
                     // keeps the model name there (Lenovo: "ThinkPad W530")

    // "LENOVO ThinkPad W530"; the host name when DMI says nothing.
    QString computerName() const;

    // Reads it under `root` (tests pass a directory tree made to look like one).
    static MachineIdentity read(const QString& root = QStringLiteral("/"));
    // This computer's, read once.
    static const MachineIdentity& local();
};

} // namespace tpmprov::ui
