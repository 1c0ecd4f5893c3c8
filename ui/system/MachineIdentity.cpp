#include "system/MachineIdentity.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>

namespace tpmprov::ui {

namespace {

QString firstLine(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(256)).trimmed();
}

// Firmware writers leave these where a name belongs.
bool isPlaceholder(const QString& value) {
    static const QRegularExpression placeholder(
        QStringLiteral("^(|none|n/a|default string|not applicable|to be filled.*|system "
                       "(product name|manufacturer|version)|o\\.e\\.m\\.?|0+|1\\.0|x\\.x)$"),
        QRegularExpression::CaseInsensitiveOption);
    return placeholder.match(value.trimmed()).hasMatch();
}

QString dmi(const QString& root, const char* field) {
    const QString value =
        firstLine(root + QStringLiteral("/sys/class/dmi/id/") + QLatin1String(field));
    return isPlaceholder(value) ? QString() : value;
}

} // namespace

QString MachineIdentity::computerName() const {
    const QString name = QStringList{vendor, product}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? hostName : name;
}

MachineIdentity MachineIdentity::read(const QString& root) {
    MachineIdentity id;
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    for (const char* path : {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
        const QString value = firstLine(root + QLatin1String(path));
        if (hex32.match(value).hasMatch()) {
            id.machineId = value;
            break;
        }
    }
    id.hostName = root == QStringLiteral("/") ? QSysInfo::machineHostName()
                                              : firstLine(root + QStringLiteral("/etc/hostname"));
    id.vendor = dmi(root, "sys_vendor");
    const QString version = dmi(root, "product_version");
    // Lenovo's product_name is the machine type ("2436CTO"); the model is in product_version.
    id.product =
        id.vendor.compare(QStringLiteral("LENOVO"), Qt::CaseInsensitive) == 0 && !version.isEmpty()
            ? version
            : dmi(root, "product_name");
    return id;
}

const MachineIdentity& MachineIdentity::local() {
    static const MachineIdentity identity = read();
    return identity;
}

} // namespace tpmprov::ui
