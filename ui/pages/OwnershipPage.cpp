#include "pages/OwnershipPage.h"

#include "model/Words.h"
#include "stores/PasswordSecret.h"
#include "stores/RecoveryFileStore.h"
#include "widgets/StepList.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

namespace tpmprov::ui {

OwnershipPage::OwnershipPage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("ownershipPage"));
    // After ownership there is no way back: the pages before it would run again.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    setTitle(tr("Taking ownership"));
    setSubTitle(tr("The TPM now creates its storage root key. This can take a few minutes; "
                   "the window stays usable."));
    auto* layout = scrollingLayout(QStringLiteral("ownershipScroll"), tr("Taking ownership"));
    m_steps = new StepList(this);
    m_steps->setObjectName(QStringLiteral("ownershipSteps"));
    m_steps->setAccessibleName(tr("Steps to take ownership"));
    layout->addWidget(m_steps);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("ownershipProgress"));
    m_progress->setAccessibleName(tr("Progress of taking ownership"));
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_elapsed = paragraph(layout, {}, QStringLiteral("ownershipElapsed"));
    m_message = paragraph(layout, {}, QStringLiteral("ownershipMessage"));
    m_notes = paragraph(layout, {}, QStringLiteral("ownershipNotes"));
    layout->addStretch(1);
    m_ticker.setInterval(500);
    connect(&m_ticker, &QTimer::timeout, this, &OwnershipPage::tick);
    connect(backend(), &TpmBackend::jobProgress, this, &OwnershipPage::onProgress);
}

// The TPM 2.0 plan's steps that are left, in its order, as the job will run them.
void OwnershipPage::addTpm2Steps() {
    for (const PlanStep& step : ctx()->status.plan)
        if (step.status == QStringLiteral("needed") ||
            step.step == QStringLiteral("check-provisioning")) {
            m_steps->addStep(step.step, words::stepTitle(step.step), words::stepWhat(step.step));
            m_tpm2Steps << step.step;
        }
}

void OwnershipPage::initializePage() {
    const bool tpm2 = ctx()->isTpm2();
    setTitle(tpm2 ? tr("Setting up the TPM") : tr("Taking ownership"));
    setSubTitle(tpm2 ? tr("The TPM now creates its storage key and takes the lockout password. "
                          "This takes a few seconds.")
                     : tr("The TPM now creates its storage root key. This can take a few "
                          "minutes; the window stays usable."));
    m_tpm2Steps.clear();
    m_steps->clear();
    const auto& stores = ctx()->chosenStores;
    for (int i = 0; i < stores.size(); ++i)
        if (stores.at(i))
            m_steps->addStep(QStringLiteral("store-%1").arg(i),
                             tr("Keep the password in %1").arg(stores.at(i)->location()),
                             tr("Saved, then read back and compared."));
    if (tpm2) {
        addTpm2Steps();
    } else {
        m_steps->addStep(QStringLiteral("take-ownership"),
                         words::stepTitle(QStringLiteral("take-ownership")),
                         words::stepWhat(QStringLiteral("take-ownership")));
        m_steps->addStep(QStringLiteral("verify"), words::stepTitle(QStringLiteral("verify")),
                         words::stepWhat(QStringLiteral("verify")));
    }
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_elapsed->clear();
    m_message->clear();
    m_notes->clear();
    m_done = false;
    m_sent = false;
    m_next = DonePageId;
    setRunning(true);
    ctx()->keptAt.clear();
    Q_EMIT completeChanged();
    storeNext(0);
}

void OwnershipPage::setRunning(bool running) {
    m_running = running;
    setBusy(running);
}

void OwnershipPage::cleanupPage() {
    m_ticker.stop();
    setRunning(false);
}

