#include "pages/IntroPage.h"

#include "model/Words.h"
#include "widgets/StepList.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tpmprov::ui {

namespace {

void clearForm(QFormLayout* form) {
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QLabel* valueLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

IntroPage::IntroPage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("introPage"));
    setTitle(tr("Your TPM"));
    setSubTitle(tr("This wizard sets up the computer's security chip (TPM 1.2): it turns it "
                   "on, makes you its owner and keeps your owner password safe."));

    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setObjectName(QStringLiteral("introScroll"));
    scroll->setAccessibleName(tr("Your TPM's state and the plan"));
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    m_reading = paragraph(layout, tr("Reading the TPM\u2026"), QStringLiteral("introReading"));

    auto* chipBox = new QGroupBox(tr("The chip"), content);
    m_identity = new QFormLayout(chipBox);
    layout->addWidget(chipBox);

    auto* flagBox = new QGroupBox(tr("Its state"), content);
    m_flags = new QFormLayout(flagBox);
    m_flags->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(flagBox);

    auto* planBox = new QGroupBox(tr("What the wizard will do"), content);
    auto* planLayout = new QVBoxLayout(planBox);
    m_plan = new StepList(planBox);
    m_plan->setObjectName(QStringLiteral("introPlan"));
    m_plan->setAccessibleName(tr("Plan"));
    planLayout->addWidget(m_plan);
    layout->addWidget(planBox);

    auto* needBox = new QGroupBox(tr("What you will need"), content);
    auto* needLayout = new QVBoxLayout(needBox);
    m_needs = new QLabel(needBox);
    m_needs->setObjectName(QStringLiteral("introNeeds"));
    m_needs->setWordWrap(true);
    m_needs->setTextFormat(Qt::RichText);
    needLayout->addWidget(m_needs);
    layout->addWidget(needBox);

    m_reload = new QPushButton(tr("&Read the TPM again"), content);
    m_reload->setObjectName(QStringLiteral("introReload"));
    m_reload->setAccessibleName(tr("Read the TPM again"));
    connect(m_reload, &QPushButton::clicked, this, &IntroPage::reload);
    layout->addWidget(m_reload, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void IntroPage::initializePage() {
    if (ctx()->status.valid)
        show(ctx()->status);
    reload();
}

void IntroPage::reload() {
    if (m_loading)
        return;
    m_loading = true;
    m_reload->setEnabled(false);
    m_reading->setText(tr("Reading the TPM\u2026"));
    m_reading->setVisible(true);
    Q_EMIT completeChanged();
    refreshState(
        [this](bool ok) {
            m_loading = false;
            m_reload->setEnabled(true);
            if (ok)
                show(ctx()->status);
            else
                m_reading->setText(tr("The TPM's state could not be read."));
            Q_EMIT completeChanged();
        },
        tr("Reading the TPM"));
}

void IntroPage::show(const TpmStatus& s) {
    clearForm(m_identity);
    m_identity->addRow(tr("Vendor:"), valueLabel(s.vendor, this));
    m_identity->addRow(tr("TPM version:"), valueLabel(s.family, this));
    m_identity->addRow(tr("Chip version:"), valueLabel(s.chipVersion, this));
    if (!s.ekFingerprint.isEmpty())
        m_identity->addRow(tr("Endorsement key:"), valueLabel(s.ekFingerprint, this));

    clearForm(m_flags);
    for (const auto& [label, value] : words::flagLines(s))
        m_flags->addRow(tr("%1:", "a flag's name in the form").arg(label), valueLabel(value, this));

    m_plan->clear();
    for (const PlanStep& step : s.plan) {
        m_plan->addStep(step.step, words::stepTitle(step.step), words::stepWhat(step.step));
        StepList::State state = StepList::State::Waiting;
        if (step.status == QStringLiteral("done"))
            state = StepList::State::AlreadyDone;
        else if (step.status == QStringLiteral("skipped"))
            state = StepList::State::Skipped;
        else if (step.status == QStringLiteral("blocked"))
            state = StepList::State::Failed;
        m_plan->setState(step.step, state, {}, words::planStatus(step.status));
    }

    QStringList needs;
    if (!s.isTpm12()) {
        m_reading->setText(tr("This wizard sets up TPM 1.2 chips only; this computer's TPM "
                              "is \u201c%1\u201d.")
                               .arg(s.family.isEmpty() ? tr("unknown") : s.family));
        m_reading->setVisible(true);
    } else {
        m_reading->setVisible(false);
    }
    if (s.needs(QStringLiteral("activate")) || s.needs(QStringLiteral("restart")))
        needs << tr("A restart of the computer (the wizard opens again after you log in).");
    if (s.blocked(QStringLiteral("physical-presence")) || s.blocked(QStringLiteral("enable")) ||
        s.blocked(QStringLiteral("activate")) || s.blocked(QStringLiteral("take-ownership")))
        needs << tr("A visit to the firmware setup (the wizard shows what to change).");
    if (s.isOwned())
        needs << tr("The TPM's current owner password, or agreement to clear the TPM.");
    else if (!s.isOwned() && s.isTpm12())
        needs << tr("An owner password: the wizard suggests a strong one and keeps it in your "
                    "keyring.");
    needs << tr("An administrator password when the system asks for it.");
    QString html = QStringLiteral("<ul>");
    for (const QString& n : needs)
        html += QStringLiteral("<li>") + n.toHtmlEscaped() + QStringLiteral("</li>");
    m_needs->setText(html + QStringLiteral("</ul>"));
    m_needs->setAccessibleName(needs.join(QLatin1Char(' ')));
}

bool IntroPage::isComplete() const {
    return !m_loading && ctx()->routeFor(ctx()->status) >= 0;
}

int IntroPage::nextId() const {
    // Until the state is known, Next stays disabled (isComplete) but is not shown as Finish.
    const int route = ctx()->routeFor(ctx()->status);
    return route >= 0 ? route : int(TurnOnPageId);
}

} // namespace tpmprov::ui
