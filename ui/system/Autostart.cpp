#include "system/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace tpmprov::ui {

QString Autostart::entryPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/io.github.TpmProvisioner.desktop");
}

QString Autostart::install(const QString& program) {
    const QString path = entryPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QCoreApplication::translate("Autostart", "Cannot create the folder for %1.")
            .arg(path);
    QString exec = program;
    if (exec.contains(QLatin1Char(' ')))
        exec = QLatin1Char('"') + exec + QLatin1Char('"');
    const QString text = QStringLiteral("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Name=TPM Provisioner\n"
                                        "Comment=Continue setting up the TPM after the restart\n"
                                        "Exec=%1 --resume\n"
                                        "Icon=io.github.TpmProvisioner\n"
                                        "Terminal=false\n"
                                        "X-GNOME-Autostart-enabled=true\n")
                             .arg(exec);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return file.errorString();
    return {};
}

bool Autostart::remove() {
    return !QFile::exists(entryPath()) || QFile::remove(entryPath());
}

bool Autostart::installed() {
    return QFile::exists(entryPath());
}

} // namespace tpmprov::ui
