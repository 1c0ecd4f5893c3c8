#include "HelperBackend.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace tpmprov::ui {

HelperBackend::HelperBackend(const QDBusConnection& bus, QObject* parent)
    : TpmBackend(parent), m_client(bus) {
    connect(&m_client, &helper::HelperClient::jobProgress, this, &TpmBackend::jobProgress);
    connect(
        &m_client, &helper::HelperClient::jobFinished, this,
        [this](const QString& job, bool succeeded, const QString& outcome, const QString& json) {
            m_finished.insert(job, JobOutcome{job, succeeded, outcome, json});
            Q_EMIT jobFinished(job, succeeded, outcome, json);
        });
    connect(&m_client, &helper::HelperClient::helperVanished, this, &TpmBackend::helperVanished);
}

HelperBackend::~HelperBackend() = default;

BackendCall* HelperBackend::watch(const QDBusPendingCall& pending, Shape shape) {
    auto* call = new BackendCall(this);
    auto* watcher = new QDBusPendingCallWatcher(pending, call);
    connect(watcher, &QDBusPendingCallWatcher::finished, call, [call, shape](auto* w) {
        w->deleteLater();
        const QDBusMessage reply = w->reply();
        BackendResult result;
        const helper::CallError error = helper::HelperClient::errorOfReply(reply);
        result.error = {error.name, error.message};
        const QVariantList args = reply.arguments();
        if (!result.error.isError()) {
            const QString signature = reply.signature();
            bool shapeOk = true;
            switch (shape) {
            case Shape::None:
                break;
            case Shape::State:
                shapeOk = signature == QStringLiteral("a{sv}s");
                if (shapeOk) {
                    result.json = args.at(1).toString();
                    result.status = TpmStatus::fromJson(result.json);
                }
                break;
            case Shape::String:
            case Shape::Job:
                shapeOk = signature == QStringLiteral("s");
                if (shapeOk) {
                    (shape == Shape::Job ? result.job : result.json) = args.at(0).toString();
                }
                break;
            case Shape::Verify:
                shapeOk = signature == QStringLiteral("bs");
                if (shapeOk) {
                    result.accepted = args.at(0).toBool();
                    result.json = args.at(1).toString();
                }
                break;
            }
            if (!shapeOk)
                result.error = {
                    QStringLiteral("org.freedesktop.DBus.Error.InvalidSignature"),
                    tr("The helper answered in an unexpected form (%1).").arg(signature)};
        }
        call->finish(result);
    });
    return call;
}

BackendCall* HelperBackend::getState() {
    return watch(m_client.asyncCall(QStringLiteral("GetState")), Shape::State);
}
BackendCall* HelperBackend::startup() {
    return watch(m_client.asyncCall(QStringLiteral("Startup")), Shape::String);
}
BackendCall* HelperBackend::assertPresence() {
    return watch(m_client.asyncCall(QStringLiteral("AssertPresence")), Shape::None);
}
BackendCall* HelperBackend::enable() {
    return watch(m_client.asyncCall(QStringLiteral("Enable")), Shape::None);
}
BackendCall* HelperBackend::activate() {
    return watch(m_client.asyncCall(QStringLiteral("Activate")), Shape::None);
}
BackendCall* HelperBackend::selfTest() {
    return watch(m_client.asyncCall(QStringLiteral("SelfTest")), Shape::Job);
}
BackendCall* HelperBackend::createEndorsementKey() {
    return watch(m_client.asyncCall(QStringLiteral("CreateEndorsementKey")), Shape::Job);
}
BackendCall* HelperBackend::takeOwnership(const tpm::Secret& owner, const tpm::Secret& srk,
                                          bool ownerSecretStored) {
    return watch(m_client.asyncSecretsCall(QStringLiteral("TakeOwnership"), {&owner, &srk},
                                           {ownerSecretStored}),
                 Shape::Job);
}
BackendCall* HelperBackend::provision(const tpm::Secret& owner, const tpm::Secret& srk,
                                      bool ownerSecretStored) {
    return watch(
        m_client.asyncSecretsCall(QStringLiteral("Provision"), {&owner, &srk}, {ownerSecretStored}),
        Shape::Job);
}
BackendCall* HelperBackend::verifyOwner(const tpm::Secret& owner) {
    return watch(m_client.asyncSecretsCall(QStringLiteral("VerifyOwner"), {&owner}), Shape::Verify);
}
BackendCall* HelperBackend::forceClear() {
    return watch(m_client.asyncCall(QStringLiteral("ForceClear")), Shape::None);
}
BackendCall* HelperBackend::cancel(const QString& job) {
    return watch(m_client.asyncCall(QStringLiteral("Cancel"), {job}), Shape::None);
}

std::optional<JobOutcome> HelperBackend::takeFinishedJob(const QString& job) {
    const auto it = m_finished.find(job);
    if (it == m_finished.end())
        return std::nullopt;
    JobOutcome outcome = *it;
    m_finished.erase(it);
    return outcome;
}

} // namespace tpmprov::ui
