#pragma once
// Job bookkeeping: one running job at a time, the last finished ones kept for GetJob.
// Lives on the D-Bus thread; the worker sees only a job's JobControl.

#include <QString>
#include <atomic>
#include <deque>
#include <memory>
#include <optional>

namespace tpmprov::helper {

// Shared between the D-Bus thread (Cancel) and the worker (between steps).
class JobControl {
public:
    // Cancel: succeeds unless the job already committed (sent TakeOwnership) or was
    // cancelled before. Returns false when it is too late.
    bool requestCancel();
    // The worker, right before the step that must not be interrupted (TakeOwnership), or
    // before a single-command job's command: succeeds unless a cancel came first.
    bool commit();
    bool cancelRequested() const { return m_state.load() == CancelRequested; }
    bool committed() const { return m_state.load() == Committed; }

private:
    enum State { Running, CancelRequested, Committed };
    std::atomic<int> m_state{Running};
};

struct JobRecord {
    QString id;
    QString operation;     // "TakeOwnership", ...
    QString requestedBy;   // ":1.42 (uid 1000)"
    QString requester;     // the unique bus name, where the signals go
    uint requesterUid = 0; // GetJob and Cancel belong to this uid (others need an action)
    bool running = true;
    bool succeeded = false;
    QString outcome;
    QString json;
    std::shared_ptr<JobControl> control = std::make_shared<JobControl>();
};

class JobRegistry {
public:
    explicit JobRegistry(std::size_t keepFinished = 16) : m_keep(keepFinished) {}

    // A new running job, or nullptr when one is running already (see running()).
    const JobRecord* start(const QString& operation, const QString& requester,
                           const QString& requestedBy, uint requesterUid);
    // Records the result; false for an unknown or already finished job.
    bool finish(const QString& id, bool succeeded, const QString& outcome, const QString& json);

    const JobRecord* running() const;
    const JobRecord* find(const QString& id) const;
    std::size_t size() const { return m_jobs.size(); }

    enum class CancelResult { Requested, NoSuchJob, AlreadyFinished, TooLate };
    CancelResult cancel(const QString& id);

private:
    JobRecord* findMutable(const QString& id);
    std::size_t m_keep;
    std::deque<JobRecord> m_jobs; // oldest first; at most one running (the newest)
};

// A fresh job id: a random UUID without braces (36 characters).
QString newJobId();
// Longer ids are refused before anything else (InvalidArgument).
inline constexpr qsizetype kMaxJobIdLength = 64;

} // namespace tpmprov::helper
