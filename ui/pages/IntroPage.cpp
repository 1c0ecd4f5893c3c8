#include "pages/IntroPage.h"

#include "model/Words.h"
#include "widgets/DisclosureButton.h"
#include "widgets/StepList.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

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
    setSubTitle(tr("This wizard sets up the computer's security chip (TPM): it turns it on "
                   "where needed, makes you its owner and keeps your password safe."));

    auto* layout =
        scrollingLayout(QStringLiteral("introScroll"), tr("Your TPM's state and the plan"));
    QWidget* content = layout->parentWidget();

    m_reading = paragraph(layout, tr("Reading the TPM\u2026"), QStringLiteral("introReading"));
    m_verdict = paragraph(layout, {}, QStringLiteral("introVerdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_verdict->setFont(bold);

    auto* needBox = new QGroupBox(tr("What you will need"), content);
    auto* needLayout = new QVBoxLayout(needBox);
    m_needs = new QLabel(needBox);
    m_needs->setObjectName(QStringLiteral("introNeeds"));
    m_needs->setWordWrap(true);
    m_needs->setTextFormat(Qt::RichText);
    needLayout->addWidget(m_needs);
    layout->addWidget(needBox);

    m_ready = paragraph(layout, {}, QStringLiteral("introReady"));

    auto* planBox = new QGroupBox(tr("What the wizard will do"), content);
    auto* planLayout = new QVBoxLayout(planBox);
    m_plan = new StepList(planBox);
    m_plan->setObjectName(QStringLiteral("introPlan"));
    m_plan->setAccessibleName(tr("Plan"));
    planLayout->addWidget(m_plan);
    layout->addWidget(planBox);

    buildDetails(layout, content);

    m_reload = new QPushButton(tr("&Read the TPM again"), content);
    m_reload->setObjectName(QStringLiteral("introReload"));
    m_reload->setAccessibleName(tr("Read the TPM again"));
    connect(m_reload, &QPushButton::clicked, this, &IntroPage::reload);
    layout->addWidget(m_reload, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

// The chip's identity and its flags: for the curious and for bug reports, folded away.
void IntroPage::buildDetails(QVBoxLayout* layout, QWidget* content) {
    m_details = new QWidget(content);
    m_details->setObjectName(QStringLiteral("introDetails"));
    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* chipBox = new QGroupBox(tr("The chip"), m_details);
    m_identity = new QFormLayout(chipBox);
    detailsLayout->addWidget(chipBox);
    auto* flagBox = new QGroupBox(tr("Its state"), m_details);
    m_flags = new QFormLayout(flagBox);
    m_flags->setRowWrapPolicy(QFormLayout::WrapLongRows);
    detailsLayout->addWidget(flagBox);
    m_detailsToggle = new DisclosureButton(tr("&Details"), tr("Show the chip's details"),
                                           tr("Hide the chip's details"), m_details, content);
    m_detailsToggle->setObjectName(QStringLiteral("introDetailsToggle"));
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
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
            if (ok) {
                show(ctx()->status);
            } else {
                m_reading->setText(tr("The TPM's state could not be read."));
                announce(m_reading);
            }
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
    m_reading->setVisible(false);
    showVerdict(s);
    passOnWhenNothingToDecide(s);
    if (s.isOwned() && !ctx()->ownedByUs && !ctx()->ownerVerified) {
        // An owned TPM: the keyring may hold the password an earlier run kept.
        const int lookup = ++m_lookups;
        ctx()->findKeptRecord([this, lookup] {
            if (lookup == m_lookups)
                showVerdict(ctx()->status);
        });
    }
}

void IntroPage::passOnWhenNothingToDecide(const TpmStatus& s) {
    const bool onlyPreparation =
        ctx()->routeFor(s) == TurnOnPageId && !s.needs(QStringLiteral("physical-presence")) &&
        !s.needs(QStringLiteral("enable")) && !s.needs(QStringLiteral("activate"));
    if (!ctx()->resumed || !onlyPreparation)
        return;
    // Next stays off (isComplete) so nobody presses it twice; queued: the wizard finishes
    // showing this page first.
    m_passingOn = true;
    Q_EMIT completeChanged();
    QTimer::singleShot(0, this, [this] {
        m_passingOn = false;
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

// The verdict, what the user will need and what Next starts: all from the page the state
// routes to, so the first lines and the plan never disagree.
void IntroPage::showVerdict(const TpmStatus& s) {
    if (s.isTpm2()) {
        showTpm2Verdict(s);
        return;
    }
    const int route = ctx()->routeFor(s);
    const bool turnOn = route == TurnOnPageId &&
                        (s.needs(QStringLiteral("physical-presence")) ||
                         s.needs(QStringLiteral("enable")) || s.needs(QStringLiteral("activate")));
    const bool kept = ctx()->keptRecord.has_value();
    QString verdict;
    QString ready;
    if (s.state.family == tpm::TpmFamily::Tpm20)
        verdict = s.state.awaitingStartup
                      ? tr("Your TPM 2.0 has not been started since it was reset (the firmware "
                           "normally does that at every boot), so it cannot be read. Restart "
                           "the computer, then open this wizard again.")
                      : tr("Your TPM 2.0 did not report its state; read it again, or restart "
                           "the computer.");
    else if (!s.isTpm12())
        verdict = tr("This wizard sets up TPM 1.2 and TPM 2.0 chips; this computer's TPM is "
                     "\u201c%1\u201d.")
                      .arg(s.family.isEmpty() ? tr("unknown") : s.family);
    else if (route == FirmwarePageId)
        verdict = tr("Your TPM needs a change in the firmware setup: the wizard cannot turn "
                     "it on from here. The next page shows what to change.");
    else if (turnOn) {
        verdict = tr("Your TPM is turned off. The wizard can turn it on and make you its owner.");
        ready = tr("Ready to turn on the TPM: \u201cTurn on the TPM\u201d confirms that you "
                   "are at the computer, switches the TPM on and activates it. Nothing is "
                   "deleted; the firmware setup can switch it off again.");
    } else if (route == TurnOnPageId)
        verdict = tr("Your TPM is on. The wizard tests it and prepares it for an owner.");
    else if (route == RestartPageId)
        verdict = tr("Your TPM is on and becomes active after a restart.");
    else if (route == PasswordPageId)
        verdict = tr("Your TPM is on and has no owner yet. The wizard can make you its owner.");
    else if (route == AlreadyOwnedPageId)
        verdict = kept ? tr("Owned by you \u2014 the owner password is in your keyring.")
                       : tr("Your TPM already has an owner.");
    else if (route == DonePageId)
        verdict = tr("Your TPM is set up and owned by you.");
    m_verdict->setText(verdict);
    m_verdict->setAccessibleName(verdict);
    m_ready->setText(ready);
    m_ready->setVisible(!ready.isEmpty());
    if (wizard())
        setButtonText(QWizard::NextButton,
                      turnOn ? tr("&Turn on the TPM") : wizard()->buttonText(QWizard::NextButton));
    announce(m_verdict);

    QStringList needs;
    if (s.needs(QStringLiteral("activate")) || s.needs(QStringLiteral("restart")))
        needs << tr("A restart of the computer (the wizard opens again after you log in).");
    if (route == FirmwarePageId)
        needs << tr("A visit to the firmware setup (the wizard shows what to change).");
    if (route == AlreadyOwnedPageId && !kept)
        needs << tr("The TPM's current owner password, or agreement to clear the TPM.");
    else if (s.isTpm12() && !s.isOwned())
        needs << tr("An owner password: the wizard suggests a strong one and keeps it in your "
                    "keyring.");
    if (route != DonePageId && s.isTpm12())
        needs << tr("An administrator password when the system asks for it.");
    showNeeds(needs);
}

namespace {

// The firmware's answer to the last PPI request, after the restart it needed.
QString ppiAnswerWords(const TpmStatus& s) {
    if (!s.state.sysfs || !s.state.sysfs->ppi.response)
        return {};
    const tpm::PpiResponse& r = *s.state.sysfs->ppi.response;
    using Outcome = tpm::PpiResponse::Outcome;
    switch (r.outcome) {
    case Outcome::Success:
        return r.request == 5 || r.request == 14 || r.request == 21 || r.request == 22
                   ? IntroPage::tr("The firmware cleared the TPM at the last start, as you "
                                   "asked.")
                   : IntroPage::tr("The firmware carried out the last request.");
    case Outcome::UserAbort:
        return IntroPage::tr("You rejected the request in the firmware at the last start; "
                             "nothing changed.");
    case Outcome::FirmwareFailure:
    case Outcome::TpmError:
    case Outcome::Error:
        return IntroPage::tr("The firmware could not carry out the last request (its answer: "
                             "0x%1); nothing changed.")
            .arg(r.result, 0, 16);
    case Outcome::NoRecentRequest:
        break;
    }
    return {};
}

} // namespace

// A TPM 2.0: nothing to turn on; set up by the default policy, or someone else's.
void IntroPage::showTpm2Verdict(const TpmStatus& s) {
    const int route = ctx()->routeFor(s);
    const bool kept = ctx()->keptRecord.has_value();
    QString verdict;
    if (route == PasswordPageId)
        verdict = tr("Your TPM 2.0 is ready to be set up. The wizard creates the shared "
                     "storage key and sets a lockout password; other programs such as disk "
                     "encryption keep working.");
    else if (route == AlreadyOwnedPageId)
        verdict = kept ? tr("Set up by you \u2014 the lockout password is in your keyring.")
                       : tr("Your TPM 2.0 already has passwords that this wizard did not set "
                            "(Windows, a previous owner or the firmware set them).");
    else
        verdict = tr("Your TPM 2.0 is set up, and you have its lockout password.");
    if (const QString answer = ppiAnswerWords(s); !answer.isEmpty())
        verdict = answer + QLatin1Char(' ') + verdict;
    m_verdict->setText(verdict);
    m_verdict->setAccessibleName(verdict);
    m_ready->setVisible(false);
    announce(m_verdict);

    QStringList needs;
    if (route == PasswordPageId)
        needs << tr("A lockout password: the wizard suggests a strong one and keeps it in your "
                    "keyring.");
    if (route == AlreadyOwnedPageId && !kept)
        needs << tr("The lockout password that was set, or agreement to clear the TPM.");
    if (route != DonePageId)
        needs << tr("An administrator password when the system asks for it.");
    showNeeds(needs);
}

void IntroPage::showNeeds(QStringList needs) {
    if (needs.isEmpty())
        needs << tr("Nothing more.");
    QString html = QStringLiteral("<ul>");
    for (const QString& n : needs)
        html += QStringLiteral("<li>") + n.toHtmlEscaped() + QStringLiteral("</li>");
    m_needs->setText(html + QStringLiteral("</ul>"));
    m_needs->setAccessibleName(needs.join(QLatin1Char(' ')));
}

bool IntroPage::isComplete() const {
    return !m_loading && !m_passingOn && ctx()->routeFor(ctx()->status) >= 0;
}

int IntroPage::nextId() const {
    // Until the state is known, Next stays disabled (isComplete) but is not shown as Finish.
    const int route = ctx()->routeFor(ctx()->status);
    return route >= 0 ? route : int(TurnOnPageId);
}

} // namespace tpmprov::ui
