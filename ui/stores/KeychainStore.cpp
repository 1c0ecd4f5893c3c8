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

} // namespace

QString KeychainStore::keyFor(const QString& ekFingerprint) {
    return QStringLiteral("owner-password/") +
           (ekFingerprint.isEmpty() ? QStringLiteral("unknown-ek") : ekFingerprint);
}

QString KeychainStore::location() const {
    // Before anything is stored the entry's key (the EK fingerprint) may not be known yet.
    if (m_lastKey.isEmpty())
        return tr("the desktop keyring, service \u201c%1\u201d").arg(service());
    return tr("the desktop keyring, entry \u201c%1\u201d of \u201c%2\u201d")
        .arg(m_lastKey, service());
}

QString KeychainStore::serialize(const OwnerPasswordRecord& record) {
    QStringList lines;
    lines << kPasswordPrefix + record.password << kEncodingPrefix + record.encodingName()
          << kTpmPrefix + record.tpmKey() << kChipPrefix + record.chip
          << kSrkPrefix +
                 (record.srkWellKnown ? QStringLiteral("well-known") : QStringLiteral("own"));
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
            record.ekFingerprint = line.mid(kTpmPrefix.size());
        } else if (line.startsWith(kChipPrefix)) {
            record.chip = line.mid(kChipPrefix.size());
        } else if (line.startsWith(kSrkPrefix)) {
            record.srkWellKnown = line.mid(kSrkPrefix.size()) == QStringLiteral("well-known");
        }
    }
    return havePassword;
}

StoreCall* KeychainStore::storeAndVerify(const OwnerPasswordRecord& record) {
    auto* call = new StoreCall(this);
    const QString key = keyFor(record.ekFingerprint);
    m_lastKey = key;
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

void KeychainStore::lookup(
    const QString& ekFingerprint,
    std::function<void(bool, const OwnerPasswordRecord&, const QString&)> callback) {
    auto* read = new QKeychain::ReadPasswordJob(service(), this);
    read->setAutoDelete(true);
    read->setKey(keyFor(ekFingerprint));
    connect(read, &QKeychain::Job::finished, this, [callback](QKeychain::Job* r) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(r);
        OwnerPasswordRecord record;
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
