#pragma once
// The client of tpm-provisioner-helper (io.github.TpmProvisioner1), shared by tpmprov and the
// wizard. Every call is asynchronous and typed: the reply types are those of the proxy that
// qt_add_dbus_interface generates from resources/dbus/io.github.TpmProvisioner1.xml, so a
// method or an argument the interface does not have does not compile. Blocking callers
// (tpmprov) wait on the returned reply; the wizard watches it.
//
// Every call allows interactive authorization, so polkit may ask for a password; the timeout
// is a little longer than the helper's own wait for polkit.

#include "BusNames.h"
#include "CallError.h"
#include "crypto/Secret.h"

#include <QDBusConnection>
#include <QDBusPendingReply>
#include <QHash>
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <memory>
#include <optional>

class HelperProxy; // generated from the interface XML
class QDBusServiceWatcher;

namespace tpmprov::helper {

class HelperClient : public QObject {
    Q_OBJECT
public:
    // A little longer than the helper's own wait for polkit (5 minutes).
    static constexpr int kCallTimeoutMs = 6 * 60 * 1000;

    explicit HelperClient(const QDBusConnection& bus = QDBusConnection::systemBus(),
                          QObject* parent = nullptr);
    ~HelperClient() override;

    QDBusPendingReply<QVariantMap, QString> getState(); // state, the status JSON
    QDBusPendingReply<> assertPresence();
    QDBusPendingReply<> enable();
    QDBusPendingReply<> activate();
    QDBusPendingReply<QString> startup();              // the `tpmprov --json startup` JSON
    QDBusPendingReply<QString> selfTest();             // job id
    QDBusPendingReply<QString> createEndorsementKey(); // job id
    // options: the interface's option keys ({"lockPresence": true}); empty: the defaults.
    QDBusPendingReply<QString> takeOwnership(const tpm::Secret& owner, const tpm::Secret& srk,
                                             bool ownerSecretStored,
                                             const QVariantMap& options = {}); // job id
    QDBusPendingReply<QString> provision(const tpm::Secret& owner, const tpm::Secret& srk,
                                         bool ownerSecretStored,
                                         const QVariantMap& options = {}); // job id
    // A TPM 2.0: Provision with empty secrets and the lockout password in the options
    // (lockoutAuth; options may add daMaxTries, daRecoveryTime, daLockoutRecovery,
    // srkAlgorithm). lockoutAuthStored: the password is stored and was read back.
    QDBusPendingReply<QString> provisionTpm2(const tpm::AuthValue& lockoutAuth,
                                             bool lockoutAuthStored,
                                             const QVariantMap& options = {}); // job id
    QDBusPendingReply<bool, QString> verifyOwner(const tpm::Secret& owner);    // accepted, JSON
    // A TPM 2.0's owner password (PolicySecret: a wrong one is not counted). accepted, JSON
    QDBusPendingReply<bool, QString> verifyOwnerPassword(const tpm::AuthValue& ownerAuth);
    QDBusPendingReply<bool, QString> verifyLockout(const tpm::AuthValue& lockoutAuth);
    QDBusPendingReply<QString> resetLockout(const tpm::AuthValue& lockoutAuth);     // JSON
    QDBusPendingReply<QString> clearWithLockout(const tpm::AuthValue& lockoutAuth); // JSON
    QDBusPendingReply<> forceClear();
    QDBusPendingReply<QString> requestPhysicalPresence(std::uint32_t operation); // JSON
    QDBusPendingReply<> cancel(const QString& job);
    QDBusPendingReply<QVariantMap> getJob(const QString& job);

    // The error a finished reply carries (name empty: none).
    static CallError errorOf(const QDBusPendingCall& reply);

    // A JobFinished that has arrived (jobs may finish before their caller knows the id);
    // taken: forgotten here.
    std::optional<JobResult> takeFinishedJob(const QString& job);

    // Blocks (running the event loop) until JobFinished of this job arrives. Fails with
    // error::helperVanished() when the helper leaves the bus first, or after timeoutMs
    // (-1: no limit).
    std::optional<JobResult> waitForJob(const QString& job, CallError& error, int timeoutMs = -1);

Q_SIGNALS:
    void jobProgress(const QString& job, const QString& step, const QString& message,
                     double elapsedSeconds, double expectedSeconds);
    void jobFinished(const tpmprov::helper::JobResult& result);
    void helperVanished();

private:
    template <class Reply>
    Reply send(const QString& method, const QVariantList& arguments);
    // Secrets as ay arguments first, then `extra`; a non-empty lockoutAuthOption goes into
    // the options map (extra's last element). Every copy is wiped once the call is sent.
    template <class Reply>
    Reply sendWithSecrets(const QString& method, std::initializer_list<tpm::ByteView> secrets,
                          const QVariantList& extra, tpm::ByteView lockoutAuthOption = {});

    QDBusConnection m_bus;
    std::unique_ptr<HelperProxy> m_proxy;
    QDBusServiceWatcher* m_watcher = nullptr;
    QHash<QString, JobResult> m_finished; // JobFinished seen and not yet taken, by job id
    bool m_vanished = false;
};

} // namespace tpmprov::helper
