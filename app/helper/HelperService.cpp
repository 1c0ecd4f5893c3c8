#include "HelperService.h"

#include "BusNames.h"
#include "HelperAdaptor.h"
#include "PolkitCheck.h"
#include "SecretArgument.h"
#include "engine/PpiRequest.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QUuid>

namespace tpmprov::helper {

Q_LOGGING_CATEGORY(lcHelper, "tpmprov.helper", QtInfoMsg)

namespace {

QString text(std::string_view view) {
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

QString refusal(Method method) {
    return QStringLiteral("You are not allowed to %1. An administrator must allow it.")
        .arg(text(methodAction(method).what));
}

} // namespace

HelperService::HelperService(HelperSettings settings, QDBusConnection bus, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_bus(std::move(bus)) {
    new HelperAdaptor(this);
    m_operations = std::make_unique<TpmOperations>(m_settings.target, m_settings.sysfsRoot);
    m_workerContext = new QObject;
    m_workerContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("tpm-worker"));
    m_thread.start();

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_settings.idleTimeoutSeconds * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &HelperService::idleTimeout);
    m_progressTimer.setInterval(1000);
    connect(&m_progressTimer, &QTimer::timeout, this, &HelperService::sendProgressSignal);

    m_callerWatcher.setConnection(m_bus);
    m_callerWatcher.setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(&m_callerWatcher, &QDBusServiceWatcher::serviceUnregistered, this,
            &HelperService::callerLeft);
}

HelperService::~HelperService() {
    m_thread.quit();
    m_thread.wait();
}

bool HelperService::start() {
    if (!m_bus.isConnected()) {
        qCCritical(lcHelper).noquote()
            << "cannot connect to the system bus:" << m_bus.lastError().message();
        return false;
    }
    if (!m_bus.registerObject(objectPath(), this, QDBusConnection::ExportAdaptors)) {
        qCCritical(lcHelper).noquote() << "cannot export" << objectPath();
        return false;
    }
    if (!m_bus.registerService(busName())) {
        qCCritical(lcHelper).noquote()
            << "cannot own the name" << busName() << ":" << m_bus.lastError().message();
        return false;
    }
    qCInfo(lcHelper).noquote() << "serving" << busName() << "for the TPM at"
                               << QString::fromStdString(m_settings.target.toString())
                               << "; exits after" << m_settings.idleTimeoutSeconds
                               << "s without clients";
    noteActivity();
    return true;
}

// ---- authorization: first thing in every method, every call ----

namespace {

// A caller that never answers its own authentication agent keeps its calls waiting for
// polkit for minutes; these bounds keep such a caller from wedging the helper (and polkit's
// limit of pending replies per connection) for everyone else.
constexpr int kMaxAuthorizingPerUid = 4;
constexpr int kMaxAuthorizing = 32;

QString tooManyWaiting() {
    return QStringLiteral("Too many requests are waiting for authorization. Answer or dismiss "
                          "the authentication prompt, then try again.");
}

} // namespace

bool HelperService::refuseArgument(bool wrong, const QString& text) {
    if (!wrong)
        return false;
    noteActivity();
    sendErrorReply(error::invalidArgument(), text);
    return true;
}

void HelperService::authorize(Method method, Continuation then) {
    noteActivity();
    setDelayedReply(true);
    Call call{message(), message().service(), {}, method, 0};
    if (m_terminating) {
        call.who = call.caller;
        replyError(call, error::busy(),
                   QStringLiteral("The helper is stopping. Try again in a moment: D-Bus "
                                  "activation starts it again."));
        return;
    }
    if (m_authorizing >= kMaxAuthorizing) {
        call.who = call.caller;
        replyError(call, error::busy(), tooManyWaiting());
        return;
    }
    ++m_authorizing;
    ++m_pending;
    // The uid comes from the bus daemon, asynchronously: the main loop never waits for it.
    QDBusMessage query = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionUnixUser"));
    query << call.caller;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(query), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, call, then = std::move(then)](QDBusPendingCallWatcher* finished) mutable {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                --m_authorizing;
                --m_pending;
                if (!reply.isValid()) { // the caller is gone, or the bus failed: deny
                    call.who = QStringLiteral("%1 (uid unknown)").arg(call.caller);
                    replyError(call, error::notAuthorized(), refusal(call.method));
                    return;
                }
                call.uid = reply.value();
                call.who = QStringLiteral("%1 (uid %2)").arg(call.caller).arg(call.uid);
                const QString action = text(methodAction(call.method).action);
                askPolkit(std::move(call), action, std::move(then));
            });
}

