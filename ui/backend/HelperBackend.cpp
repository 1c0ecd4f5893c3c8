#include "backend/HelperBackend.h"

#include <QDBusPendingCallWatcher>

namespace tpmprov::ui {

HelperBackend::HelperBackend(const QDBusConnection& bus, QObject* parent)
    : TpmBackend(parent), m_client(bus) {
    connect(&m_client, &helper::HelperClient::jobProgress, this, &TpmBackend::jobProgress);
    connect(&m_client, &helper::HelperClient::jobFinished, this,
            [this](const helper::JobResult& result) {
                Q_EMIT jobFinished(result.job, result.succeeded, result.outcome, result.json);
            });
    connect(&m_client, &helper::HelperClient::helperVanished, this, &TpmBackend::helperVanished);
}

HelperBackend::~HelperBackend() = default;

template <class Reply, class Fill>
BackendCall* HelperBackend::watch(const Reply& pending, Fill fill) {
    auto* call = new BackendCall(this);
    auto* watcher = new QDBusPendingCallWatcher(pending, call);
    connect(watcher, &QDBusPendingCallWatcher::finished, call,
            [call, fill](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                // A reply of another signature than the XML's is an error here too.
                const Reply reply = *finished;
                BackendResult result;
                result.error = helper::HelperClient::errorOf(reply);
                if (!result.error.isError())
                    fill(reply, result);
                call->finish(result);
            });
    return call;
}

BackendCall* HelperBackend::watchJob(const QDBusPendingReply<QString>& pending) {
    return watch(pending, [](const QDBusPendingReply<QString>& reply, BackendResult& result) {
        result.job = reply.value();
    });
}

BackendCall* HelperBackend::watchDone(const QDBusPendingReply<>& pending) {
    return watch(pending, [](const QDBusPendingReply<>&, BackendResult&) {});
}

BackendCall* HelperBackend::getState() {
    return watch(m_client.getState(),
                 [](const QDBusPendingReply<QVariantMap, QString>& reply, BackendResult& result) {
                     result.json = reply.argumentAt<1>();
                     result.status = TpmStatus::fromJson(result.json);
                 });
}
BackendCall* HelperBackend::startup() {
    return watch(m_client.startup(), [](const QDBusPendingReply<QString>& reply,
                                        BackendResult& result) { result.json = reply.value(); });
}
BackendCall* HelperBackend::assertPresence() {
    return watchDone(m_client.assertPresence());
}
BackendCall* HelperBackend::enable() {
    return watchDone(m_client.enable());
}
BackendCall* HelperBackend::activate() {
    return watchDone(m_client.activate());
}
BackendCall* HelperBackend::selfTest() {
    return watchJob(m_client.selfTest());
}
BackendCall* HelperBackend::createEndorsementKey() {
    return watchJob(m_client.createEndorsementKey());
}
BackendCall* HelperBackend::takeOwnership(const tpm::Secret& owner, const tpm::Secret& srk,
                                          bool ownerSecretStored) {
    return watchJob(m_client.takeOwnership(owner, srk, ownerSecretStored));
}
BackendCall* HelperBackend::provision(const tpm::Secret& owner, const tpm::Secret& srk,
                                      bool ownerSecretStored) {
    return watchJob(m_client.provision(owner, srk, ownerSecretStored));
}
BackendCall* HelperBackend::verifyOwner(const tpm::Secret& owner) {
    return watch(m_client.verifyOwner(owner),
                 [](const QDBusPendingReply<bool, QString>& reply, BackendResult& result) {
                     result.accepted = reply.argumentAt<0>();
                     result.json = reply.argumentAt<1>();
                 });
}
BackendCall* HelperBackend::forceClear() {
    return watchDone(m_client.forceClear());
}
BackendCall* HelperBackend::provisionTpm2(const tpm::AuthValue& lockoutAuth,
                                          bool lockoutAuthStored) {
    return watchJob(m_client.provisionTpm2(lockoutAuth, lockoutAuthStored));
}
BackendCall* HelperBackend::verifyLockout(const tpm::AuthValue& lockoutAuth) {
    return watch(m_client.verifyLockout(lockoutAuth),
                 [](const QDBusPendingReply<bool, QString>& reply, BackendResult& result) {
                     result.accepted = reply.argumentAt<0>();
                     result.json = reply.argumentAt<1>();
                 });
}
BackendCall* HelperBackend::clearWithLockout(const tpm::AuthValue& lockoutAuth) {
    return watch(m_client.clearWithLockout(lockoutAuth),
                 [](const QDBusPendingReply<QString>& reply, BackendResult& result) {
                     result.json = reply.argumentAt<0>();
                 });
}
BackendCall* HelperBackend::requestPhysicalPresence(std::uint32_t operation) {
    return watch(m_client.requestPhysicalPresence(operation),
                 [](const QDBusPendingReply<QString>& reply, BackendResult& result) {
                     result.json = reply.argumentAt<0>();
                 });
}
BackendCall* HelperBackend::cancel(const QString& job) {
    return watchDone(m_client.cancel(job));
}

std::optional<JobOutcome> HelperBackend::takeFinishedJob(const QString& job) {
    return m_client.takeFinishedJob(job);
}

} // namespace tpmprov::ui
