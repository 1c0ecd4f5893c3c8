#include "RecoveryFileStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QStringList>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tpmprov::ui {

namespace {

const QString kPasswordLine = QStringLiteral("Owner password: ");

QString encodingWords(tpm::SecretEncoding encoding) {
    switch (encoding) {
    case tpm::SecretEncoding::Sha1:
        return QStringLiteral("sha1 - SHA-1 of the password's UTF-8 bytes (tpm-tools/trousers "
                              "default, Heads, IBM TSS)");
    case tpm::SecretEncoding::Utf16:
        return QStringLiteral("utf16 - SHA-1 of the password in UTF-16LE (tpm-tools -u)");
    case tpm::SecretEncoding::Windows:
        return QStringLiteral("windows - SHA-1 of the password in UTF-16LE (Windows tpm.msc; "
                              "tpm-tools -u)");
    case tpm::SecretEncoding::Utf16Nul:
        return QStringLiteral("utf16-nul - SHA-1 of the password in UTF-16LE with its "
                              "terminator (TSS pop-up secrets)");
    }
    return {};
}

QString errnoText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString RecoveryFileStore::location() const {
    return tr("the recovery file %1").arg(m_path);
}

QString RecoveryFileStore::render(const OwnerPasswordRecord& record) {
    // The file is a technical record: English, so any helper can read it.
    QStringList lines;
    lines << QStringLiteral("TPM Provisioner - TPM owner password")
          << QStringLiteral("Keep this private. Whoever has this password controls the TPM.")
          << QString() << QStringLiteral("TPM: %1").arg(record.chip)
          << QStringLiteral("TPM endorsement key fingerprint: %1").arg(record.tpmKey())
          << QStringLiteral("Encoding: %1").arg(encodingWords(record.encoding))
          << QStringLiteral("SRK password: %1")
                 .arg(record.srkWellKnown ? QStringLiteral("well-known (20 zero bytes)")
                                          : QStringLiteral("the same as the owner password"))
          << QStringLiteral("Written: %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate))
          << QString() << kPasswordLine + record.password;
    if (record.encoding == tpm::SecretEncoding::Windows ||
        record.encoding == tpm::SecretEncoding::Utf16) {
        const std::string utf8 = record.password.toStdString();
        if (auto secret = tpm::deriveOwnerSecret(utf8, record.encoding))
            lines << QStringLiteral("Owner password hash (as Windows shows it): %1")
                         .arg(QString::fromStdString(tpm::windowsBase64(*secret)));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString RecoveryFileStore::passwordFrom(const QString& text) {
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.startsWith(kPasswordLine))
            return line.mid(kPasswordLine.size());
    return {};
}

QString RecoveryFileStore::writePrivateFile(const QString& path, const QByteArray& bytes) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd < 0)
        return errnoText(errno);
    QString error;
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        error = errnoText(errno);
    qsizetype written = 0;
    while (error.isEmpty() && written < bytes.size()) {
        const ssize_t n =
            ::write(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            error = errnoText(errno);
        else
            written += n;
    }
    if (error.isEmpty() && ::fsync(fd) != 0)
        error = errnoText(errno);
    if (::close(fd) != 0 && error.isEmpty())
        error = errnoText(errno);
    return error;
}

StoreCall* RecoveryFileStore::storeAndVerify(const OwnerPasswordRecord& record) {
    auto* call = new StoreCall(this);
    if (m_path.isEmpty()) {
        call->finishLater(false, tr("No file was chosen for the recovery file."));
        return call;
    }
    const QString error = writePrivateFile(m_path, render(record).toUtf8());
    if (!error.isEmpty()) {
        call->finishLater(false,
                          tr("The recovery file %1 could not be written: %2").arg(m_path, error));
        return call;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        call->finishLater(false, tr("The recovery file %1 was written but could not be read "
                                    "back: %2")
                                     .arg(m_path, file.errorString()));
        return call;
    }
    const QString readBack = passwordFrom(QString::fromUtf8(file.readAll()));
    if (readBack != record.password)
        call->finishLater(false, tr("The recovery file %1 does not hold the password that was "
                                    "written.")
                                     .arg(m_path));
    else
        call->finishLater(true, {});
    return call;
}

} // namespace tpmprov::ui
