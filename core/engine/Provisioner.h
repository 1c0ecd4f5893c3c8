#pragma once
// The provisioning engine: read the state, plan, run the next needed step, read again,
// until the TPM is owned and verified, a restart is needed, or something stops it.

#include "crypto/Secret.h"
#include "engine/Plan.h"
#include "engine/TpmClient.h"
#include "explain/ErrorCatalogue.h"

#include <functional>
#include <map>
#include <optional>

namespace tpm {

class StateReader;

struct ProvisionOptions {
    Secret ownerSecret;
    Secret srkSecret; // well-known (zeros) by default, as tpm-tools -z
    // Asked right before TakeOwnership; only `true` lets it be sent. The caller answers
    // true once the owner secret is stored somewhere safe (a password file counts).
    std::function<bool()> confirmOwnerSecretStored;
    int maxTakeOwnershipAttempts = 3; // in the whole run, resets included
    // After the run, lock physical presence (TSC_PhysicalPresence LOCK) until the next boot,
    // besides releasing it (which always happens when this run asserted it).
    bool lockPresence = false;
    // After this run took ownership: register the SRK in trousers' store at this path, so
    // tpm-tools can use it (engine/TrousersStore.h). Empty: trousers is not installed.
    std::string trousersStorePath;
    // Asked before each step is sent; `true` stops the run there with Outcome::Cancelled
    // (nothing of that step is sent). The helper uses it for Cancel and for jobs that run a
    // part of the plan. Empty: never stops.
    std::function<bool(StepId next)> stopBefore;
};

enum class Outcome {
    OwnedAndVerified,
    RestartRequired,
    AlreadyOwned, // owned before this run: the owner was left alone (the TPM may have been
                  // turned on)
    Blocked,      // a step cannot be done from the OS (firmware setting)
    NotSupported, // not a TPM 1.2
    Failed,
    Cancelled, // stopped between steps by ProvisionOptions::stopBefore
};
std::string outcomeName(Outcome outcome);
int exitCodeFor(Outcome outcome); // 0 owned+verified, 3 restart required, 1 otherwise

struct StepRecord {
    StepId step;
    bool succeeded = false;
    std::string message;
    std::size_t traceBegin = 0, traceEnd = 0; // the commands it sent, in the client's trace
    double milliseconds = 0;
};

struct ProvisionEvent {
    enum class Kind { StepStarted, StepFinished, StepFailed, Note };
    Kind kind;
    StepId step;
    std::string message;
};

struct ProvisionReport {
    Outcome outcome = Outcome::Failed;
    std::vector<StepRecord> steps;
    std::vector<Message> notes; // recoveries and retries, in words
    std::optional<Error> error;
    std::optional<explain::Explanation> explanation;
    std::optional<TpmState> finalState;
    std::optional<Plan> finalPlan;
    std::string srkFingerprint; // SHA-1 of the SRK modulus, when verified
};

class Provisioner {
public:
    Provisioner(TpmClient& client, const SysfsReader* sysfs);
    void setEventListener(std::function<void(const ProvisionEvent&)> listener) {
        m_listener = std::move(listener);
    }

    ProvisionReport run(const ProvisionOptions& options);

private:
    // Runs one step. INVALID_POSTINIT comes back as Error::tpm(0x26): the loop then sends
    // Startup, reads the state again and plans again.
    ProvisionReport runRounds(const ProvisionOptions& options);
    // What the rounds of one run count.
    struct RoundBook {
        std::map<StepId, int> runsPerStep;
        int resets = 0;
        StepId lastStep = StepId::PhysicalPresence;
    };
    std::optional<TpmState> readForRound(StateReader& reader, const ProvisionOptions& options,
                                         StepId lastStep, ProvisionReport& report);
    bool stopsBefore(const PlanStep* next, const TpmState& state, ProvisionReport& report);
    bool runNext(const PlanStep& next, const TpmState& state, const ProvisionOptions& options,
                 RoundBook& book, ProvisionReport& report);
    Result<void> runRecordedStep(StepId step, const TpmState& state,
                                 const ProvisionOptions& options, ProvisionReport& report);
    Result<void> runStep(StepId step, const TpmState& state, const ProvisionOptions& options);
    Result<void> assertPresenceStep(const TpmState& state);
    Result<void> claimOwnership(const ProvisionOptions& options);
    void failAlreadyOwned(ProvisionReport& report, const TpmState& state);
    void finishPresence(const ProvisionOptions& options, ProvisionReport& report);
    void registerWithTrousers(const ProvisionOptions& options, const ProvisionReport& report);
    Result<void> selfTest();
    Result<void> ensureEndorsementKey(const TpmState& state);
    Result<void> createEndorsementKey();
    Result<void> takeOwnership(const TpmState& state, const ProvisionOptions& options);
    Result<void> verify(const ProvisionOptions& options);
    Result<bool> readOwnedRecovering();
    Result<void> recoverFromReset(StepId step);

    void publish(ProvisionEvent::Kind kind, StepId step, std::string message);
    void note(StepId step, Message message);
    void fail(ProvisionReport& report, Outcome outcome, const Error& error, StepId step,
              const TpmState* state);

    TpmClient& m_client;
    const SysfsReader* m_sysfs;
    std::function<void(const ProvisionEvent&)> m_listener;
    RunProgress m_progress;
    std::optional<Key> m_srkPublic;
    std::vector<Message> m_notes;
    int m_takeOwnershipAttempts = 0;
    std::string m_srkFingerprint;
    bool m_presenceMayBeAsserted = false; // by this run, or found asserted
};

// The explanation context for an error, filled from what the engine knows.
// error: the failure being explained; its command is looked up in the trace (default: the
// last command sent).
explain::Context diagnosisContext(const std::string& step, const TpmClient& client,
                                  const TpmState* state, int attempts, bool recovered,
                                  const Error* error = nullptr);

} // namespace tpm
