#include "stores/RecoveryFileStore.h"

#include "stores/PasswordSecret.h"
#include "transport/UniqueFd.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tpmprov::ui {

namespace {

const QString kPasswordLine = QStringLiteral("Owner password: ");
const QString kLockoutLine = QStringLiteral("Lockout password: ");

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

QString srkWords(OwnerPasswordRecord::Srk srk) {
    switch (srk) {
    case OwnerPasswordRecord::Srk::WellKnown:
        return QStringLiteral("well-known (20 zero bytes)");
    case OwnerPasswordRecord::Srk::OwnerPassword:
        return QStringLiteral("the same as the owner password");
    case OwnerPasswordRecord::Srk::Unknown:
        break;
    }
    return QStringLiteral("unknown (not set by TPM Provisioner)");
}

QString errnoText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString RecoveryFileStore::location() const {
    return tr("the recovery file %1").arg(m_path);
}

QString RecoveryFileStore::fileNamePart(const QString& text) {
    QString name;
    for (const QChar c : text.trimmed())
        name += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('-');
    return name;
}

QString RecoveryFileStore::suggestedPath(const QString& hostName, bool lockout) {
    const QString name = fileNamePart(hostName);
    return QDir::homePath() +
           (lockout ? QStringLiteral("/tpm-lockout-password")
                    : QStringLiteral("/tpm-owner-password")) +
           (name.isEmpty() ? QString() : QLatin1Char('-') + name) + QStringLiteral(".txt");
}

namespace {

// A TPM 2.0's lockout password: no encoding (the password's bytes are the value) and how
// other tools take it.
QString renderLockout(const OwnerPasswordRecord& record) {
    QStringList lines;
    lines << QStringLiteral("TPM Provisioner - TPM 2.0 lockout password")
          << QStringLiteral("Keep this private. Whoever has this password can clear the TPM and "
                            "reset its dictionary-attack lockout.")
          << QString() << QStringLiteral("Computer: %1").arg(record.computer)
          << QStringLiteral("Host name: %1").arg(record.hostName)
          << QStringLiteral("Machine id: %1").arg(record.machineId)
          << QStringLiteral("TPM: %1").arg(record.chip)
          << QStringLiteral("Use: its UTF-8 bytes are the lockout authorization value (tpm2-tools "
                            "-p str:PASSWORD; tpmprov --lockout-password-file with the password "
                            "alone in the file)")
          << QStringLiteral("Written: %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate))
          << QString() << kLockoutLine + record.password;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString RecoveryFileStore::render(const OwnerPasswordRecord& record) {
    if (record.isLockout())
        return renderLockout(record);
    // The file is a technical record: English, so any helper can read it.
    QStringList lines;
    lines << QStringLiteral("TPM Provisioner - TPM owner password")
          << QStringLiteral("Keep this private. Whoever has this password controls the TPM.")
          << QString() << QStringLiteral("Computer: %1").arg(record.computer)
          << QStringLiteral("Host name: %1").arg(record.hostName)
          << QStringLiteral("Machine id: %1").arg(record.machineId)
          << QStringLiteral("TPM: %1").arg(record.chip)
          << QStringLiteral("TPM endorsement key fingerprint: %1").arg(record.tpmKey())
          << QStringLiteral("Encoding: %1").arg(encodingWords(record.encoding))
          << QStringLiteral("SRK password: %1").arg(srkWords(record.srk))
          << QStringLiteral("Written: %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate))
          << QString() << kPasswordLine + record.password;
    if (record.encoding == tpm::SecretEncoding::Windows ||
        record.encoding == tpm::SecretEncoding::Utf16) {
        if (auto secret = secretFromPassword(record.password, record.encoding))
            lines << QStringLiteral("Owner password hash (as Windows shows it): %1")
                         .arg(QString::fromStdString(tpm::windowsBase64(*secret)));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString RecoveryFileStore::passwordFrom(const QString& text) {
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(kPasswordLine))
            return line.mid(kPasswordLine.size());
        if (line.startsWith(kLockoutLine))
            return line.mid(kLockoutLine.size());
    }
    return {};
}

namespace {

QString writeAll(int fd, const QByteArray& bytes) {
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::write(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return errnoText(n < 0 ? errno : EIO);
        written += n;
    }
    return {};
}

// Moves `from` to `to`; with noReplace an existing `to` makes it fail with EEXIST.
int moveIntoPlace(const QByteArray& from, const QByteArray& to, bool noReplace) {
    if (!noReplace)
        return ::rename(from.constData(), to.constData());
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
    // A file system without RENAME_NOREPLACE: a hard link never replaces either.
    if (::link(from.constData(), to.constData()) != 0)
        return -1;
    return ::unlink(from.constData());
}

} // namespace

QString RecoveryFileStore::writePrivateFile(const QString& path, const QByteArray& bytes,
                                            Existing existing) {
    const QFileInfo target(path);
    const QByteArray dir = QFile::encodeName(target.absolutePath());
    QByteArray temp = QFile::encodeName(target.absolutePath() + QStringLiteral("/.") +
                                        target.fileName() + QStringLiteral(".XXXXXX"));
    tpm::UniqueFd fd(::mkostemp(temp.data(), O_CLOEXEC)); // O_EXCL, mode 0600
    if (!fd)
        return errnoText(errno);
    QString error = writeAll(fd.get(), bytes);
    if (error.isEmpty() && ::fsync(fd.get()) != 0)
        error = errnoText(errno);
    if (error.isEmpty() && ::close(fd.release()) != 0)
        error = errnoText(errno);
    if (error.isEmpty() &&
        moveIntoPlace(temp, QFile::encodeName(path), existing == Existing::Refuse) != 0)
        error = errno == EEXIST ? tr("the file already exists") : errnoText(errno);
    if (!error.isEmpty()) {
        ::unlink(temp.constData());
        return error;
    }
    // The new name is durable only once the directory is.
    if (tpm::UniqueFd dirFd(::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)); dirFd)
        (void)::fsync(dirFd.get());
    return {};
}

StoreCall* RecoveryFileStore::storeAndVerify(const OwnerPasswordRecord& record) {
    auto* call = new StoreCall(this);
    if (m_path.isEmpty()) {
        call->finishLater(false, tr("No file was chosen for the recovery file."));
        return call;
    }
    // An existing file is never overwritten: it may hold a password still in use. One that
    // holds this very password (a retry after another store failed) already does the job.
    if (QFileInfo::exists(m_path)) {
        QFile existing(m_path);
        if (existing.open(QIODevice::ReadOnly) &&
            passwordFrom(QString::fromUtf8(existing.readAll())) == record.password) {
            call->finishLater(true, {});
            return call;
        }
        call->finishLater(false, tr("The recovery file %1 already exists and holds another "
                                    "password, which may still be in use. Choose another file "
                                    "name.")
                                     .arg(m_path));
        return call;
    }
    const QString error = writePrivateFile(m_path, render(record).toUtf8(), Existing::Refuse);
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
