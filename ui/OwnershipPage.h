#pragma once
// "Taking ownership": keeps the password in every chosen place and reads it back, then (only
// then) sends TakeOwnership as a helper job, with elapsed time against the TPM's expected
// duration, and says in words what happened on the way (e.g. a retry after a TPM reset).
// objectNames: ownershipPage, ownershipSteps, ownershipProgress, ownershipElapsed,
// ownershipMessage, ownershipNotes.

#include "PageBase.h"

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
    // True once TakeOwnership was sent (tests: never when storing failed).
    bool ownershipSent() const { return m_sent; }

private:
    void storeNext(int index);
    void takeOwnership();
    void onProgress(const QString& job, const QString& step, const QString& message, double elapsed,
                    double expected);
    void finishJob(const BackendResult& started, const JobOutcome& outcome);
    void tick();
    static QString clock(double seconds);

    StepList* m_steps;
    QProgressBar* m_progress;
    QLabel* m_elapsed;
    QLabel* m_message;
    QLabel* m_notes;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    double m_expected = 0;
    QString m_job;
    bool m_running = false;
    bool m_done = false;
    bool m_sent = false;
    int m_next = DonePageId;
};

} // namespace tpmprov::ui
