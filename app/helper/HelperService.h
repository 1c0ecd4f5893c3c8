#pragma once
// The object at /io/github/TpmProvisioner1. Its public D-Bus methods are called by the
// adaptor generated from resources/dbus/io.github.TpmProvisioner1.xml (qdbusxml2cpp), so
// only the interface's methods with the interface's signatures ever reach this class.
//
// Every method starts the polkit check for its own action (ActionTable.h) and returns at
// once with a delayed reply; the work runs on the worker thread after polkit says yes.

#include "ActionTable.h"
#include "HelperConfig.h"
#include "JobRegistry.h"
#include "TpmOperations.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QElapsedTimer>
#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QVariantMap>
#include <functional>
#include <memory>

namespace tpmprov::helper {

class HelperService : public QObject, protected QDBusContext {
    Q_OBJECT
public:
    HelperService(HelperSettings settings, QDBusConnection bus, QObject* parent = nullptr);
    ~HelperService() override;

    // Exports the object and requests the bus name; false (logged) when either fails.
    bool start();

    // SIGTERM/SIGINT: exit at once without work in progress; a job that has not sent
    // TakeOwnership is cancelled first; one that has runs to its end (systemd bounds the
    // wait with TimeoutStopSec). New calls are refused meanwhile.
    void requestTermination(int signalNumber);

    // The D-Bus interface (see the XML for what each does).
    QVariantMap GetState(QString& json);
    void AssertPresence();
    void Enable();
    void Activate();
    QString Startup();
    QString SelfTest();
    QString CreateEndorsementKey();
    QString TakeOwnership(const QByteArray& ownerSecret, const QByteArray& srkSecret,
                          bool ownerSecretStored, const QVariantMap& options);
    QString Provision(const QByteArray& ownerSecret, const QByteArray& srkSecret,
                      bool ownerSecretStored, const QVariantMap& options);
    bool VerifyOwner(const QByteArray& ownerSecret, QString& json);
    bool VerifyOwnerPassword(const QByteArray& ownerAuth, QString& json);
    bool VerifyLockout(const QByteArray& lockoutAuth, QString& json);
    QString ResetLockout(const QByteArray& lockoutAuth);
    QString ClearWithLockout(const QByteArray& lockoutAuth);
    void ForceClear();
    QString RequestPhysicalPresence(uint operation);
    void Cancel(const QString& job);
    QVariantMap GetJob(const QString& job);

private:
    struct Call {
        QDBusMessage message;
        QString caller; // unique bus name
        QString who;    // ":1.42 (uid 1000)", for the log
        Method method;
        uint uid = 0; // from the bus daemon, before polkit is asked
    };
    using Continuation = std::function<void(const Call&)>;

    // The caller's uid (asynchronously), then polkit for the method's action; `then` runs
    // only on an explicit yes. Bounded: calls waiting for polkit per uid and in all.
    void authorize(Method method, Continuation then);
    void askPolkit(Call call, const QString& action, Continuation then);
    // A second check for acting on another user's job (the *-other-users-jobs action).
    void authorizeForJobOf(const Call& call, const JobRecord& job, Continuation then);
    // Refuses an argument of the wrong size before anything else happens; true if refused.
    bool refuseArgument(bool wrong, const QString& text);
    void startTpm2AuthOperation(Method method, const QByteArray& password,
                                Tpm2AuthOperation operation);
    void startProvisionJob(Method method, const QByteArray& ownerSecret,
                           const QByteArray& srkSecret, bool ownerSecretStored,
                           const QVariantMap& options);
    void watchCaller(const QString& caller, const QString& cancellationId);
    void unwatchCaller(const QString& caller, const QString& cancellationId);
    void callerLeft(const QString& caller);
    void replyError(const Call& call, const QString& name, const QString& text);
    void reply(const Call& call, const QVariantList& arguments, const QString& logResult);
    bool refuseIfBusy(const Call& call);
    void runOperation(const Call& call, std::function<OperationResult(TpmOperations&)> operation,
                      std::function<QVariantList(const OperationResult&)> replyArguments);
    using JobFunction =
        std::function<JobResult(TpmOperations&, JobControl&, const ProgressFunction&)>;
    void startJob(const Call& call, JobFunction job);
    void jobProgress(const QString& job, const QString& step, const QString& message,
                     double expectedSeconds, bool stepStarted);
    void jobFinished(const QString& job, const JobResult& result);
    void sendProgressSignal();
    void noteActivity();
    void idleTimeout();
    void finishTerminationIfIdle();

    HelperSettings m_settings;
    QDBusConnection m_bus;
    QThread m_thread;
    QObject* m_workerContext = nullptr;          // lives on m_thread
    std::unique_ptr<TpmOperations> m_operations; // used on m_thread only
    JobRegistry m_jobs;
    int m_pending = 0;          // calls waiting for the uid, polkit or the worker
    bool m_terminating = false; // SIGTERM seen: finish the running work, then exit
    int m_authorizing = 0;      // calls waiting for the uid or polkit
    QHash<uint, int> m_authorizingByUid;
    QDBusServiceWatcher m_callerWatcher;            // callers with a pending polkit check
    QMultiHash<QString, QString> m_cancellationIds; // caller -> its pending checks
    QTimer m_idleTimer;
    QTimer m_progressTimer;
    struct Step {
        QString job, step, message;
        double expectedSeconds = 0;
        QElapsedTimer started;
    } m_step;
};

} // namespace tpmprov::helper
