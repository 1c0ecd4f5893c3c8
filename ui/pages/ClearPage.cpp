#include "pages/ClearPage.h"

#include "model/FirmwareDirections.h"
#include "stores/PasswordSecret.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace tpmprov::ui {

ClearPage::ClearPage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("clearPage"));
    setTitle(tr("Clear the TPM"));
    setSubTitle(tr("Clearing removes the owner and destroys every key the TPM holds for the "
                   "old owner. This cannot be undone."));
    auto* layout = scrollingLayout(QStringLiteral("clearScroll"), tr("Clear the TPM"));
    setButtonText(QWizard::NextButton, tr("&Continue"));
    m_losses = paragraph(layout,
                         tr("<p>A clear destroys:</p><ul>"
                            "<li>disk-unlock keys sealed to the TPM (encrypted disks then "
                            "need their passphrase or recovery key);</li>"
                            "<li>Heads TOTP/HOTP secrets (Heads must be set up again);</li>"
                            "<li>BitLocker keys kept in the TPM (Windows then asks for the "
                            "recovery key);</li>"
                            "<li>any other key created under the old owner.</li></ul>"),
                         QStringLiteral("clearLosses"));
    m_losses->setTextFormat(Qt::RichText);
    m_losses->setAccessibleName(tr("A clear destroys disk-unlock keys sealed to the TPM, Heads "
                                   "TOTP/HOTP secrets, BitLocker keys and any other key of the "
                                   "old owner."));
    m_after = paragraph(layout, {}, QStringLiteral("clearAfter"));
    m_confirm = new QCheckBox(tr("I &understand that these keys are destroyed and have the "
                                 "recovery keys I need"),
                              this);
    m_confirm->setObjectName(QStringLiteral("clearConfirm"));
    m_confirm->setAccessibleName(tr("I understand what a clear destroys"));
    layout->addWidget(m_confirm);
    m_clearNow = new QPushButton(tr("C&lear the TPM now"), this);
    m_clearNow->setObjectName(QStringLiteral("clearNow"));
    m_clearNow->setAccessibleName(tr("Clear the TPM now"));
    m_clearNow->setEnabled(false);
    layout->addWidget(m_clearNow, 0, Qt::AlignLeft);
    m_firmware = paragraph(layout, {}, QStringLiteral("clearFirmwareSteps"));
    m_firmware->setTextFormat(Qt::RichText);
    layout->addStretch(1);
    setTabOrder(m_confirm, m_clearNow);
    connect(m_confirm, &QCheckBox::toggled, this, [this](bool on) {
        m_clearNow->setEnabled(on && !m_running &&
                               (ctx()->isTpm2() ? m_byLockout || m_byFirmware
                                                : m_byFirmware || softwareClearPossible()));
    });
    connect(m_clearNow, &QPushButton::clicked, this, &ClearPage::clearNow);
}

bool ClearPage::softwareClearPossible() const {
    const TpmStatus& s = ctx()->status;
    if (s.stclear().disableForceClear)
        return false;
    if (s.stclear().physicalPresence)
        return true;
    return !s.stclear().physicalPresenceLock &&
           (s.permanent().physicalPresenceCMDEnable || !s.permanent().physicalPresenceLifetimeLock);
}

