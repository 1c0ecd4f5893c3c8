#include "model/FirmwareDirections.h"

#include <QCoreApplication>

namespace tpmprov::ui {

namespace {

QString bold(const QString& path) {
    return QStringLiteral("<b>%1</b>").arg(path.toHtmlEscaped());
}

// The firmware's own (English) menu names: they are not translated, as on the screen.
FirmwareDirections named(const QString& maker, const QString& keys, const char* menu,
                         const char* clear) {
    FirmwareDirections d;
    d.maker = maker;
    d.setupKeys = keys;
    d.tpmMenu = bold(QString::fromUtf8(menu));
    d.clearItem = bold(QString::fromUtf8(clear));
    return d;
}

bool is(const QString& vendor, const char* name) {
    return vendor.contains(QLatin1String(name), Qt::CaseInsensitive);
}

} // namespace

FirmwareDirections firmwareDirections(const MachineIdentity& m) {
    const QString& v = m.vendor;
    if (is(v, "LENOVO") && m.product.contains(QLatin1String("ThinkPad"), Qt::CaseInsensitive))
        return named(m.computerName(),
                     QCoreApplication::translate("FirmwareDirections", "Enter, then F1"),
                     "Security → Security Chip", "Security → Security Chip → Clear Security Chip");
    if (is(v, "LENOVO"))
        return named(m.computerName(), QStringLiteral("F2"), "Security → Security Chip",
                     "Security → Security Chip → Clear Security Chip");
    if (is(v, "Dell"))
        return named(m.computerName(), QStringLiteral("F2"), "Security → TPM Security",
                     "Security → TPM Security → Clear");
    if (is(v, "HP") || is(v, "Hewlett"))
        return named(m.computerName(), QStringLiteral("F10"), "Security → TPM Embedded Security",
                     "Security → TPM Embedded Security → Reset of TPM from OS");
    if (is(v, "FUJITSU"))
        return named(m.computerName(), QStringLiteral("F2"),
                     "Security → TPM (Security Chip) Setting",
                     "Security → TPM (Security Chip) Setting → Clear TPM");
    if (is(v, "ASUS"))
        return named(m.computerName(),
                     QCoreApplication::translate("FirmwareDirections", "F2 or Del"),
                     "Advanced → Trusted Computing",
                     "Advanced → Trusted Computing → Pending operation: TPM Clear");
    if (is(v, "Acer") || is(v, "TOSHIBA") || is(v, "Dynabook"))
        return named(m.computerName(), QStringLiteral("F2"), "Security → TPM",
                     "Security → TPM → Clear TPM");
    FirmwareDirections d;
    d.setupKeys =
        QCoreApplication::translate("FirmwareDirections", "usually F1, F2, F10, Del or Esc");
    d.tpmMenu = QCoreApplication::translate("FirmwareDirections", "%1 or %2")
                    .arg(bold(QStringLiteral("Security → TPM")),
                         bold(QStringLiteral("Security → Security Chip")));
    d.clearItem = QCoreApplication::translate("FirmwareDirections", "%1 or %2")
                      .arg(bold(QStringLiteral("Security → TPM → Clear")),
                           bold(QStringLiteral("Security → Security Chip → Clear")));
    return d;
}

} // namespace tpmprov::ui
