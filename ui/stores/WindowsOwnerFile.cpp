#include "stores/WindowsOwnerFile.h"

#include "stores/PasswordSecret.h"
#include "stores/RecoveryFileStore.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>
#include <unistd.h>

namespace tpmprov::ui::windows_owner_file {

quint32 manufacturerId(const QString& vendor) {
    const QByteArray letters = vendor.toLatin1().left(4).leftJustified(4, ' ');
    quint32 id = 0;
    for (const char c : letters)
        id = (id << 8) | static_cast<quint8>(c);
    return id;
}

QByteArray render(const OwnerPasswordRecord& record, const QDateTime& created,
                  const QString& user) {
    const auto secret = secretFromPassword(record.password, record.encoding);
    if (!secret)
        return {};
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeComment(QStringLiteral(
        "This file is a backup of Trusted Platform Module (TPM) owner authorization "
        "information. Whoever has it controls the TPM: keep it private, away from this "
        "computer."));
    xml.writeComment(QStringLiteral("Computer: %1 (%2)").arg(record.computer, record.hostName));
    xml.writeStartElement(QStringLiteral("tpmOwnerData"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeAttribute(QStringLiteral("softwareAuthor"), QStringLiteral("TPM Provisioner"));
    xml.writeAttribute(QStringLiteral("creationDate"), created.toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("creationUser"), user);
    xml.writeStartElement(QStringLiteral("tpmInfo"));
    xml.writeAttribute(QStringLiteral("manufacturerId"),
                       QString::number(manufacturerId(record.tpmVendor)));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("ownerAuth"),
                         QString::fromStdString(tpm::windowsBase64(*secret)));
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QString save(const QString& path, const OwnerPasswordRecord& record) {
    const QByteArray bytes =
        render(record, QDateTime::currentDateTime(), qEnvironmentVariable("USER"));
    if (bytes.isEmpty())
        return QCoreApplication::translate("WindowsOwnerFile",
                                           "This password cannot be written for Windows.");
    return RecoveryFileStore::writePrivateFile(path, bytes, RecoveryFileStore::Existing::Replace);
}

} // namespace tpmprov::ui::windows_owner_file
