#pragma once
// The provisioning engine for a TPM 2.0, beside the TPM 1.2 one (engine/Provisioner): read
// the state through tpm2-tss, plan (engine/Tpm2Plan), run the next needed step, read again,
// until everything is done and checked, or something stops it. Same report, events and
// outcomes as the 1.2 engine, so tpmprov, the JSON and the helper treat both alike.
//
// Recovery needs no bookkeeping beyond "which step's answer was lost": the TPM's own flags
// (TPM_PT_PERMANENT, the persistent handles) tell whether it was done. A password the TPM
// refuses is never sent again.

#include "crypto/Secret.h"
#include "engine/Provisioner.h"
#include "engine/Sysfs.h"
#include "engine/Tpm2Plan.h"
#include "tpm2/EsysConnection.h"
#include "tpm2/Tpm2Commands.h"
#include "transport/Transport.h"

#include <functional>
#include <memory>
#include <optional>

namespace tpm::tpm2 {

struct Tpm2ProvisionOptions {
    Tpm2Policy policy;
    AuthValue lockoutAuth; // the lockout password to set (must not be empty)
    AuthValue ownerAuth;   // policy.setOwnerAuth: the owner password to set
    AuthValue endorsementAuth;
    // Asked right before the lockout password is sent; only `true` lets it go. The caller
    // answers true once the password is stored and read back.
    std::function<bool()> confirmLockoutAuthStored;
    // As ProvisionOptions::stopBefore.
    std::function<bool(StepId next)> stopBefore;
};

// A TPM 2.0's state as the engine sees it (family, manufacturer, owner, sysfs, tpm2).
Result<TpmState> readTpm2State(EsysConnection& esys, const SysfsReader* sysfs);

class Tpm2Provisioner {
public:
    // spec: the TPM (a device means its resource manager); sysfs: nullptr for swtpm.
    Tpm2Provisioner(TransportSpec spec, const SysfsReader* sysfs);
    ~Tpm2Provisioner();
    void setEventListener(std::function<void(const ProvisionEvent&)> listener) {
        m_listener = std::move(listener);
    }

    ProvisionReport run(const Tpm2ProvisionOptions& options);

private:
    struct RoundBook;
    Result<void> connect();
    std::optional<TpmState> readForRound(RoundBook& book, ProvisionReport& report);
    void resolveLostAnswer(const TpmState& state);
    bool finishes(const Plan& plan, const TpmState& state, const Tpm2ProvisionOptions& options,
                  RoundBook& book, ProvisionReport& report);
    bool runNext(const PlanStep& next, const TpmState& state, const Tpm2ProvisionOptions& options,
                 RoundBook& book, ProvisionReport& report);
    Result<void> runStep(StepId step, const TpmState& state, const Tpm2ProvisionOptions& options);
    Result<void> checkProvisioning(const Tpm2ProvisionOptions& options);
    Result<void> setFirstAuth(Hierarchy hierarchy, const AuthValue& auth,
                              const std::string& contextHash, bool& done);
    const AuthValue& currentLockoutAuth(const Tpm2ProvisionOptions& options) const;

    void publish(ProvisionEvent::Kind kind, StepId step, std::string message);
    void note(StepId step, Message message);
    void fail(ProvisionReport& report, Outcome outcome, const Error& error, StepId step,
              const TpmState* state);

    TransportSpec m_spec;
    const SysfsReader* m_sysfs;
    std::unique_ptr<EsysConnection> m_esys;
    std::function<void(const ProvisionEvent&)> m_listener;
    Tpm2Progress m_progress;
    bool m_lockoutAuthProven = false;   // by the HMAC of HierarchyChangeAuth's answer
    std::optional<StepId> m_lostAnswer; // the step whose answer was lost, until resolved
    std::vector<Message> m_notes;
};

// Whether a TPM 2.0 error means the answer was lost or garbled on the way (the TCTI, the
// resource manager's connection, a response that failed its HMAC check): whether the
// command ran is for the TPM's flags to tell.
bool answerWasLost(const Error& error);

} // namespace tpm::tpm2