void HelperService::askPolkit(Call call, const QString& action, Continuation then) {
    if (m_authorizing >= kMaxAuthorizing ||
        m_authorizingByUid.value(call.uid) >= kMaxAuthorizingPerUid) {
        replyError(call, error::busy(), tooManyWaiting());
        return;
    }
    ++m_authorizing;
    ++m_pending;
    ++m_authorizingByUid[call.uid];
    const QString cancellationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    watchCaller(call.caller, cancellationId);
    const AuthorizationRequest request{
        call.caller, action, call.message.isInteractiveAuthorizationAllowed(), cancellationId};
    checkAuthorization(m_bus, request, this,
                       [this, call, action, cancellationId,
                        then = std::move(then)](bool authorized, const QString& why) {
                           --m_authorizing;
                           --m_pending;
                           if (--m_authorizingByUid[call.uid] <= 0)
                               m_authorizingByUid.remove(call.uid);
                           unwatchCaller(call.caller, cancellationId);
                           noteActivity();
                           qCInfo(lcHelper).noquote()
                               << call.who << text(methodAction(call.method).name) << action
                               << "polkit:" << why;
                           if (!authorized) {
                               replyError(call, error::notAuthorized(), refusal(call.method));
                               return;
                           }
                           then(call);
                       });
}

void HelperService::authorizeForJobOf(const Call& call, const JobRecord& job, Continuation then) {
    if (job.requesterUid == call.uid) {
        then(call);
        return;
    }
    askPolkit(call, text(kOtherUsersJobsAction), std::move(then));
}

void HelperService::watchCaller(const QString& caller, const QString& cancellationId) {
    if (!m_cancellationIds.contains(caller))
        m_callerWatcher.addWatchedService(caller);
    m_cancellationIds.insert(caller, cancellationId);
}

void HelperService::unwatchCaller(const QString& caller, const QString& cancellationId) {
    m_cancellationIds.remove(caller, cancellationId);
    if (!m_cancellationIds.contains(caller))
        m_callerWatcher.removeWatchedService(caller);
}

// The caller left while polkit was asking: its checks are cancelled, so an authentication
// prompt it left behind does not hold the helper's place in polkit.
void HelperService::callerLeft(const QString& caller) {
    const QStringList ids = m_cancellationIds.values(caller);
    for (const QString& id : ids)
        cancelAuthorization(m_bus, id);
    if (!ids.isEmpty())
        qCInfo(lcHelper).noquote()
            << caller << "left the bus; cancelled" << ids.size() << "pending authorization(s)";
}

void HelperService::replyError(const Call& call, const QString& name, const QString& text) {
    qCInfo(lcHelper).noquote() << call.who << methodAction(call.method).name.data() << "->"
                               << name.section(QLatin1Char('.'), -1);
    m_bus.send(call.message.createErrorReply(name, text));
}

void HelperService::reply(const Call& call, const QVariantList& arguments,
                          const QString& logResult) {
    qCInfo(lcHelper).noquote() << call.who << methodAction(call.method).name.data() << "->"
                               << logResult;
    m_bus.send(call.message.createReply(arguments));
}

bool HelperService::refuseIfBusy(const Call& call) {
    const JobRecord* running = m_jobs.running();
    if (!running || !methodAction(call.method).usesTpm)
        return false;
    replyError(call, error::busy(),
               QStringLiteral("The TPM is busy with another operation. Wait until it has "
                              "finished, then try again."));
    return true;
}