void OwnershipPage::storeNext(int index) {
    const auto& stores = ctx()->chosenStores;
    if (index >= stores.size()) {
        takeOwnership();
        return;
    }
    SecretStore* store = stores.at(index);
    if (!store) {
        storeNext(index + 1);
        return;
    }
    const QString id = QStringLiteral("store-%1").arg(index);
    m_steps->setState(id, StepList::State::Running);
    StoreCall* call = store->storeAndVerify(ctx()->record);
    connect(
        call, &StoreCall::finished, this, [this, index, id, store](bool ok, const QString& error) {
            if (ok) {
                m_steps->setState(id, StepList::State::Done);
                ctx()->keptAt << store->location();
                storeNext(index + 1);
                return;
            }
            m_steps->setState(id, StepList::State::Failed, error);
            m_steps->setState(firstTpmStep(), StepList::State::Skipped,
                              tr("Not sent: the password is not safely kept yet."), tr("Not sent"));
            setRunning(false);
            m_message->setText(tr("Nothing was sent to the TPM. Go back to choose another place "
                                  "for the password, or fix the problem and try again."));
            ErrorInfo info;
            info.what = tr("Keeping the owner password");
            info.message = error;
            info.tried << tr("Nothing was sent to the TPM: it stays without an owner.");
            if (store == ctx()->keyringStore()) {
                // The keyring's own text is D-Bus jargon: plain words, and a way on.
                info.message = tr("The desktop keyring could not keep the password.");
                info.detail = tr("No keyring (such as GNOME Keyring or KWallet) is running, or "
                                 "it did not accept the password.");
                info.nextAction = tr("Save the password to a file instead (only you can read "
                                     "it), or start your keyring and press Retry.");
                info.technical = error;
                info.offerSaveToFile = true;
            }
            showError(info, true, [this, index](ErrorDialog::Action action) {
                if (action == ErrorDialog::RetryAction) {
                    setRunning(true);
                    storeNext(index);
                } else if (action == ErrorDialog::SaveToFileAction) {
                    useFileInstead(index);
                }
            });
        });
}

void OwnershipPage::useFileInstead(int index) {
    RecoveryFileStore* file = ctx()->recoveryFile();
    auto& stores = ctx()->chosenStores;
    if (!stores.contains(file)) {
        const QString path = ctx()->chooseSaveFile(
            this, tr("Save the owner password to a file"),
            RecoveryFileStore::suggestedPath(ctx()->machine.hostName, ctx()->isTpm2()));
        if (path.isEmpty())
            return; // the page still says nothing was sent; Back leads to other choices
        file->setPath(path);
        stores[index] = file;
    } else {
        stores.removeAt(index);
    }
    // The steps list names the stores: build it again for the new choice.
    initializePage();
}

QString OwnershipPage::firstTpmStep() const {
    return m_tpm2Steps.isEmpty() ? QStringLiteral("take-ownership") : m_tpm2Steps.first();
}

void OwnershipPage::startJob(BackendCall* call) {
    m_steps->setState(firstTpmStep(), StepList::State::Running);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_step.clear();
    m_stepBase = 0;
    m_expected = 0;
    m_clock.start();
    m_stepClock.start();
    m_sent = true;
    ctx()->tpmChanged = true;
    setRunning(true); // Back and Cancel stay disabled until the job has ended
    m_ticker.start();
    tick();
    runJob(call, [this](const BackendResult& started, const JobOutcome& outcome) {
        finishJob(started, outcome);
    });
}

void OwnershipPage::takeOwnership() {
    const OwnerPasswordRecord& record = ctx()->record;
    if (record.isLockout()) {
        // Stored and read back above: the lockout password may go to the TPM.
        startJob(backend()->provisionTpm2(authValueFromPassword(record.password), true));
        return;
    }
    auto owner = secretFromPassword(record.password, record.encoding);
    if (!owner) {
        ErrorInfo info;
        info.what = words::stepTitle(QStringLiteral("take-ownership"));
        info.message = tr("The password could not be turned into an owner secret.");
        showError(info, false);
        setRunning(false);
        return;
    }
    const tpm::Secret srk =
        record.srk == OwnerPasswordRecord::Srk::WellKnown ? tpm::Secret::wellKnown() : *owner;
    startJob(backend()->provision(*owner, srk, true));
}

void OwnershipPage::onProgress(const QString& job, const QString& step, const QString& message,
                               double elapsed, double expected) {
    Q_UNUSED(job) // one job at a time: the helper refuses a second one
    if (!m_running || !m_sent)
        return;
    if (step != m_step) {
        m_step = step;
        m_expected = 0;
        m_elapsed->clear();
    }
    if (expected > 0)
        m_expected = expected;
    // The helper counts from the step's start; between its signals the wizard counts on.
    m_stepBase = qMax(0.0, elapsed);
    m_stepClock.start();
    if (m_tpm2Steps.contains(step)) {
        // The 2.0 plan runs in order: the steps before this one are done.
        for (const QString& earlier : m_tpm2Steps) {
            if (earlier == step)
                break;
            m_steps->setState(earlier, StepList::State::Done);
        }
        m_steps->setState(step, StepList::State::Running);
    }
    if (step == QStringLiteral("take-ownership"))
        m_steps->setState(QStringLiteral("take-ownership"), StepList::State::Running);
    if (step == QStringLiteral("verify")) {
        m_steps->setState(QStringLiteral("take-ownership"), StepList::State::Done);
        m_steps->setState(QStringLiteral("verify"), StepList::State::Running);
    }
    if (!message.isEmpty()) {
        m_message->setText(message);
        announce(m_message);
    }
    tick();
}

