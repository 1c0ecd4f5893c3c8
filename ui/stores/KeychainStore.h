#pragma once
// The desktop keyring through QtKeychain (Secret Service: GNOME Keyring, KWallet).
// Service "tpm-provisioner", key "owner-password/<EK fingerprint>"; the value is the
// password, with the encoding and chip in a small header so the entry explains itself.

#include "stores/SecretStore.h"

#include <functional>

namespace tpmprov::ui {

class KeychainStore : public SecretStore {
    Q_OBJECT
public:
    static QString service() { return QStringLiteral("tpm-provisioner"); }
    static QString keyFor(const QString& ekFingerprint);

    using SecretStore::SecretStore;
    QString location() const override;
    StoreCall* storeAndVerify(const OwnerPasswordRecord& record) override;

    // Reads a stored record back (for "already owned": the password may be there).
    // callback(found, record, error).
    void lookup(const QString& ekFingerprint,
                std::function<void(bool, const OwnerPasswordRecord&, const QString&)> callback);

    // The stored text of a record, and back.
    static QString serialize(const OwnerPasswordRecord& record);
    static bool parse(const QString& text, OwnerPasswordRecord& record);

private:
    QString m_lastKey;
};

} // namespace tpmprov::ui
