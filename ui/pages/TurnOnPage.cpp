#include "pages/TurnOnPage.h"

#include "model/Words.h"
#include "widgets/StepList.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace tpmprov::ui {

TurnOnPage::TurnOnPage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("turnOnPage"));
    setTitle(tr("Turn on the TPM"));
    setSubTitle(tr("The wizard now switches the TPM on, step by step. Your administrator "
                   "password may be asked for."));
    auto* layout = scrollingLayout(QStringLiteral("turnOnScroll"), tr("Turn on the TPM"));
    m_steps = new StepList(this);
    m_steps->setObjectName(QStringLiteral("turnOnSteps"));
    m_steps->setAccessibleName(tr("Steps to turn the TPM on"));
    layout->addWidget(m_steps);
    m_summary = paragraph(layout, {}, QStringLiteral("turnOnSummary"));
    layout->addStretch(1);
}

void TurnOnPage::initializePage() {
    m_order = {QStringLiteral("startup"),   QStringLiteral("physical-presence"),
               QStringLiteral("enable"),    QStringLiteral("activate"),
               QStringLiteral("self-test"), QStringLiteral("endorsement-key")};
    m_steps->clear();
    for (const QString& step : m_order)
        m_steps->addStep(step, words::stepTitle(step), words::stepWhat(step));
    m_summary->clear();
    m_finished = false;
    m_next = -1;
    runFrom(0);
}

void TurnOnPage::setRunning(bool running) {
    m_running = running;
    setBusy(running); // Back stays disabled while a step runs
}

void TurnOnPage::runFrom(int index) {
    setRunning(true);
    if (index >= m_order.size()) {
        finish();
        return;
    }
    const QString step = m_order.at(index);
    // After activation, the rest waits for the restart.
    if ((step == QStringLiteral("self-test") || step == QStringLiteral("endorsement-key")) &&
        ctx()->status.needs(QStringLiteral("restart"))) {
        for (int i = index; i < m_order.size(); ++i)
            m_steps->setState(m_order.at(i), StepList::State::Later);
        finish();
        return;
    }
    runStep(step, [this, index](bool ok) {
        if (ok)
            runFrom(index + 1);
        else
            setRunning(false);
    });
}

void TurnOnPage::runStep(const QString& step, std::function<void(bool)> done) {
    const TpmStatus& s = ctx()->status;
    const bool tpmCommandStep = step == QStringLiteral("physical-presence") ||
                                step == QStringLiteral("enable") ||
                                step == QStringLiteral("activate");
    if (tpmCommandStep && !s.needs(step)) {
        m_steps->setState(step, StepList::State::AlreadyDone);
        done(true);
        return;
    }
    if (step == QStringLiteral("endorsement-key") && !s.needs(step)) {
        m_steps->setState(step, StepList::State::AlreadyDone);
        done(true);
        return;
    }
    if (step == QStringLiteral("self-test") && ctx()->selfTestDone) {
        m_steps->setState(step, StepList::State::AlreadyDone);
        done(true);
        return;
    }
    m_steps->setState(step, StepList::State::Running);
    if (step == QStringLiteral("startup"))
        callStep(step, backend()->startup(), done);
    else if (step == QStringLiteral("physical-presence"))
        callStep(step, backend()->assertPresence(), done);
    else if (step == QStringLiteral("enable"))
        callStep(step, backend()->enable(), done);
    else if (step == QStringLiteral("activate"))
        callStep(step, backend()->activate(), done);
    else if (step == QStringLiteral("self-test"))
        jobStep(step, backend()->selfTest(), done);
    else
        jobStep(step, backend()->createEndorsementKey(), done);
}

void TurnOnPage::callStep(const QString& step, BackendCall* call, std::function<void(bool)> done) {
    connect(call, &BackendCall::finished, this, [this, step, done](const BackendResult& r) {
        if (!r.ok()) {
            ErrorInfo info;
            info.what = words::stepTitle(step);
            info.error = r.error;
            failStep(step, info, done);
            return;
        }
        QString detail;
        if (step == QStringLiteral("startup")) {
            const JobReport report = JobReport::fromJson(r.json);
            detail = report.outcome.contains(QStringLiteral("already"))
                         ? tr("The TPM was already started.")
                         : tr("The TPM had been reset and is now started.");
        }
        m_steps->setState(step, StepList::State::Done, detail);
        if (step != QStringLiteral("startup"))
            ctx()->tpmChanged = true;
        // Every step changes what the TPM reports: read it again before the next one.
        refreshState([done](bool ok) { done(ok); }, tr("Reading the TPM"));
    });
}

void TurnOnPage::jobStep(const QString& step, BackendCall* call, std::function<void(bool)> done) {
    runJob(call, [this, step, done](const BackendResult& started, const JobOutcome& outcome) {
        if (!started.ok() || !outcome.succeeded) {
            ErrorInfo info;
            info.what = words::stepTitle(step);
            info.error = started.error;
            if (started.ok())
                info.job = JobReport::fromJson(outcome.json);
            if (step == QStringLiteral("self-test") && started.ok())
                ctx()->coldBootNeeded = true; // a failed self-test clears only at power-off
            failStep(step, info, done);
            return;
        }
        if (step == QStringLiteral("self-test"))
            ctx()->selfTestDone = true;
        else
            ctx()->tpmChanged = true; // the endorsement key
        m_steps->setState(step, StepList::State::Done);
        refreshState([done](bool ok) { done(ok); }, tr("Reading the TPM"));
    });
}

void TurnOnPage::failStep(const QString& step, const ErrorInfo& info,
                          std::function<void(bool)> done) {
    m_steps->setState(step, StepList::State::Failed, info.explanation().meaning);
    showError(info, true, [this, step, done](ErrorDialog::Action action) {
        if (action == ErrorDialog::RetryAction) {
            refreshState(
                [this, step, done](bool ok) {
                    if (ok)
                        runStep(step, done);
                    else
                        done(false);
                },
                tr("Reading the TPM"));
        } else if (action == ErrorDialog::StartupAction) {
            m_steps->setState(QStringLiteral("startup"), StepList::State::Running);
            callStep(QStringLiteral("startup"), backend()->startup(), [this, step, done](bool ok) {
                if (ok)
                    runStep(step, done);
                else
                    done(false);
            });
        } else {
            done(false);
        }
    });
}

void TurnOnPage::finish() {
    setRunning(false);
    m_finished = true;
    m_next = ctx()->status.needs(QStringLiteral("restart")) ? int(RestartPageId)
                                                            : ctx()->routeFor(ctx()->status);
    if (m_next == TurnOnPageId) // nothing left that this page can do
        m_next = PasswordPageId;
    m_summary->setText(m_next == RestartPageId
                           ? tr("The TPM is on. It becomes active after a restart.")
                           : tr("The TPM is on and active."));
    announce(m_summary);
    // After a restart this page only prepared the TPM: on to the first real decision.
    m_passingOn = ctx()->resumed && m_next == PasswordPageId;
    Q_EMIT completeChanged();
    if (m_passingOn)
        QTimer::singleShot(0, this, [this] {
            m_passingOn = false;
            ctx()->resumed = false;
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        });
}

bool TurnOnPage::isComplete() const {
    return m_finished && !m_running && !m_passingOn;
}

int TurnOnPage::nextId() const {
    return m_next >= 0 ? m_next : int(RestartPageId);
}

} // namespace tpmprov::ui