// A TPM 2.0: what a clear destroys there, and its two ways: the lockout password when it
// was checked (and clearing is allowed), else a request to the firmware through its PPI.
void ClearPage::initializeTpm2() {
    const TpmStatus& s = ctx()->status;
    m_losses->setText(tr("<p>A clear destroys, for good:</p><ul>"
                         "<li>the storage key and every key sealed under it: disk-encryption "
                         "keys enrolled with systemd-cryptenroll or clevis (those disks then "
                         "need their passphrase or recovery key);</li>"
                         "<li>BitLocker's TPM protector (Windows then asks for the recovery "
                         "key);</li>"
                         "<li>Heads TOTP/HOTP secrets (Heads must be set up again);</li>"
                         "<li>any other key kept in the TPM, and its owner, endorsement and "
                         "lockout passwords.</li></ul>"));
    m_losses->setAccessibleName(tr("A clear destroys the storage key and every key sealed "
                                   "under it, such as disk-encryption keys, BitLocker's TPM "
                                   "protector, Heads secrets, and the TPM's passwords."));
    // No lockout password set (someone set only the owner or endorsement password): the
    // empty one is the lockout password.
    m_lockoutEmpty = !s.tpm2Permanent().lockoutAuthSet;
    const bool lockoutKnown = m_lockoutEmpty || (ctx()->ownerVerified && ctx()->record.isLockout());
    m_byLockout = lockoutKnown && !s.tpm2Permanent().disableClear;
    m_byFirmware = !m_byLockout && s.ppiOffers(WizardContext::kPpiClear);
    if (m_byLockout && m_lockoutEmpty)
        m_after->setText(tr("The TPM has no lockout password, so the wizard can clear it at "
                            "once and then set it up again; no restart is needed."));
    else if (m_byLockout)
        m_after->setText(tr("The wizard clears the TPM with the lockout password you checked, "
                            "then sets it up again at once; no restart is needed."));
    else if (m_byFirmware)
        m_after->setText(tr("The firmware clears the TPM while the computer starts. It asks "
                            "first: on most computers press F12 to clear it, or Esc to "
                            "reject. The wizard opens again after you log in and sets the TPM "
                            "up."));
    else
        m_after->setText({});
    m_after->setAccessibleName(m_after->text());
    m_clearNow->setText(m_byFirmware ? tr("&Ask the firmware to clear it")
                                     : tr("C&lear the TPM now"));
    m_clearNow->setAccessibleName(m_byFirmware ? tr("Ask the firmware to clear the TPM at the "
                                                    "next start")
                                               : tr("Clear the TPM now"));
    m_clearNow->setVisible(m_byLockout || m_byFirmware);
    const FirmwareDirections firmware = firmwareDirections(ctx()->machine);
    m_firmware->setText(m_byLockout || m_byFirmware
                            ? QString()
                            : tr("Without the lockout password, only the firmware can clear "
                                 "this TPM, and it does not take requests from the operating "
                                 "system. In the firmware setup (%1), choose %2, save and "
                                 "restart. Then start this wizard again.")
                                  .arg(firmware.setupKeys, firmware.clearItem));
}

void ClearPage::initializePage() {
    m_confirm->setChecked(false);
    m_running = false;
    m_cleared = false;
    m_requested = false;
    m_byLockout = m_byFirmware = false;
    if (ctx()->isTpm2()) {
        initializeTpm2();
        return;
    }
    m_firmwareOperation = WizardContext::kPpiClear;
    m_after->setText(tr("After the clear, the TPM has no owner and is turned off. Turning "
                        "it on again takes one more restart; the wizard then makes you "
                        "its owner."));
    m_after->setAccessibleName(m_after->text());
    const bool possible = softwareClearPossible();
    m_clearNow->setText(tr("C&lear the TPM now"));
    m_clearNow->setAccessibleName(tr("Clear the TPM now"));
    m_clearNow->setVisible(possible);
    m_firmware->clear();
    if (!possible)
        offerFirmwareClearTpm12();
}