QString OwnershipPage::clock(double seconds) {
    const int s = static_cast<int>(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void OwnershipPage::tick() {
    if (m_step.isEmpty()) {
        // Sent, no progress from the helper yet.
        m_progress->setRange(0, 0);
        m_elapsed->setText(
            tr("Elapsed %1.").arg(clock(static_cast<double>(m_clock.elapsed()) / 1000.0)));
        return;
    }
    const double elapsed = m_stepBase + static_cast<double>(m_stepClock.elapsed()) / 1000.0;
    const QString title = words::stepTitle(m_step);
    // The TPM reports the longest a kind of command may take, not how long it will: no
    // countdown and no percentage, only the time so far and that limit in words.
    m_progress->setRange(0, 0);
    QString text = tr("%1: running for %2.").arg(title, clock(elapsed));
    if (m_expected > 0)
        text = tr("%1 The TPM allows itself %2 for this kind of step; most chips need much "
                  "less.")
                   .arg(text, durationWords(m_expected));
    m_elapsed->setText(text);
}

QString OwnershipPage::durationWords(double seconds) {
    if (seconds <= 5)
        return tr("a few seconds");
    if (seconds <= 60)
        return tr("up to a minute");
    const int minutes = static_cast<int>(seconds / 60.0 + 0.5);
    return tr("up to %n minute(s)", nullptr, minutes);
}

void OwnershipPage::finishJob(const BackendResult& started, const JobOutcome& outcome) {
    m_ticker.stop();
    m_elapsed->clear(); // the step has ended: no timer line stays behind
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    const JobReport report = JobReport::fromJson(outcome.json);
    ctx()->lastJob = report;
    QStringList notes = report.notes;
    if (!notes.isEmpty())
        m_notes->setText(tr("On the way: %1").arg(notes.join(QLatin1Char(' '))));
    if (report.finalStatus.valid)
        ctx()->updateStatus(report.finalStatus);
    if (started.ok() && outcome.outcome == QStringLiteral("owned-and-verified")) {
        ctx()->ownedByUs = true;
        ctx()->ownerVerified = true;
        m_steps->setState(QStringLiteral("take-ownership"), StepList::State::Done);
        m_steps->setState(QStringLiteral("verify"), StepList::State::Done);
        for (const QString& step : m_tpm2Steps)
            m_steps->setState(step, StepList::State::Done);
        m_message->setText(ctx()->isTpm2() ? tr("The TPM is set up and your lockout password "
                                                "works.")
                                           : words::outcome(outcome.outcome));
        announce(m_message);
        m_next = DonePageId;
        m_done = true;
        Q_EMIT completeChanged();
        return;
    }
    if (started.ok() && (outcome.outcome == QStringLiteral("restart-required") ||
                         outcome.outcome == QStringLiteral("already-owned"))) {
        m_message->setText(words::outcome(outcome.outcome));
        m_next = outcome.outcome == QStringLiteral("restart-required") ? int(RestartPageId)
                                                                       : int(AlreadyOwnedPageId);
        m_done = true;
        Q_EMIT completeChanged();
        return;
    }
    const QString failedStep = m_tpm2Steps.contains(m_step) ? m_step : firstTpmStep();
    m_steps->setState(failedStep, StepList::State::Failed);
    ErrorInfo info;
    info.what = words::stepTitle(failedStep);
    info.error = started.error;
    info.job = report;
    showError(info, true, [this](ErrorDialog::Action action) {
        if (action == ErrorDialog::CloseAction)
            return;
        // Read the TPM first: after a lost answer it may be ours already.
        refreshState(
            [this](bool ok) {
                if (!ok)
                    return;
                if (ctx()->status.isOwned() ||
                    (ctx()->isTpm2() && ctx()->status.tpm2HasPasswords())) {
                    m_next = AlreadyOwnedPageId;
                    m_done = true;
                    m_message->setText(tr("The TPM now has an owner. Check your password on "
                                          "the next page."));
                    Q_EMIT completeChanged();
                    return;
                }
                setRunning(true);
                takeOwnership();
            },
            tr("Reading the TPM"));
    });
}

} // namespace tpmprov::ui
