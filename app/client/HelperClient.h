#pragma once
// A typed client of tpm-provisioner-helper (io.github.TpmProvisioner1), shared by tpmprov and
// the wizard. Calls block with a timeout long enough for a polkit password prompt; jobs are
// awaited with waitForJob(), which runs the event loop until JobFinished arrives.

#include "HelperNames.h"
#include "crypto/Secret.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <initializer_list>
#include <optional>

class QDBusMessage;
class QDBusPendingCall;
class QDBusServiceWatcher;

namespace tpmprov::helper {

// An error from the bus or the helper. name empty: no error.
struct CallError {
    QString name;    // "io.github.TpmProvisioner1.Error.NotAuthorized", ...
    QString message; // for Error.Failed: the failure JSON ({target, error, explanation})

    bool isError() const { return !name.isEmpty(); }
    bool is(const QString& errorName) const { return name == errorName; }
};

template <class T>
struct Reply {
    std::optional<T> value;
    CallError error;
    explicit operator bool() const { return value.has_value(); }
    const T& operator*() const { return *value; }
    const T* operator->() const { return &*value; }
};

struct StateReply {
    QVariantMap state;
    QString json; // as `tpmprov --json status` prints it (compact)
};

struct VerifyReply {
    bool accepted = false;
    QString json;
};

struct JobResult {
    QString job;
    bool succeeded = false;
    QString outcome;
    QString json;
};

class HelperClient : public QObject {
    Q_OBJECT
public:
    // A little longer than the helper's own wait for polkit (5 minutes).
    static constexpr int kCallTimeoutMs = 6 * 60 * 1000;

    explicit HelperClient(const QDBusConnection& bus = QDBusConnection::systemBus(),
                          QObject* parent = nullptr);
    ~HelperClient() override;

    Reply<StateReply> getState();
    CallError assertPresence();
    CallError enable();
    CallError activate();
    Reply<QString> startup();              // the JSON document `tpmprov --json startup` prints
    Reply<QString> selfTest();             // job id
    Reply<QString> createEndorsementKey(); // job id
    Reply<QString> takeOwnership(const tpm::Secret& owner, const tpm::Secret& srk,
                                 bool ownerSecretStored); // job id
    Reply<QString> provision(const tpm::Secret& owner, const tpm::Secret& srk,
                             bool ownerSecretStored); // job id
    Reply<VerifyReply> verifyOwner(const tpm::Secret& owner);
    CallError forceClear();
    CallError cancel(const QString& job);
    Reply<QVariantMap> getJob(const QString& job);

    // Waits for JobFinished of this job (it may have arrived already). Fails when the helper
    // leaves the bus first (killed or restarted: the job's result is then lost, but the TPM's
    // state tells where it stopped) or after timeoutMs (-1: no limit).
    Reply<JobResult> waitForJob(const QString& job, int timeoutMs = -1);

    // The raw call, for arguments this class does not wrap (tests: wrong types on purpose).
    QDBusMessage call(const QString& method, const QVariantList& arguments);

    // Non-blocking variants for a GUI: the call is sent at once and the reply arrives through
    // the returned QDBusPendingCall (watch it with a QDBusPendingCallWatcher), so a window
    // stays responsive while polkit asks for a password. Interactive authorization is allowed;
    // the timeout is kCallTimeoutMs.
    QDBusPendingCall asyncCall(const QString& method, const QVariantList& arguments = {});
    // As asyncCall, with the secrets first (as ay, 20 bytes each) and then extra arguments.
    // The secrets' D-Bus copies are wiped once the message is sent.
    QDBusPendingCall asyncSecretsCall(const QString& method,
                                      std::initializer_list<const tpm::Secret*> secrets,
                                      const QVariantList& extra = {});
    // The error a reply carries (name empty: none), as the blocking calls report it.
    static CallError errorOfReply(const QDBusMessage& reply);

Q_SIGNALS:
    void jobProgress(const QString& job, const QString& step, const QString& message,
                     double elapsedSeconds, double expectedSeconds);
    void jobFinished(const QString& job, bool succeeded, const QString& outcome,
                     const QString& json);
    void helperVanished();

private Q_SLOTS:
    void onJobProgress(const QString& job, const QString& step, const QString& message,
                       double elapsedSeconds, double expectedSeconds);
    void onJobFinished(const QString& job, bool succeeded, const QString& outcome,
                       const QString& json);
    void onServiceUnregistered();

private:
    template <class T>
    Reply<T> jobCall(const QString& method, const QVariantList& arguments);
    Reply<QString> secretsCall(const QString& method, const tpm::Secret& owner,
                               const tpm::Secret& srk, bool ownerSecretStored);
    CallError voidCall(const QString& method, const QVariantList& arguments = {});

    QDBusConnection m_bus;
    QDBusServiceWatcher* m_watcher = nullptr;
    QHash<QString, JobResult> m_finished; // JobFinished seen, by job id
    bool m_vanished = false;
};

} // namespace tpmprov::helper