void HelperService::runOperation(const Call& call,
                                 std::function<OperationResult(TpmOperations&)> operation,
                                 std::function<QVariantList(const OperationResult&)> replyArgs) {
    if (refuseIfBusy(call))
        return;
    ++m_pending;
    TpmOperations* operations = m_operations.get();
    QMetaObject::invokeMethod(
        m_workerContext,
        [this, call, operations, operation = std::move(operation),
         replyArgs = std::move(replyArgs)] {
            OperationResult result = operation(*operations);
            QMetaObject::invokeMethod(
                this,
                [this, call, result = std::move(result), replyArgs] {
                    --m_pending;
                    noteActivity();
                    if (!result.ok)
                        replyError(call, error::failed(), result.failureJson);
                    else
                        reply(call, replyArgs(result), QStringLiteral("done"));
                    finishTerminationIfIdle();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HelperService::startJob(const Call& call, JobFunction job) {
    if (m_jobs.running()) {
        replyError(call, error::busy(),
                   QStringLiteral("The TPM is busy with another operation. Only one can run "
                                  "at a time; wait until it has finished."));
        return;
    }
    const QString operation = text(methodAction(call.method).name);
    const JobRecord* record = m_jobs.start(operation, call.caller, call.who, call.uid);
    const QString id = record->id;
    std::shared_ptr<JobControl> control = record->control;
    reply(call, {id}, QStringLiteral("job ") + id);

    TpmOperations* operations = m_operations.get();
    QMetaObject::invokeMethod(
        m_workerContext,
        [this, id, control, operations, job = std::move(job)] {
            const ProgressFunction progress = [this, id](const QString& step,
                                                         const QString& message, double expected,
                                                         bool started) {
                QMetaObject::invokeMethod(
                    this,
                    [this, id, step, message, expected, started] {
                        jobProgress(id, step, message, expected, started);
                    },
                    Qt::QueuedConnection);
            };
            JobResult result = job(*operations, *control, progress);
            QMetaObject::invokeMethod(
                this, [this, id, result = std::move(result)] { jobFinished(id, result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void HelperService::jobProgress(const QString& job, const QString& step, const QString& message,
                                double expectedSeconds, bool stepStarted) {
    if (stepStarted || m_step.job != job || m_step.step != step) {
        m_step.job = job;
        m_step.step = step;
        m_step.expectedSeconds = expectedSeconds;
        m_step.started.start();
    }
    m_step.message = message;
    sendProgressSignal();
    m_progressTimer.start();
}

void HelperService::sendProgressSignal() {
    const JobRecord* job = m_jobs.find(m_step.job);
    if (!job || !job->running) {
        m_progressTimer.stop();
        return;
    }
    QDBusMessage signal = QDBusMessage::createTargetedSignal(
        job->requester, objectPath(), interfaceName(), QStringLiteral("JobProgress"));
    signal << job->id << m_step.step << m_step.message
           << static_cast<double>(m_step.started.elapsed()) / 1000.0 << m_step.expectedSeconds;
    m_bus.send(signal);
}

void HelperService::jobFinished(const QString& id, const JobResult& result) {
    m_jobs.finish(id, result.succeeded, result.outcome, result.json);
    m_progressTimer.stop();
    noteActivity();
    const JobRecord* job = m_jobs.find(id);
    if (!job)
        return;
    qCInfo(lcHelper).noquote() << job->requestedBy << job->operation << "job" << id
                               << "finished:" << result.outcome;
    QDBusMessage signal = QDBusMessage::createTargetedSignal(
        job->requester, objectPath(), interfaceName(), QStringLiteral("JobFinished"));
    signal << id << result.succeeded << result.outcome << result.json;
    m_bus.send(signal);
    finishTerminationIfIdle();
}

void HelperService::noteActivity() {
    m_idleTimer.start();
}

void HelperService::requestTermination(int signalNumber) {
    m_terminating = true;
    const JobRecord* running = m_jobs.running();
    if (running && running->control->requestCancel())
        qCInfo(lcHelper).noquote()
            << "signal" << signalNumber << ": cancelling job" << running->id << "before exiting";
    else if (running)
        qCInfo(lcHelper).noquote() << "signal" << signalNumber << ": job" << running->id
                                   << "has sent TakeOwnership; exiting when it has finished";
    else
        qCInfo(lcHelper).noquote() << "signal" << signalNumber << ": exiting";
    finishTerminationIfIdle();
}

void HelperService::finishTerminationIfIdle() {
    if (!m_terminating || m_jobs.running() || m_pending > 0)
        return;
    // A round trip to the bus daemon: every reply and signal sent before it has been written
    // (one connection keeps its order), so JobFinished is not lost to the exit.
    if (QDBusConnectionInterface* bus = m_bus.interface())
        (void)bus->isServiceRegistered(busName());
    QCoreApplication::quit();
}

void HelperService::idleTimeout() {
    if (m_jobs.running() || m_pending > 0) {
        m_idleTimer.start();
        return;
    }
    qCInfo(lcHelper).noquote() << "no clients for" << m_settings.idleTimeoutSeconds << "s; exiting";
    QCoreApplication::quit();
}

// ---- the interface ----

QVariantMap HelperService::GetState(QString&) {
    authorize(Method::GetState, [this](const Call& call) {
        runOperation(
            call, [](TpmOperations& tpm) { return tpm.getState(); },
            [](const OperationResult& r) {
                return QVariantList{r.state, r.json};
            });
    });
    return {};
}

namespace {

QVariantList noArguments(const OperationResult&) {
    return {};
}

} // namespace

void HelperService::AssertPresence() {
    authorize(Method::AssertPresence, [this](const Call& call) {
        runOperation(
            call, [](TpmOperations& tpm) { return tpm.assertPresence(); }, noArguments);
    });
}

void HelperService::Enable() {
    authorize(Method::Enable, [this](const Call& call) {
        runOperation(
            call, [](TpmOperations& tpm) { return tpm.enable(); }, noArguments);
    });
}

void HelperService::Activate() {
    authorize(Method::Activate, [this](const Call& call) {
        runOperation(
            call, [](TpmOperations& tpm) { return tpm.activate(); }, noArguments);
    });
}

QString HelperService::Startup() {
    authorize(Method::Startup, [this](const Call& call) {
        runOperation(
            call, [](TpmOperations& tpm) { return tpm.startup(); },
            [](const OperationResult& r) { return QVariantList{r.json}; });
    });
    return {};
}

QString HelperService::SelfTest() {
    authorize(Method::SelfTest, [this](const Call& call) {
        startJob(call,
                 [](TpmOperations& tpm, JobControl& control, const ProgressFunction& progress) {
                     return tpm.selfTest(control, progress);
                 });
    });
    return {};
}

QString HelperService::CreateEndorsementKey() {
    authorize(Method::CreateEndorsementKey, [this](const Call& call) {
        startJob(call,
                 [](TpmOperations& tpm, JobControl& control, const ProgressFunction& progress) {
                     return tpm.createEndorsementKey(control, progress);
                 });
    });
    return {};
}

namespace {

QString secretLengthText() {
    return QStringLiteral("Secrets are exactly %1 bytes (the SHA-1 of the password, derived by "
                          "the client); the value given has another length.")
        .arg(kSecretBytes);
}

} // namespace

// TakeOwnership and Provision: the secrets copied and wiped at once, the options read; a
// wrong size or option is refused before polkit is asked, so nothing oversized or unknown
// waits in memory for the answer. Two shapes: a TPM 1.2's (20-byte owner and SRK secrets) and
// a TPM 2.0's (both empty, the lockout password in the option lockoutAuth; Provision only).
void HelperService::startProvisionJob(Method method, const QByteArray& ownerSecret,
                                      const QByteArray& srkSecret, bool ownerSecretStored,
                                      const QVariantMap& options) {
    const bool tpm2Shape = ownerSecret.isEmpty() && srkSecret.isEmpty();
    std::optional<tpm::Secret> owner = takeSecret(ownerSecret);
    std::optional<tpm::Secret> srk = takeSecret(srkSecret);
    QString problem;
    const std::optional<JobOptions> jobOptions = readJobOptions(options, problem);
    if (refuseArgument(!jobOptions, problem))
        return;
    if (jobOptions->tpm2) {
        if (refuseArgument(method == Method::TakeOwnership,
                           QStringLiteral("TakeOwnership is for a TPM 1.2; a TPM 2.0 is set up "
                                          "with Provision and the option lockoutAuth.")) ||
            refuseArgument(!tpm2Shape, QStringLiteral("With lockoutAuth (a TPM 2.0) the owner "
                                                      "and SRK secrets are empty.")))
            return;
        owner.emplace();
        srk.emplace();
    } else if (refuseArgument(!owner || !srk, secretLengthText())) {
        return;
    }
    const auto scope = method == Method::TakeOwnership ? TpmOperations::Scope::OwnershipOnly
                                                       : TpmOperations::Scope::WholePlan;
    authorize(method, [this, owner, srk, ownerSecretStored, jobOptions, scope](const Call& call) {
        startJob(call,
                 [owner, srk, ownerSecretStored, jobOptions, scope](
                     TpmOperations& tpm, JobControl& control, const ProgressFunction& progress) {
                     return tpm.provision(*owner, *srk, ownerSecretStored, *jobOptions, scope,
                                          control, progress);
                 });
    });
}

QString HelperService::TakeOwnership(const QByteArray& ownerSecret, const QByteArray& srkSecret,
                                     bool ownerSecretStored, const QVariantMap& options) {
    startProvisionJob(Method::TakeOwnership, ownerSecret, srkSecret, ownerSecretStored, options);
    return {};
}

QString HelperService::Provision(const QByteArray& ownerSecret, const QByteArray& srkSecret,
                                 bool ownerSecretStored, const QVariantMap& options) {
    startProvisionJob(Method::Provision, ownerSecret, srkSecret, ownerSecretStored, options);
    return {};
}

bool HelperService::VerifyOwner(const QByteArray& ownerSecret, QString&) {
    std::optional<tpm::Secret> owner = takeSecret(ownerSecret);
    if (refuseArgument(!owner, secretLengthText()))
        return false;
    authorize(Method::VerifyOwner, [this, owner](const Call& call) {
        runOperation(
            call, [owner](TpmOperations& tpm) { return tpm.verifyOwner(*owner); },
            [](const OperationResult& r) {
                return QVariantList{r.accepted, r.json};
            });
    });
    return false;
}

void HelperService::ForceClear() {
    authorize(Method::ForceClear, [this](const Call& call) {
        runOperation(
            call, [](TpmOperations& tpm) { return tpm.forceClear(); }, noArguments);
    });
}

namespace {

QString authValueLengthText(bool allowEmpty) {
    return allowEmpty ? QStringLiteral("A TPM 2.0 lockout password is at most %1 bytes (its "
                                       "UTF-8 bytes, as tpm2-tools and systemd use them); the "
                                       "value given is longer.")
                            .arg(kMaxAuthValueBytes)
                      : QStringLiteral("A TPM 2.0 password is 1 to %1 bytes (its UTF-8 bytes, "
                                       "as tpm2-tools and systemd use them); the value given is "
                                       "empty or longer.")
                            .arg(kMaxAuthValueBytes);
}

} // namespace

// The lockout hierarchy's methods: the value is copied and wiped at once, its size checked
// before polkit is asked.
void HelperService::startTpm2AuthOperation(Method method, const QByteArray& password,
                                           Tpm2AuthOperation operation) {
    // The lockout hierarchy's empty password is real (nobody set one yet); an owner password
    // worth checking is not empty.
    const bool allowEmpty = operation != Tpm2AuthOperation::VerifyOwner;
    std::optional<tpm::AuthValue> auth = takeAuthValue(password, allowEmpty);
    if (refuseArgument(!auth, authValueLengthText(allowEmpty)))
        return;
    authorize(method, [this, method, auth = std::move(*auth), operation](const Call& call) {
        runOperation(
            call,
            [auth, operation](TpmOperations& tpm) {
                return tpm.tpm2AuthOperation(operation, auth);
            },
            [method](const OperationResult& r) {
                if (method == Method::VerifyLockout || method == Method::VerifyOwnerPassword)
                    return QVariantList{r.accepted, r.json};
                return QVariantList{r.json};
            });
    });
}

bool HelperService::VerifyOwnerPassword(const QByteArray& ownerAuth, QString&) {
    startTpm2AuthOperation(Method::VerifyOwnerPassword, ownerAuth, Tpm2AuthOperation::VerifyOwner);
    return false;
}

bool HelperService::VerifyLockout(const QByteArray& lockoutAuth, QString&) {
    startTpm2AuthOperation(Method::VerifyLockout, lockoutAuth, Tpm2AuthOperation::VerifyLockout);
    return false;
}

QString HelperService::ResetLockout(const QByteArray& lockoutAuth) {
    startTpm2AuthOperation(Method::ResetLockout, lockoutAuth, Tpm2AuthOperation::ResetLockout);
    return {};
}

QString HelperService::ClearWithLockout(const QByteArray& lockoutAuth) {
    startTpm2AuthOperation(Method::ClearWithLockout, lockoutAuth, Tpm2AuthOperation::Clear);
    return {};
}

QString HelperService::RequestPhysicalPresence(uint operation) {
    // A number from the fixed table only, checked before polkit is asked.
    if (refuseArgument(!tpm::findPpiOperation(operation),
                       QStringLiteral("Not a Physical Presence Interface operation this helper "
                                      "requests (0, 1, 2, 3, 5, 6, 14 or 24).")))
        return {};
    authorize(Method::RequestPhysicalPresence, [this, operation](const Call& call) {
        runOperation(
            call,
            [operation](TpmOperations& tpm) { return tpm.requestPhysicalPresence(operation); },
            [](const OperationResult& r) { return QVariantList{r.json}; });
    });
    return {};
}

namespace {

QString jobIdLengthText() {
    return QStringLiteral("A job id is at most %1 characters.").arg(kMaxJobIdLength);
}

QString noSuchJobText() {
    return QStringLiteral("There is no job with this id (the helper keeps the last 16 jobs "
                          "while it runs).");
}

} // namespace

void HelperService::Cancel(const QString& job) {
    if (refuseArgument(job.size() > kMaxJobIdLength, jobIdLengthText()))
        return;
    authorize(Method::Cancel, [this, job](const Call& call) {
        const JobRecord* record = m_jobs.find(job);
        if (!record) {
            replyError(call, error::noSuchJob(), noSuchJobText());
            return;
        }
        // Another user's job needs the other-users action, asked now (auth_admin).
        authorizeForJobOf(call, *record, [this, job](const Call& allowed) {
            switch (m_jobs.cancel(job)) {
            case JobRegistry::CancelResult::Requested:
                reply(allowed, {}, QStringLiteral("cancel requested for job ") + job);
                return;
            case JobRegistry::CancelResult::AlreadyFinished:
                reply(allowed, {}, QStringLiteral("job already finished: ") + job);
                return;
            case JobRegistry::CancelResult::TooLate:
                replyError(allowed, error::busy(),
                           QStringLiteral("Job %1 has already sent TakeOwnership (or a TPM 2.0's "
                                          "lockout password) to the TPM, so it runs to its end; "
                                          "it cannot be cancelled any more.")
                               .arg(job));
                return;
            case JobRegistry::CancelResult::NoSuchJob:
                break;
            }
            replyError(allowed, error::noSuchJob(), noSuchJobText());
        });
    });
}

QVariantMap HelperService::GetJob(const QString& job) {
    if (refuseArgument(job.size() > kMaxJobIdLength, jobIdLengthText()))
        return {};
    authorize(Method::GetJob, [this, job](const Call& call) {
        const JobRecord* found = m_jobs.find(job);
        if (!found) {
            replyError(call, error::noSuchJob(), noSuchJobText());
            return;
        }
        authorizeForJobOf(call, *found, [this, job](const Call& allowed) {
            const JobRecord* record = m_jobs.find(job); // may have aged out meanwhile
            if (!record) {
                replyError(allowed, error::noSuchJob(), noSuchJobText());
                return;
            }
            QVariantMap result;
            result.insert(QStringLiteral("id"), record->id);
            result.insert(QStringLiteral("operation"), record->operation);
            result.insert(QStringLiteral("running"), record->running);
            result.insert(QStringLiteral("outcome"), record->outcome);
            result.insert(QStringLiteral("succeeded"), record->succeeded);
            result.insert(QStringLiteral("json"), record->json);
            result.insert(QStringLiteral("requestedBy"), record->requestedBy);
            reply(allowed, {result}, QStringLiteral("job ") + job);
        });
    });
    return {};
}

} // namespace tpmprov::helper
