#pragma once
// Where the owner password is kept. Every store writes the password and reads it back;
// TakeOwnership is sent only after every chosen store verified.

#include "crypto/OwnerSecret.h"

#include <QObject>
#include <QString>

namespace tpmprov::ui {

// What is stored: the password and everything needed to use it again with the right TPM.
struct OwnerPasswordRecord {
    OwnerPasswordRecord() = default;
    OwnerPasswordRecord(const OwnerPasswordRecord&) = default;
    OwnerPasswordRecord& operator=(const OwnerPasswordRecord&) = default;
    ~OwnerPasswordRecord(); // wipes the password when this is its last copy

    QString password;
    // A TPM 1.2's owner password (hashed by `encoding`), or a TPM 2.0's lockout password
    // (its UTF-8 bytes are the authorization value; encoding and srk do not apply).
    enum class Kind { Tpm12Owner, Tpm2Lockout };
    Kind kind = Kind::Tpm12Owner;
    tpm::SecretEncoding encoding = tpm::SecretEncoding::Sha1;
    QString ekFingerprint; // the TPM's endorsement key ("" when it was not readable)
    QString chip;          // "STM TPM 1.2, chip 1.2.13.12"
    QString tpmVendor;     // "STM": with the machine id, names the keyring entry
    QString machineId;     // /etc/machine-id of the computer the TPM is in
    QString computer;      // "LENOVO ThinkPad W530" (DMI), for people
    QString hostName;
    // The storage root key's password: set by this wizard (well-known or the owner
    // password), or unknown (a TPM someone else set up).
    enum class Srk { WellKnown, OwnerPassword, Unknown };
    Srk srk = Srk::WellKnown;

    bool isLockout() const { return kind == Kind::Tpm2Lockout; }
    QString encodingName() const;
    QString srkName() const; // "well-known", "own", "unknown" (the keyring entry's words)
    // The EK fingerprint for the file header ("unknown-ek" when it was not readable).
    QString tpmKey() const;
};

// One store-and-verify operation; finished() is emitted once, later, then it deletes itself.
class StoreCall : public QObject {
    Q_OBJECT
public:
    explicit StoreCall(QObject* parent = nullptr) : QObject(parent) {}
    void finishLater(bool ok, const QString& error);

Q_SIGNALS:
    // ok: written AND read back identical. error: in plain words, for the user.
    void finished(bool ok, const QString& error);
};

class SecretStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override;

    // Where the password is, in words for the Done page: "the desktop keyring (...)".
    virtual QString location() const = 0;
    virtual StoreCall* storeAndVerify(const OwnerPasswordRecord& record) = 0;
};

} // namespace tpmprov::ui
