#include "pages/RestartPage.h"

#include "system/Autostart.h"
#include "system/Rebooter.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace tpmprov::ui {

RestartPage::RestartPage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("restartPage"));
    setTitle(tr("Restart required"));
    setSubTitle(tr("The TPM reads its new setting only while the computer starts."));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    auto* layout = scrollingLayout(QStringLiteral("restartScroll"), tr("Restart required"));
    m_text = paragraph(layout, {}, QStringLiteral("restartText"));
    m_autostart = paragraph(layout, {}, QStringLiteral("restartAutostart"));
    m_restart = new QPushButton(tr("&Restart now"), this);
    m_restart->setObjectName(QStringLiteral("restartNow"));
    m_restart->setAccessibleName(tr("Restart the computer now"));
    connect(m_restart, &QPushButton::clicked, this, &RestartPage::restartNow);
    layout->addWidget(m_restart, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

// After a PPI request the firmware does the work while the computer starts, and asks first.
QString RestartPage::firmwareRequestText() const {
    const TpmStatus& s = ctx()->status;
    const bool powerOff = s.state.sysfs && s.state.sysfs->ppi.transitionAction == 1;
    if (ctx()->firmwareRequest == WizardContext::kPpiTurnOn)
        return powerOff ? tr("The firmware turns the TPM on the next time the computer starts. "
                             "Please <b>power the computer off</b> and on again; save your work "
                             "first. The firmware asks you to confirm the change: press the "
                             "key it names.")
                        : tr("The firmware turns the TPM on while the computer restarts. Save "
                             "your work first. The firmware asks you to confirm the change: "
                             "press the key it names.");
    if (!ctx()->isTpm2())
        return tr("The firmware clears the TPM while the computer restarts. Save your work "
                  "first. It asks you to confirm the clear: press the key it names. The wizard "
                  "then continues.");
    return powerOff ? tr("The firmware clears the TPM the next time the computer starts. Please "
                         "<b>power the computer off</b> and on again; save your work first. "
                         "The firmware asks before it clears: on most computers press F12 to "
                         "clear the TPM, or Esc to reject.")
                    : tr("The firmware clears the TPM while the computer restarts. Save your "
                         "work first. The firmware asks before it clears: on most computers "
                         "press F12 to clear the TPM, or Esc to reject.");
}

void RestartPage::initializePage() {
    const bool clearing = ctx()->firmwareRequest == WizardContext::kPpiClear ||
                          ctx()->firmwareRequest == WizardContext::kPpiEnableClear;
    setTitle(clearing ? tr("Restart to clear the TPM") : tr("Restart required"));
    if (ctx()->firmwareRequest != 0)
        m_text->setText(firmwareRequestText());
    else if (ctx()->coldBootNeeded)
        m_text->setText(tr("Please <b>power the computer off completely</b> (not just "
                           "restart), wait ten seconds and switch it on again: the TPM clears "
                           "a failed self-test only when it loses power. Save your work "
                           "first."));
    else
        m_text->setText(tr("The TPM is switched on and set to become active. Please restart "
                           "the computer to finish this; save your work first. If the "
                           "firmware asks whether to accept the TPM change during the "
                           "restart, accept it (on some laptops: press F1 or Enter)."));
    m_text->setAccessibleName(m_text->text());
    QString note;
    if (ctx()->autostartEnabled) {
        const QString error = Autostart::install(ctx()->programPath);
        note = error.isEmpty()
                   ? tr("The wizard opens again by itself after you log in and continues "
                        "where it stopped.")
                   : tr("The wizard could not arrange to open again after the restart (%1). "
                        "Start \u201cTPM Provisioner\u201d yourself after logging in.")
                         .arg(error);
    } else {
        note = tr("Start \u201cTPM Provisioner\u201d again after the restart; it continues "
                  "where it stopped.");
    }
    m_autostart->setText(note);
    m_restart->setText(ctx()->coldBootNeeded ? tr("&Power off now") : tr("&Restart now"));
    m_restart->setAccessibleName(ctx()->coldBootNeeded ? tr("Power the computer off now")
                                                       : tr("Restart the computer now"));
    m_restart->setEnabled(true);
    // "Restart now" is the page's primary button (Enter presses it), after QWizard has made
    // its own Close button the default for this last page.
    QTimer::singleShot(0, m_restart, [this] {
        m_restart->setDefault(true);
        m_restart->setFocus();
    });
}

void RestartPage::restartNow() {
    const bool sure = ctx()->confirm(
        this, tr("Restart the computer?"),
        tr("The computer restarts now. Unsaved work in other programs is lost. Continue?"));
    if (!sure)
        return;
    m_restart->setEnabled(false);
    Rebooter* rebooter = ctx()->rebooter();
    auto* guard = new QObject(this);
    connect(rebooter, &Rebooter::rebooted, guard, [this, guard] {
        guard->deleteLater();
        QObject::disconnect(ctx()->rebooter(), nullptr, guard, nullptr);
        ctx()->coldBootNeeded = false;
        ctx()->firmwareRequest = 0;
        Q_EMIT restartedInProcess();
    });
    connect(rebooter, &Rebooter::failed, guard, [this, guard](const QString& error) {
        guard->deleteLater();
        QObject::disconnect(ctx()->rebooter(), nullptr, guard, nullptr);
        m_restart->setEnabled(true);
        ErrorInfo info;
        info.what = tr("Restarting the computer");
        info.message = error;
        showError(info, false);
    });
    rebooter->reboot();
}

} // namespace tpmprov::ui
