#pragma once
// Everything the helper does to the TPM. Runs on the worker thread only; each operation
// opens the configured TPM, does its work and closes it again, so the device is not held
// while the helper idles.

#include "JobOptions.h"
#include "JobRegistry.h"
#include "crypto/Secret.h"
#include "engine/Presence.h"
#include "engine/TpmClient.h"
#include "engine/TpmState.h"
#include "transport/Transport.h"

#include <QString>
#include <QVariantMap>
#include <functional>

namespace tpmprov::helper {

// A short (non-job) operation's answer. failureJson: {target, error, explanation}, compact,
// the object `tpmprov --json` prints for a failure.
struct OperationResult {
    bool ok = false;
    QString failureJson;
    QVariantMap state; // GetState
    QString json;      // GetState, Startup, VerifyOwner, RequestPhysicalPresence
    bool accepted = false;
};

// A TPM 2.0 operation with one hierarchy password (tpm2/Tpm2Lockout).
enum class Tpm2AuthOperation { VerifyOwner, VerifyLockout, ResetLockout, Clear };

struct JobResult {
    bool succeeded = false;
    QString outcome;
    QString json;
};

// step: engine step id ("take-ownership"); expectedSeconds: the TPM's duration for the
// step's command, 0 when unknown.
using ProgressFunction = std::function<void(const QString& step, const QString& message,
                                            double expectedSeconds, bool stepStarted)>;

class TpmOperations {
public:
    explicit TpmOperations(tpm::TransportSpec target, std::string sysfsRoot = "/sys");

    const tpm::TransportSpec& target() const { return m_target; }

    OperationResult getState();
    OperationResult assertPresence();
    OperationResult enable();
    OperationResult activate();
    OperationResult startup();
    OperationResult verifyOwner(const tpm::Secret& ownerSecret);
    OperationResult forceClear();
    // A TPM 2.0 (tpm2/Tpm2Lockout): one command with the owner or lockout password. The
    // checks answer accepted=false when the TPM refused it (VerifyLockout: one try spent;
    // VerifyOwner: PolicySecret, not counted).
    OperationResult tpm2AuthOperation(Tpm2AuthOperation operation, const tpm::AuthValue& auth);
    // Through sysfs only (the firmware's PPI): never opens the TPM.
    OperationResult requestPhysicalPresence(std::uint32_t operation);

    JobResult selfTest(JobControl& control, const ProgressFunction& progress);
    JobResult createEndorsementKey(JobControl& control, const ProgressFunction& progress);
    // OwnershipOnly: the TakeOwnership job (take ownership and verify, nothing before it);
    // WholePlan: the Provision job.
    enum class Scope { WholePlan, OwnershipOnly };
    JobResult provision(const tpm::Secret& ownerSecret, const tpm::Secret& srkSecret,
                        bool ownerSecretStored, const JobOptions& jobOptions, Scope scope,
                        JobControl& control, const ProgressFunction& progress);

private:
    JobResult provisionTpm2(const Tpm2JobOptions& options, bool lockoutAuthStored,
                            JobControl& control, const ProgressFunction& progress);
    // Opens the TPM and runs `work` through core's tpm::runUnderPresence; explains a failure
    // in `step`'s words (ordinal: the command `work` sends).
    OperationResult underPresence(const char* step, std::uint32_t ordinal,
                                  const tpm::PresenceWork& work);
    std::string targetText() const { return m_target.toString(); }
    tpm::TransportSpec m_target;
    std::string m_sysfsRoot;
};

} // namespace tpmprov::helper
