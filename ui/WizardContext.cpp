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
    if (status.isTpm2())
        r.kind = OwnerPasswordRecord::Kind::Tpm2Lockout;
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
    if (s.isTpm2())
        return tpm2StateInWords();
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

QString WizardContext::tpm2StateInWords() const {
    const TpmStatus& s = status;
    if (s.tpm2HasPasswords())
        return ownedByUs || ownerVerified
                   ? tr("The TPM is set up, and you have its lockout password.")
                   : tr("The TPM has passwords that this wizard did not set.");
    if (cleared)
        return tr("The TPM was cleared: it has no passwords and no storage key. Other programs "
                  "can use it again once it is set up.");
    return tr("The TPM is not set up yet: it has no lockout password.");
}

// A TPM 2.0: someone else's (any password set, not by this run and not checked) goes to
// "already set up"; anything left to do to the password page; otherwise done.
int WizardContext::routeTpm2(const TpmStatus& s) const {
    const bool ours = ownedByUs || ownerVerified;
    if (s.plan.isEmpty())
        return -1; // not read far enough to plan
    if (s.tpm2HasPasswords() && !ours)
        return AlreadyOwnedPageId;
    for (const PlanStep& step : s.plan)
        if (step.status == QStringLiteral("needed") || step.status == QStringLiteral("blocked"))
            return ours ? int(DonePageId) : int(PasswordPageId);
    return DonePageId;
}

int WizardContext::routeFor(const TpmStatus& s) const {
    if (s.valid && s.isTpm2())
        return routeTpm2(s);
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
