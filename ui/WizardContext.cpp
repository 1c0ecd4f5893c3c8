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

OwnerPasswordRecord WizardContext::newRecord(const QString& password) const {
    OwnerPasswordRecord r;
    r.password = password;
    r.ekFingerprint = status.ekFingerprint;
    r.chip = status.chipLine();
    r.tpmVendor = status.vendor;
    r.machineId = machine.machineId;
    r.computer = machine.computerName();
    r.hostName = machine.hostName;
    return r;
}

void WizardContext::findKeptRecord(std::function<void()> then) {
    const QStringList keys =
        KeychainStore::lookupKeys(machine.machineId, status.vendor, status.ekFingerprint);
    m_keychain->lookup(keys,
                       [this, then](bool found, const OwnerPasswordRecord& r, const QString&) {
                           keptRecord.reset();
                           if (found && !r.password.isEmpty())
                               keptRecord = r;
                           if (then)
                               then();
                       });
}

QString WizardContext::stateInWords() const {
    const TpmStatus& s = status;
    if (!s.valid)
        return tr("The TPM's state is not known.");
    if (cleared && !s.isOwned())
        return tr("The TPM was cleared: it has no owner and is turned off. Turning it on "
                  "again takes one more restart.");
    if (s.isOwned())
        return ownedByUs || ownerVerified ? tr("The TPM is on and owned by you.")
                                          : tr("The TPM is on and has an owner.");
    if (s.needs(QStringLiteral("restart")))
        return tr("The TPM is turned on and becomes active after the next restart. It has "
                  "no owner yet.");
    if (s.enabled() && s.activeNow())
        return tr("The TPM is on and active. It has no owner yet.");
    return tr("The TPM is turned off and has no owner.");
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
