#include "JobRegistry.h"

#include <QUuid>

namespace tpmprov::helper {

bool JobControl::requestCancel() {
    int expected = Running;
    if (m_state.compare_exchange_strong(expected, CancelRequested))
        return true;
    return expected == CancelRequested; // asking twice is fine
}

bool JobControl::commit() {
    int expected = Running;
    if (m_state.compare_exchange_strong(expected, Committed))
        return true;
    return expected == Committed;
}

QString newJobId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const JobRecord* JobRegistry::start(const QString& operation, const QString& requester,
                                    const QString& requestedBy, uint requesterUid) {
    if (running())
        return nullptr;
    JobRecord record;
    do {
        record.id = newJobId();
    } while (find(record.id));
    record.operation = operation;
    record.requester = requester;
    record.requestedBy = requestedBy;
    record.requesterUid = requesterUid;
    m_jobs.push_back(std::move(record));
    // Drop the oldest finished jobs beyond the limit (the new one is running).
    while (m_jobs.size() > m_keep + 1 && !m_jobs.front().running)
        m_jobs.pop_front();
    return &m_jobs.back();
}

bool JobRegistry::finish(const QString& id, bool succeeded, const QString& outcome,
                         const QString& json) {
    JobRecord* job = findMutable(id);
    if (!job || !job->running)
        return false;
    job->running = false;
    job->succeeded = succeeded;
    job->outcome = outcome;
    job->json = json;
    while (m_jobs.size() > m_keep && !m_jobs.front().running)
        m_jobs.pop_front();
    return true;
}

const JobRecord* JobRegistry::running() const {
    for (const JobRecord& job : m_jobs)
        if (job.running)
            return &job;
    return nullptr;
}

const JobRecord* JobRegistry::find(const QString& id) const {
    for (const JobRecord& job : m_jobs)
        if (job.id == id)
            return &job;
    return nullptr;
}

JobRecord* JobRegistry::findMutable(const QString& id) {
    for (JobRecord& job : m_jobs)
        if (job.id == id)
            return &job;
    return nullptr;
}

JobRegistry::CancelResult JobRegistry::cancel(const QString& id) {
    JobRecord* job = findMutable(id);
    if (!job)
        return CancelResult::NoSuchJob;
    if (!job->running)
        return CancelResult::AlreadyFinished;
    return job->control->requestCancel() ? CancelResult::Requested : CancelResult::TooLate;
}

} // namespace tpmprov::helper
