#pragma once
// The XDG autostart entry that reopens the wizard after the next login (--resume).
// ~/.config/autostart/io.github.TpmProvisioner.desktop (XDG_CONFIG_HOME respected).

#include <QString>

namespace tpmprov::ui {

class Autostart {
public:
    static QString entryPath();
    // Writes the entry; "" on success, else the error. program: the wizard's binary.
    static QString install(const QString& program);
    static bool remove();
    static bool installed();
};

} // namespace tpmprov::ui
