#pragma once
// "Taking ownership": keeps the password in every chosen place and reads it back, then (only
// then) sends TakeOwnership as a helper job, with each running step's elapsed time (from the
// helper's JobProgress) against the TPM's expected duration for it, and says in words what happened
// on the way (e.g. a retry after a TPM reset). objectNames: ownershipPage, ownershipSteps,
// ownershipProgress, ownershipElapsed, ownershipMessage, ownershipNotes.

#include "pages/PageBase.h"

#include <QElapsedTimer>
#include <QTimer>

class QLabel;
class QProgressBar;

namespace tpmprov::ui {

class StepList;

class OwnershipPage : public PageBase {
    Q_OBJECT
public:
    explicit OwnershipPage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override { return m_done; }
    int nextId() const override { return m_next; }
    bool isRunning() const { return m_running; }
    // Once TakeOwnership is sent, leaving would abandon it: Cancel is disabled until it ends.
    bool blocksCancel() const override { return m_running && m_sent; }
    // Once the TPM is owned, the pages before would only run again: no way back.
    bool blocksBack() const override { return isBusy() || (m_sent && m_done); }
    // True once TakeOwnership was sent (tests: never when storing failed).
    bool ownershipSent() const { return m_sent; }

private:
    void setRunning(bool running);
    void storeNext(int index);
    // "Save to a file instead": the recovery file takes the failed store's place.
    void useFileInstead(int index);
    void takeOwnership();
    void addTpm2Steps();
    void startJob(BackendCall* call);
    QString firstTpmStep() const; // the first step the job sends to the TPM
    void onProgress(const QString& job, const QString& step, const QString& message, double elapsed,
                    double expected);
    void finishJob(const BackendResult& started, const JobOutcome& outcome);
    void tick();
    static QString clock(double seconds);
    static QString durationWords(double seconds); // "up to 5 minutes"

    StepList* m_steps;
    QProgressBar* m_progress;
    QLabel* m_elapsed;
    QLabel* m_message;
    QLabel* m_notes;
    QTimer m_ticker;
    QElapsedTimer m_clock;     // since TakeOwnership was sent
    QElapsedTimer m_stepClock; // since the last JobProgress
    QString m_step;            // the step the job runs now (from JobProgress)
    double m_stepBase = 0;     // that step's elapsed seconds at the last JobProgress
    double m_expected = 0;     // the TPM's expected duration for it (0: unknown)
    bool m_running = false;
    bool m_done = false;
    bool m_sent = false;
    int m_next = DonePageId;
    QStringList m_tpm2Steps; // a TPM 2.0's plan steps the job runs, in order
};

} // namespace tpmprov::ui
