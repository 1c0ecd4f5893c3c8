#include "pages/FirmwarePage.h"

#include "model/Words.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tpmprov::ui {

FirmwarePage::FirmwarePage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("firmwarePage"));
    setTitle(tr("Change a setting in the firmware"));
    setSubTitle(tr("The computer's firmware does not let the operating system change the TPM "
                   "now. This takes a visit to the firmware setup."));
    auto* layout = new QVBoxLayout(this);
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
    QStringList reasons;
    for (const PlanStep& step : s.plan)
        if (step.status == QStringLiteral("blocked") &&
            step.reasonId != QStringLiteral("plan.needs-presence"))
            reasons << tr("%1: %2", "step title: why it is blocked")
                           .arg(words::stepTitle(step.step), step.reason);
    m_why->setText(reasons.join(QLatin1Char('\n')));
    m_why->setAccessibleName(m_why->text());
    const bool thinkpad = s.vendor.contains(QStringLiteral("STM")) ||
                          s.vendor.contains(QStringLiteral("ATML")) ||
                          s.vendor.contains(QStringLiteral("IFX"));
    QString menu = thinkpad ? tr("<b>Security \u2192 Security Chip</b> (ThinkPads) or "
                                 "<b>Security \u2192 TPM</b>")
                            : tr("<b>Security \u2192 TPM</b> or <b>Security \u2192 Security "
                                 "Chip</b>");
    m_steps->setText(
        tr("<ol><li>Restart the computer and open the firmware setup (usually F1, F2, F10, "
           "Del or Esc right after switching on).</li>"
           "<li>Go to %1.</li>"
           "<li>Set the security chip to <b>Active</b> (or <b>Enabled</b>). If there is an "
           "option to allow the operating system to manage the TPM, or to allow owner "
           "installation, switch it on.</li>"
           "<li>Save and exit (often F10). Log in again: the wizard continues.</li></ol>")
            .arg(menu));
}

bool FirmwarePage::isComplete() const {
    const int route = ctx()->routeFor(ctx()->status);
    return route >= 0 && route != FirmwarePageId;
}

int FirmwarePage::nextId() const {
    return ctx()->routeFor(ctx()->status);
}

} // namespace tpmprov::ui
