#include "WizardContext.h"

#include "stores/KeychainStore.h"
#include "stores/PrintStore.h"
#include "stores/RecoveryFileStore.h"
#include "system/Rebooter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace tpmprov::ui {

WizardContext::WizardContext(TpmBackend* backend, QObject* parent)
    : QObject(parent), m_backend(backend) {
    m_keychain = new KeychainStore(this);
    m_keyring = m_keychain;
    m_file = new RecoveryFileStore(this);
    m_print = new PrintStore(nullptr, this);
    m_rebooter = new LogindRebooter(this);
    confirm = [](QWidget* owner, const QString& title, const QString& text) {
        return QMessageBox::question(owner, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    stopUnit = systemdUnitStopper();
    chooseSaveFile = [](QWidget* owner, const QString& title, const QString& suggested) {
        return QFileDialog::getSaveFileName(owner, title, suggested);
    };
    programPath = QCoreApplication::applicationFilePath();
}

WizardContext::~WizardContext() = default;

void WizardContext::setKeyringStore(SecretStore* store) {
    store->setParent(this);
    m_keyring = store;
}

void WizardContext::setRebooter(Rebooter* rebooter) {
    if (m_rebooter && m_rebooter->parent() == this)
        m_rebooter->deleteLater();
    rebooter->setParent(this);
    m_rebooter = rebooter;
}

void WizardContext::updateStatus(const TpmStatus& s) {
    status = s;
    Q_EMIT statusChanged();
}

int WizardContext::routeFor(const TpmStatus& s) const {
    if (!s.valid || !s.isTpm12())
        return -1;
    // An owned TPM that is turned off is turned on first (no owner password needed); its
    // owner is then dealt with as for any owned TPM.
    for (const char* step : {"physical-presence", "enable", "activate"})
        if (s.blocked(QLatin1String(step)))
            return FirmwarePageId;
    for (const char* step : {"physical-presence", "enable", "activate"})
        if (s.needs(QLatin1String(step)))
            return TurnOnPageId;
    if (s.needs(QStringLiteral("restart")))
        return RestartPageId;
    if (s.isOwned())
        return ownedByUs || ownerVerified ? DonePageId : AlreadyOwnedPageId;
    if (s.blocked(QStringLiteral("take-ownership")))
        return FirmwarePageId;
    if ((!selfTestDone && s.needs(QStringLiteral("self-test"))) ||
        s.needs(QStringLiteral("endorsement-key")))
        return TurnOnPageId;
    return PasswordPageId;
}

} // namespace tpmprov::ui
