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
    show();
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
    const int route = ctx()->routeFor(ctx()->status);
    return route >= 0 && route != FirmwarePageId;
}

int FirmwarePage::nextId() const {
    return ctx()->routeFor(ctx()->status);
}

} // namespace tpmprov::ui
