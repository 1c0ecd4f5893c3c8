#include "stores/KeychainStore.h"

#include <QStringList>
#include <qt6keychain/keychain.h>

namespace tpmprov::ui {

namespace {

const QString kPasswordPrefix = QStringLiteral("password: ");
const QString kEncodingPrefix = QStringLiteral("encoding: ");
const QString kTpmPrefix = QStringLiteral("tpm: ");
const QString kChipPrefix = QStringLiteral("chip: ");
const QString kSrkPrefix = QStringLiteral("srk: ");
const QString kVendorPrefix = QStringLiteral("tpm-vendor: ");
const QString kMachinePrefix = QStringLiteral("machine-id: ");
const QString kComputerPrefix = QStringLiteral("computer: ");
const QString kHostPrefix = QStringLiteral("host: ");
const QString kKindPrefix = QStringLiteral("kind: ");
const QString kLockoutKind = QStringLiteral("tpm2-lockout");
const QString kKeyPrefix = QStringLiteral("owner-password/");

// A key segment: letters, digits, '.', '_' and '-' only.
QString segment(const QString& text) {
    QString out;
    for (const QChar c : text.trimmed())
        out += c.isLetterOrNumber() && c.unicode() < 128          ? c
               : (c == QLatin1Char('.') || c == QLatin1Char('-')) ? c
                                                                  : QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("unknown") : out;
}

QString ekKey(const QString& ekFingerprint) {
    return kKeyPrefix + (ekFingerprint.isEmpty() ? QStringLiteral("unknown-ek") : ekFingerprint);
}

QString machineKey(const QString& machineId, const QString& tpmVendor) {
    return kKeyPrefix + segment(machineId) + QLatin1Char('/') + segment(tpmVendor);
}

} // namespace

QString KeychainStore::keyFor(const OwnerPasswordRecord& record) {
    return record.machineId.isEmpty() ? ekKey(record.ekFingerprint)
                                      : machineKey(record.machineId, record.tpmVendor);
}

QStringList KeychainStore::lookupKeys(const QString& machineId, const QString& tpmVendor,
                                      const QString& ekFingerprint) {
    QStringList keys;
    if (!machineId.isEmpty())
        keys << machineKey(machineId, tpmVendor);
    if (!ekFingerprint.isEmpty())
        keys << ekKey(ekFingerprint);
    keys << ekKey({});
    return keys;
}

QString KeychainStore::location() const {
    // Words for people: the key itself (a machine id) means nothing to them.
    return tr("your desktop keyring (application \u201c%1\u201d)").arg(service());
}

QString KeychainStore::serialize(const OwnerPasswordRecord& record) {
    QStringList lines;
    lines << kPasswordPrefix + record.password << kEncodingPrefix + record.encodingName()
          << kTpmPrefix + record.tpmKey() << kChipPrefix + record.chip
          << kVendorPrefix + record.tpmVendor << kMachinePrefix + record.machineId
          << kComputerPrefix + record.computer << kHostPrefix + record.hostName
          << kSrkPrefix + record.srkName();
    if (record.isLockout())
        lines << kKindPrefix + kLockoutKind;
    return lines.join(QLatin1Char('\n'));
}

bool KeychainStore::parse(const QString& text, OwnerPasswordRecord& record) {
    bool havePassword = false;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(kPasswordPrefix)) {
            record.password = line.mid(kPasswordPrefix.size());
            havePassword = true;
        } else if (line.startsWith(kEncodingPrefix)) {
            const auto e = tpm::encodingFromName(line.mid(kEncodingPrefix.size()).toStdString());
            if (e)
                record.encoding = *e;
        } else if (line.startsWith(kTpmPrefix)) {
            const QString ek = line.mid(kTpmPrefix.size());
            record.ekFingerprint = ek == QStringLiteral("unknown-ek") ? QString() : ek;
        } else if (line.startsWith(kVendorPrefix)) {
            record.tpmVendor = line.mid(kVendorPrefix.size());
        } else if (line.startsWith(kMachinePrefix)) {
            record.machineId = line.mid(kMachinePrefix.size());
        } else if (line.startsWith(kComputerPrefix)) {
            record.computer = line.mid(kComputerPrefix.size());
        } else if (line.startsWith(kHostPrefix)) {
            record.hostName = line.mid(kHostPrefix.size());
        } else if (line.startsWith(kKindPrefix)) {
            record.kind = line.mid(kKindPrefix.size()) == kLockoutKind
                              ? OwnerPasswordRecord::Kind::Tpm2Lockout
                              : OwnerPasswordRecord::Kind::Tpm12Owner;
        } else if (line.startsWith(kChipPrefix)) {
            record.chip = line.mid(kChipPrefix.size());
        } else if (line.startsWith(kSrkPrefix)) {
            const QString srk = line.mid(kSrkPrefix.size());
            record.srk = srk == QStringLiteral("well-known") ? OwnerPasswordRecord::Srk::WellKnown
                         : srk == QStringLiteral("own") ? OwnerPasswordRecord::Srk::OwnerPassword
                                                        : OwnerPasswordRecord::Srk::Unknown;
        }
    }
    return havePassword;
}

StoreCall* KeychainStore::storeAndVerify(const OwnerPasswordRecord& record) {
    auto* call = new StoreCall(this);
    const QString key = keyFor(record);
    const QString text = serialize(record);
    auto* write = new QKeychain::WritePasswordJob(service(), call);
    write->setAutoDelete(true);
    write->setKey(key);
    write->setTextData(text);
    connect(write, &QKeychain::Job::finished, call, [call, key, text](QKeychain::Job* job) {
        if (job->error() != QKeychain::NoError) {
            call->finishLater(
                false, tr("The keyring refused to store the password: %1").arg(job->errorString()));
            return;
        }
        auto* read = new QKeychain::ReadPasswordJob(service(), call);
        read->setAutoDelete(true);
        read->setKey(key);
        connect(read, &QKeychain::Job::finished, call, [call, text](QKeychain::Job* r) {
            auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(r);
            if (readJob->error() != QKeychain::NoError)
                call->finishLater(false, tr("The password was stored but could not be read "
                                            "back from the keyring: %1")
                                             .arg(readJob->errorString()));
            else if (readJob->textData() != text)
                call->finishLater(false, tr("The keyring returned a different password than "
                                            "the one stored."));
            else
                call->finishLater(true, {});
        });
        read->start();
    });
    write->start();
    return call;
}

void KeychainStore::lookup(const QStringList& keys, LookupCallback callback) {
    lookupFrom(keys, std::move(callback));
}

void KeychainStore::lookupFrom(QStringList keys, LookupCallback callback) {
    if (keys.isEmpty()) {
        callback(false, {}, tr("The keyring holds no password for this TPM."));
        return;
    }
    const QString key = keys.takeFirst();
    auto* read = new QKeychain::ReadPasswordJob(service(), this);
    read->setAutoDelete(true);
    read->setKey(key);
    connect(read, &QKeychain::Job::finished, this, [this, keys, callback](QKeychain::Job* r) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(r);
        OwnerPasswordRecord record;
        if (readJob->error() == QKeychain::EntryNotFound) {
            lookupFrom(keys, callback);
            return;
        }
        if (readJob->error() != QKeychain::NoError) {
            callback(false, record, readJob->errorString());
            return;
        }
        const bool ok = parse(readJob->textData(), record);
        callback(ok, record, ok ? QString() : tr("The keyring entry could not be read."));
    });
    read->start();
}

} // namespace tpmprov::ui
