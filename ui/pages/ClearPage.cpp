#include "pages/ClearPage.h"

#include "model/FirmwareDirections.h"

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
    auto* lost = paragraph(layout,
                           tr("<p>A clear destroys:</p><ul>"
                              "<li>disk-unlock keys sealed to the TPM (encrypted disks then "
                              "need their passphrase or recovery key);</li>"
                              "<li>Heads TOTP/HOTP secrets (Heads must be set up again);</li>"
                              "<li>BitLocker keys kept in the TPM (Windows then asks for the "
                              "recovery key);</li>"
                              "<li>any other key created under the old owner.</li></ul>"),
                           QStringLiteral("clearLosses"));
    lost->setTextFormat(Qt::RichText);
    lost->setAccessibleName(tr("A clear destroys disk-unlock keys sealed to the TPM, Heads "
                               "TOTP/HOTP secrets, BitLocker keys and any other key of the "
                               "old owner."));
    auto* after = paragraph(layout,
                            tr("After the clear, the TPM has no owner and is turned off. Turning "
                               "it on again takes one more restart; the wizard then makes you "
                               "its owner."),
                            QStringLiteral("clearAfter"));
    after->setAccessibleName(after->text());
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
        m_clearNow->setEnabled(on && !m_running && softwareClearPossible());
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

void ClearPage::initializePage() {
    m_confirm->setChecked(false);
    m_running = false;
    m_cleared = false;
    const bool possible = softwareClearPossible();
    m_clearNow->setVisible(possible);
    const FirmwareDirections firmware = firmwareDirections(ctx()->machine);
    m_firmware->setText(possible ? QString()
                                 : tr("The firmware does not let the operating system clear "
                                      "the TPM now. In the firmware setup (%1), choose %2, "
                                      "save and restart. Then start this wizard again.")
                                       .arg(firmware.setupKeys, firmware.clearItem));
}

void ClearPage::clearNow() {
    if (!m_confirm->isChecked() || m_running)
        return;
    const bool sure = ctx()->confirm(this, tr("Clear the TPM?"),
                                     tr("The TPM's owner and all its keys are destroyed now. "
                                        "Continue?"));
    if (!sure)
        return;
    m_running = true;
    m_clearNow->setEnabled(false);
    auto fail = [this](const BackendResult& r, const QString& what) {
        m_running = false;
        m_clearNow->setEnabled(m_confirm->isChecked());
        ErrorInfo info;
        info.what = what;
        info.error = r.error;
        showError(info, false);
    };
    BackendCall* presence = backend()->assertPresence();
    connect(presence, &BackendCall::finished, this, [this, fail](const BackendResult& r) {
        if (!r.ok()) {
            fail(r, tr("Confirming physical presence"));
            return;
        }
        BackendCall* clear = backend()->forceClear();
        connect(clear, &BackendCall::finished, this, [this, fail](const BackendResult& c) {
            if (!c.ok()) {
                fail(c, tr("Clearing the TPM"));
                return;
            }
            m_running = false;
            ctx()->ownedByUs = false;
            ctx()->ownerVerified = false;
            ctx()->selfTestDone = false;
            ctx()->keptRecord.reset();
            ctx()->tpmChanged = true;
            ctx()->cleared = true;
            m_cleared = true;
            Q_EMIT completeChanged();
            // The state for the next page's words; it says "cleared" either way.
            refreshState([this](bool) { wizard()->next(); }, tr("Reading the TPM"));
        });
    });
}

} // namespace tpmprov::ui
