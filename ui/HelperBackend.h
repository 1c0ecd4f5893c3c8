#pragma once
// TpmBackend over tpm-provisioner-helper (io.github.TpmProvisioner1) with non-blocking
// D-Bus calls: the window stays responsive while polkit asks for a password.

#include "HelperClient.h"
#include "TpmBackend.h"

#include <QHash>

class QDBusPendingCall;

namespace tpmprov::ui {

class HelperBackend : public TpmBackend {
    Q_OBJECT
public:
    explicit HelperBackend(const QDBusConnection& bus = QDBusConnection::systemBus(),
                           QObject* parent = nullptr);
    ~HelperBackend() override;

    BackendCall* getState() override;
    BackendCall* startup() override;
    BackendCall* assertPresence() override;
    BackendCall* enable() override;
    BackendCall* activate() override;
    BackendCall* selfTest() override;
    BackendCall* createEndorsementKey() override;
    BackendCall* takeOwnership(const tpm::Secret& owner, const tpm::Secret& srk,
                               bool ownerSecretStored) override;
    BackendCall* provision(const tpm::Secret& owner, const tpm::Secret& srk,
                           bool ownerSecretStored) override;
    BackendCall* verifyOwner(const tpm::Secret& owner) override;
    BackendCall* forceClear() override;
    BackendCall* cancel(const QString& job) override;
    std::optional<JobOutcome> takeFinishedJob(const QString& job) override;

    helper::HelperClient& client() { return m_client; }

private:
    enum class Shape { None, State, String, Job, Verify };
    BackendCall* watch(const QDBusPendingCall& pending, Shape shape);

    helper::HelperClient m_client;
    QHash<QString, JobOutcome> m_finished;
};

} // namespace tpmprov::ui
