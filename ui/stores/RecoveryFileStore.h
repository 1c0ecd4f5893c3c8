#pragma once
// A recovery file (mode 0600) holding the owner password, stating its encoding and the TPM
// it belongs to (EK fingerprint and chip). Written, then read back and compared.

#include "stores/SecretStore.h"

namespace tpmprov::ui {

class RecoveryFileStore : public SecretStore {
    Q_OBJECT
public:
    explicit RecoveryFileStore(QObject* parent = nullptr) : SecretStore(parent) {}

    void setPath(const QString& path) { m_path = path; }
    QString path() const { return m_path; }
    QString location() const override;
    StoreCall* storeAndVerify(const OwnerPasswordRecord& record) override;

    // ~/tpm-owner-password-<host>.txt: named for the computer, so copies kept elsewhere say
    // which one they belong to.
    // ~/tpm-owner-password-HOST.txt, or ~/tpm-lockout-password-HOST.txt for a TPM 2.0's.
    static QString suggestedPath(const QString& hostName, bool lockout = false);
    // "my laptop.local" -> "my-laptop-local": letters, digits and '-' only ("" stays "").
    static QString fileNamePart(const QString& text);
    // The file's text. Also used for printing.
    static QString render(const OwnerPasswordRecord& record);
    // The password line of a rendered file ("" when absent).
    static QString passwordFrom(const QString& text);

    // Writes a new file of mode 0600 beside `path` (O_EXCL), fsyncs it and moves it into
    // place, so a reader never sees a half-written file and a crash leaves the old one.
    // Refuse: an existing `path` is kept and the write fails (a recovery file may hold a
    // password still in use); Replace: it is replaced in one step (reports).
    // "" on success, else the error in words.
    enum class Existing { Refuse, Replace };
    static QString writePrivateFile(const QString& path, const QByteArray& bytes,
                                    Existing existing);

private:
    QString m_path;
};

} // namespace tpmprov::ui
