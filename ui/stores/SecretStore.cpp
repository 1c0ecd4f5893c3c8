#include "stores/SecretStore.h"

#include "stores/PasswordSecret.h"

#include <QTimer>

namespace tpmprov::ui {

OwnerPasswordRecord::~OwnerPasswordRecord() {
    wipePassword(password);
}

QString OwnerPasswordRecord::encodingName() const {
    return QString::fromLatin1(tpm::encodingName(encoding));
}

QString OwnerPasswordRecord::srkName() const {
    switch (srk) {
    case Srk::WellKnown:
        return QStringLiteral("well-known");
    case Srk::OwnerPassword:
        return QStringLiteral("own");
    case Srk::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString OwnerPasswordRecord::tpmKey() const {
    return ekFingerprint.isEmpty() ? QStringLiteral("unknown-ek") : ekFingerprint;
}

void StoreCall::finishLater(bool ok, const QString& error) {
    QTimer::singleShot(0, this, [this, ok, error] {
        Q_EMIT finished(ok, error);
        deleteLater();
    });
}

SecretStore::~SecretStore() = default;

} // namespace tpmprov::ui
