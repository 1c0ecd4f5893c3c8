#pragma once
// TpmBackend over tpm-provisioner-helper (io.github.TpmProvisioner1) with non-blocking
// D-Bus calls: the window stays responsive while polkit asks for a password.

#include "HelperClient.h"
#include "backend/TpmBackend.h"

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
    BackendCall* provisionTpm2(const tpm::AuthValue& lockoutAuth, bool lockoutAuthStored) override;
    BackendCall* verifyLockout(const tpm::AuthValue& lockoutAuth) override;
    BackendCall* clearWithLockout(const tpm::AuthValue& lockoutAuth) override;
    BackendCall* requestPhysicalPresence(std::uint32_t operation) override;
    BackendCall* cancel(const QString& job) override;
    std::optional<JobOutcome> takeFinishedJob(const QString& job) override;

private:
    // Finishes a BackendCall when the reply arrives: an error as it is, a reply through
    // fill (which copies the reply's values into the result).
    template <class Reply, class Fill>
    BackendCall* watch(const Reply& pending, Fill fill);
    BackendCall* watchJob(const QDBusPendingReply<QString>& pending);
    BackendCall* watchDone(const QDBusPendingReply<>& pending);

    helper::HelperClient m_client;
};

} // namespace tpmprov::ui
