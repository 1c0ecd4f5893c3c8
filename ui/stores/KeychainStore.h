#pragma once
// The desktop keyring through QtKeychain (Secret Service: GNOME Keyring, KWallet).
// Service "tpm-provisioner", key "owner-password/<machine id>/<TPM maker>": both readable
// whether the TPM is owned or not, so the next run finds the entry again (the endorsement
// key, the key of older entries, is hidden once a TPM 1.2 is owned). The value is the
// password with its encoding, the TPM and the computer in a small header, so the entry
// explains itself.

#include "stores/SecretStore.h"

#include <functional>

namespace tpmprov::ui {

class KeychainStore : public SecretStore {
    Q_OBJECT
public:
    static QString service() { return QStringLiteral("tpm-provisioner"); }
    // The key a record is stored under.
    static QString keyFor(const OwnerPasswordRecord& record);
    // The keys to look for, newest form first: this machine's, then the endorsement key's
    // of older versions (when the EK is readable), then theirs for an unreadable EK.
    static QStringList lookupKeys(const QString& machineId, const QString& tpmVendor,
                                  const QString& ekFingerprint);

    using SecretStore::SecretStore;
    QString location() const override;
    StoreCall* storeAndVerify(const OwnerPasswordRecord& record) override;

    // Reads the first of `keys` that exists (for an owned TPM: the password may be there).
    // callback(found, record, error).
    using LookupCallback = std::function<void(bool, const OwnerPasswordRecord&, const QString&)>;
    void lookup(const QStringList& keys, LookupCallback callback);

    // The stored text of a record, and back.
    static QString serialize(const OwnerPasswordRecord& record);
    static bool parse(const QString& text, OwnerPasswordRecord& record);

private:
    void lookupFrom(QStringList keys, LookupCallback callback);
};

} // namespace tpmprov::ui
