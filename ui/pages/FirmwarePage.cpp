#include "pages/FirmwarePage.h"

#include "model/FirmwareDirections.h"
#include "model/Words.h"

#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace tpmprov::ui {

FirmwarePage::FirmwarePage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("firmwarePage"));
    setTitle(tr("Change a setting in the firmware"));
    setSubTitle(tr("The computer's firmware does not let the operating system change the TPM "
                   "now. This takes a visit to the firmware setup."));
    auto* layout =
        scrollingLayout(QStringLiteral("firmwareScroll"), tr("Change a setting in the firmware"));
    m_why = paragraph(layout, {}, QStringLiteral("firmwareWhy"));
    m_request = paragraph(layout, {}, QStringLiteral("firmwareRequestText"));
    m_requestButton = new QPushButton(tr("Ask the &firmware to turn it on"), this);
    m_requestButton->setObjectName(QStringLiteral("firmwareRequest"));
    m_requestButton->setAccessibleName(tr("Ask the firmware to turn the TPM on at the next "
                                          "start"));
    connect(m_requestButton, &QPushButton::clicked, this, &FirmwarePage::requestTurnOn);
    layout->addWidget(m_requestButton, 0, Qt::AlignLeft);
    m_steps = paragraph(layout, {}, QStringLiteral("firmwareSteps"));
    m_steps->setTextFormat(Qt::RichText);
    auto* again = new QPushButton(tr("&Check again"), this);
    again->setObjectName(QStringLiteral("firmwareCheckAgain"));
    again->setAccessibleName(tr("Read the TPM again"));
    connect(again, &QPushButton::clicked, this, [this] {
        refreshState(
            [this](bool) {
                show();
                Q_EMIT completeChanged();
            },
            tr("Reading the TPM"));
    });
    layout->addWidget(again, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void FirmwarePage::initializePage() {
    m_requested = false;
    show();
}

// Where the firmware takes the request from the operating system (PPI operation 6: enable +
// activate), it can do the change itself at the next start, after asking the person there.
void FirmwarePage::showFirmwareRequest() {
    const bool offered = ctx()->status.ppiOffers(WizardContext::kPpiTurnOn);
    m_requestButton->setVisible(offered);
    m_requestButton->setEnabled(offered && !m_requested);
    m_request->setVisible(offered);
    m_request->setText(offered ? tr("This computer's firmware can make the change itself: "
                                    "the wizard asks it to, and at the next start the firmware "
                                    "asks you to confirm (press the key it names). Or change "
                                    "the setting by hand:")
                               : QString());
    m_request->setAccessibleName(m_request->text());
}

void FirmwarePage::requestTurnOn() {
    if (!ctx()->confirm(this, tr("Ask the firmware?"),
                        tr("The firmware is asked to turn the TPM on and activate it at the next "
                           "start; it asks you to confirm there. Continue?")))
        return;
    m_requestButton->setEnabled(false);
    BackendCall* call = backend()->requestPhysicalPresence(WizardContext::kPpiTurnOn);
    connect(call, &BackendCall::finished, this, [this](const BackendResult& r) {
        if (!r.ok()) {
            m_requestButton->setEnabled(true);
            ErrorInfo info;
            info.what = tr("Asking the firmware to turn the TPM on");
            info.error = r.error;
            showError(info, false);
            return;
        }
        m_requested = true;
        ctx()->firmwareRequest = WizardContext::kPpiTurnOn;
        ctx()->tpmChanged = true;
        Q_EMIT completeChanged();
        if (wizard())
            wizard()->next();
    });
}

void FirmwarePage::show() {
    const TpmStatus& s = ctx()->status;
    // One reason, said once: the first step the firmware blocks.
    QString why = tr("The firmware keeps the operating system from switching the TPM on.");
    for (const PlanStep& step : s.plan)
        if (step.status == QStringLiteral("blocked") && !step.reason.isEmpty() &&
            step.reasonId != QStringLiteral("plan.needs-presence")) {
            why = tr("%1: %2", "step title: why it is blocked")
                      .arg(words::stepTitle(step.step), step.reason);
            break;
        }
    m_why->setText(why);
    announce(m_why);
    showFirmwareRequest();
    const FirmwareDirections d = firmwareDirections(ctx()->machine);
    const QString where =
        d.maker.isEmpty()
            ? tr("Restart the computer and open the firmware setup (%1, right after switching "
                 "on).")
                  .arg(d.setupKeys.toHtmlEscaped())
            : tr("Restart the computer and open the firmware setup: on this %1, press %2 "
                 "right after switching on.")
                  .arg(d.maker.toHtmlEscaped(), d.setupKeys.toHtmlEscaped());
    m_steps->setText(tr("<ol><li>%1</li>"
                        "<li>Go to %2.</li>"
                        "<li>Set the security chip to <b>Active</b> (or <b>Enabled</b>). If "
                        "there is an option to allow the operating system to manage the TPM, "
                        "or to allow owner installation, switch it on.</li>"
                        "<li>Save and exit (often F10). Log in again: the wizard "
                        "continues.</li></ol>")
                         .arg(where, d.tpmMenu));
    m_steps->setAccessibleName(QTextDocumentFragment::fromHtml(m_steps->text()).toPlainText());
}

bool FirmwarePage::isComplete() const {
    if (m_requested)
        return true;
    const int route = ctx()->routeFor(ctx()->status);
    return route >= 0 && route != FirmwarePageId;
}

int FirmwarePage::nextId() const {
    if (m_requested)
        return RestartPageId; // the firmware does it while the computer starts
    return ctx()->routeFor(ctx()->status);
}

} // namespace tpmprov::ui
