#pragma once
// A recovery file (mode 0600) holding the owner password, stating its encoding and the TPM
// it belongs to (EK fingerprint and chip). Written, then read back and compared.

#include "SecretStore.h"

namespace tpmprov::ui {

class RecoveryFileStore : public SecretStore {
    Q_OBJECT
public:
    explicit RecoveryFileStore(QObject* parent = nullptr) : SecretStore(parent) {}

    void setPath(const QString& path) { m_path = path; }
    QString path() const { return m_path; }
    QString location() const override;
    StoreCall* storeAndVerify(const OwnerPasswordRecord& record) override;

    // The file's text. Also used for printing.
    static QString render(const OwnerPasswordRecord& record);
    // The password line of a rendered file ("" when absent).
    static QString passwordFrom(const QString& text);

    // Writes text with mode 0600 (also when the file existed); "" on success, else the error.
    static QString writePrivateFile(const QString& path, const QByteArray& bytes);

private:
    QString m_path;
};

} // namespace tpmprov::ui