// A TPM 1.2 whose presence the firmware locked: the firmware's own clear where it takes the
// request (enable + activate + clear first: a plain clear leaves the chip off), else the
// firmware-setup directions.
void ClearPage::offerFirmwareClearTpm12() {
    const TpmStatus& s = ctx()->status;
    if (s.ppiOffers(WizardContext::kPpiEnableClear))
        m_firmwareOperation = WizardContext::kPpiEnableClear;
    m_byFirmware = s.ppiOffers(m_firmwareOperation);
    if (m_byFirmware) {
        m_clearNow->setText(tr("&Ask the firmware to clear it"));
        m_clearNow->setAccessibleName(tr("Ask the firmware to clear the TPM at the next start"));
        m_clearNow->setVisible(true);
        m_after->setText(tr("The firmware clears the TPM while the computer starts, after "
                            "asking you to confirm at its prompt. The wizard opens again after "
                            "you log in and makes you the owner."));
        m_after->setAccessibleName(m_after->text());
        return;
    }
    const FirmwareDirections firmware = firmwareDirections(ctx()->machine);
    m_firmware->setText(tr("The firmware does not let the operating system clear "
                           "the TPM now. In the firmware setup (%1), choose %2, "
                           "save and restart. Then start this wizard again.")
                            .arg(firmware.setupKeys, firmware.clearItem));
}

void ClearPage::clearNow() {
    if (!m_confirm->isChecked() || m_running)
        return;
    const bool sure = ctx()->confirm(
        this, tr("Clear the TPM?"),
        m_byFirmware ? tr("The firmware is asked to clear the TPM at the next start, destroying "
                          "all its keys once you confirm there. Continue?")
                     : tr("The TPM's owner and all its keys are destroyed now. Continue?"));
    if (!sure)
        return;
    m_running = true;
    m_clearNow->setEnabled(false);
    if (m_byFirmware) {
        requestFirmwareClear();
        return;
    }
    if (ctx()->isTpm2()) {
        clearWithLockout();
        return;
    }
    BackendCall* presence = backend()->assertPresence();
    connect(presence, &BackendCall::finished, this, [this](const BackendResult& r) {
        if (!r.ok()) {
            failed(r, tr("Confirming physical presence"));
            return;
        }
        BackendCall* clear = backend()->forceClear();
        connect(clear, &BackendCall::finished, this, [this](const BackendResult& c) {
            if (!c.ok()) {
                failed(c, tr("Clearing the TPM"));
                return;
            }
            finishCleared();
        });
    });
}

void ClearPage::failed(const BackendResult& result, const QString& what) {
    m_running = false;
    m_clearNow->setEnabled(m_confirm->isChecked());
    ErrorInfo info;
    info.what = what;
    info.error = result.error;
    showError(info, false);
}

// Cleared: what this run knew of the old owner is forgotten, the state is read again for the
// next page's words (it says "cleared" either way), and the wizard goes on.
void ClearPage::finishCleared() {
    m_running = false;
    ctx()->ownedByUs = false;
    ctx()->ownerVerified = false;
    ctx()->selfTestDone = false;
    ctx()->keptRecord.reset();
    ctx()->tpmChanged = true;
    ctx()->cleared = true;
    m_cleared = true;
    Q_EMIT completeChanged();
    refreshState(
        [this](bool) {
            if (wizard())
                wizard()->next();
        },
        tr("Reading the TPM"));
}

void ClearPage::clearWithLockout() {
    const tpm::AuthValue lockout =
        m_lockoutEmpty ? tpm::AuthValue{} : authValueFromPassword(ctx()->record.password);
    BackendCall* call = backend()->clearWithLockout(lockout);
    connect(call, &BackendCall::finished, this, [this](const BackendResult& r) {
        if (!r.ok()) {
            failed(r, tr("Clearing the TPM"));
            return;
        }
        finishCleared();
    });
}

// The request waits in the firmware until the next start: the way on is the restart.
void ClearPage::requestFirmwareClear() {
    BackendCall* call = backend()->requestPhysicalPresence(m_firmwareOperation);
    connect(call, &BackendCall::finished, this, [this](const BackendResult& r) {
        if (!r.ok()) {
            failed(r, tr("Asking the firmware to clear the TPM"));
            return;
        }
        m_running = false;
        m_requested = true;
        ctx()->tpmChanged = true;
        ctx()->firmwareRequest = m_firmwareOperation;
        Q_EMIT completeChanged();
        if (wizard())
            wizard()->next();
    });
}

} // namespace tpmprov::ui
