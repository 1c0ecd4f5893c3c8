#pragma once
// The wizard's only way to the TPM: an asynchronous interface. HelperBackend implements it
// over the root helper's D-Bus interface; tests and the screenshot mode may use another.
//
// Every method returns at once with a BackendCall that emits finished() exactly once (later,
// from the event loop) and then deletes itself. Jobs (SelfTest, CreateEndorsementKey,
// TakeOwnership) answer with a job id; their progress and result come as jobProgress() and
// jobFinished() of the backend.

#include "CallError.h"
#include "crypto/Secret.h"
#include "model/TpmStatus.h"

#include <QObject>
#include <QString>
#include <optional>

namespace tpmprov::ui {

// An error of a call (name empty: none), with the client's one mapping to kinds.
using BackendError = helper::CallError;
using ErrorKind = helper::ErrorKind;
// The end of a job.
using JobOutcome = helper::JobResult;

struct BackendResult {
    BackendError error;
    TpmStatus status; // GetState
    QString json;     // GetState, Startup, VerifyOwner, RequestPhysicalPresence: the helper's JSON
    QString job;      // jobs: the id
    bool accepted = false; // VerifyOwner, VerifyLockout
    bool ok() const { return !error.isError(); }
};

class BackendCall : public QObject {
    Q_OBJECT
public:
    explicit BackendCall(QObject* parent = nullptr) : QObject(parent) {}
    // Emits finished(result) from the event loop, then deletes this.
    void finish(const BackendResult& result);
    void finishLater(const BackendResult& result);

Q_SIGNALS:
    void finished(const tpmprov::ui::BackendResult& result);
};

class TpmBackend : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~TpmBackend() override;

    virtual BackendCall* getState() = 0;
    virtual BackendCall* startup() = 0;
    virtual BackendCall* assertPresence() = 0;
    virtual BackendCall* enable() = 0;
    virtual BackendCall* activate() = 0;
    virtual BackendCall* selfTest() = 0;             // job
    virtual BackendCall* createEndorsementKey() = 0; // job
    // ownerSecretStored: the caller stored the owner password and read it back.
    virtual BackendCall* takeOwnership(const tpm::Secret& owner, const tpm::Secret& srk,
                                       bool ownerSecretStored) = 0; // job
    // The engine's whole remaining plan as one job (self-test, endorsement key, take
    // ownership, verify), with its recovery; the helper's TakeOwnership alone refuses while
    // the plan still lists the self-test.
    virtual BackendCall* provision(const tpm::Secret& owner, const tpm::Secret& srk,
                                   bool ownerSecretStored) = 0; // job
    virtual BackendCall* verifyOwner(const tpm::Secret& owner) = 0;
    virtual BackendCall* forceClear() = 0;
    // A TPM 2.0: the default policy's plan as one job, the lockout password last but the
    // check (lockoutAuthStored: stored and read back).
    virtual BackendCall* provisionTpm2(const tpm::AuthValue& lockoutAuth,
                                       bool lockoutAuthStored) = 0; // job
    // One try (accepted false: refused, and the lockout password is blocked for a while).
    virtual BackendCall* verifyLockout(const tpm::AuthValue& lockoutAuth) = 0;
    virtual BackendCall* clearWithLockout(const tpm::AuthValue& lockoutAuth) = 0;
    // Asks the firmware for a PPI operation at the next boot (json: what it will ask).
    virtual BackendCall* requestPhysicalPresence(std::uint32_t operation) = 0;
    virtual BackendCall* cancel(const QString& job) = 0;

    // A JobFinished that arrived before its caller knew the id (taken: forgotten here).
    virtual std::optional<JobOutcome> takeFinishedJob(const QString& job) = 0;

Q_SIGNALS:
    void jobProgress(const QString& job, const QString& step, const QString& message,
                     double elapsedSeconds, double expectedSeconds);
    void jobFinished(const QString& job, bool succeeded, const QString& outcome,
                     const QString& json);
    void helperVanished();
};

} // namespace tpmprov::ui
