#include "engine/Provisioner.h"

#include "crypto/Crypto.h"
#include "engine/Maintenance.h"
#include "engine/Ownership.h"
#include "engine/Presence.h"
#include "engine/StateReader.h"
#include "engine/TrousersStore.h"
#include "protocol/ByteReader.h"
#include "protocol/Commands.h"
#include "protocol/Response.h"

#include <QLoggingCategory>
#include <map>

namespace tpm {

Q_LOGGING_CATEGORY(lcEngine, "tpmprov.engine")

namespace {

// A full factory-to-owned run takes about 8 rounds; the rest is room for recoveries.
constexpr int kMaxRounds = 24;
constexpr int kMaxRunsPerStep = 3;
constexpr int kMaxResets = 5;
// Asks after a lost TakeOwnership answer: a TPM still generating the SRK answers nothing.
constexpr int kMaxOwnershipChecks = 3;

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// Errors after which TakeOwnership may or may not have run: only the TPM can tell.
bool answerWasLost(const Error& error) {
    return error.kind == ErrorKind::System || error.kind == ErrorKind::Protocol ||
           (error.kind == ErrorKind::Crypto &&
            error.code == static_cast<std::uint32_t>(CryptoErrorCode::ResponseAuthMismatch));
}

} // namespace

std::string outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::OwnedAndVerified:
        return "owned-and-verified";
    case Outcome::RestartRequired:
        return "restart-required";
    case Outcome::AlreadyOwned:
        return "already-owned";
    case Outcome::Blocked:
        return "blocked";
    case Outcome::NotSupported:
        return "not-supported";
    case Outcome::Cancelled:
        return "cancelled";
    case Outcome::Failed:
        break;
    }
    return "failed";
}

int exitCodeFor(Outcome outcome) {
    switch (outcome) {
    case Outcome::OwnedAndVerified:
        return 0;
    case Outcome::RestartRequired:
        return 3;
    default:
        return 1;
    }
}

Provisioner::Provisioner(TpmClient& client, const SysfsReader* sysfs)
    : m_client(client), m_sysfs(sysfs) {}

void Provisioner::publish(ProvisionEvent::Kind kind, StepId step, std::string message) {
    if (m_listener)
        m_listener(ProvisionEvent{kind, step, std::move(message)});
}

void Provisioner::note(StepId step, Message message) {
    qCInfo(lcEngine) << message.text.c_str();
    std::string text = message.text;
    m_notes.push_back(std::move(message));
    publish(ProvisionEvent::Kind::Note, step, std::move(text));
}

ProvisionReport Provisioner::run(const ProvisionOptions& options) {
    m_progress = {};
    m_notes.clear();
    m_srkPublic.reset();
    m_takeOwnershipAttempts = 0;
    m_srkFingerprint.clear();
    m_presenceMayBeAsserted = false;

    ProvisionReport report = runRounds(options);
    finishPresence(options, report);
    registerWithTrousers(options, report);
    report.notes = m_notes;
    return report;
}

ProvisionReport Provisioner::runRounds(const ProvisionOptions& options) {
    ProvisionReport report;
    StateReader reader(m_client, m_sysfs);
    RoundBook book;
    for (int round = 0; round < kMaxRounds; ++round) {
        const auto state = readForRound(reader, options, book.lastStep, report);
        if (!state)
            return report;
        const Plan plan = makePlan(*state, m_progress);
        report.finalPlan = plan;
        const PlanStep* next = plan.next();
        if (stopsBefore(next, *state, report) || !runNext(*next, *state, options, book, report))
            return report;
    }
    fail(report, Outcome::Failed,
         Error::engine(EngineStopCode::StepHadNoEffect, "Provisioning did not converge."),
         book.lastStep, report.finalState ? &*report.finalState : nullptr);
    return report;
}

// Reads the state for the next round; nothing (with the report complete) when the run stops.
std::optional<TpmState> Provisioner::readForRound(StateReader& reader,
                                                  const ProvisionOptions& options, StepId lastStep,
                                                  ProvisionReport& report) {
    auto state = reader.read();
    if (!state) {
        fail(report, Outcome::Failed, state.error(), lastStep, nullptr);
        return std::nullopt;
    }
    report.finalState = *state;
    for (const Message& recovery : state->recoveries)
        note(lastStep, recovery);
    if (state->tpm12.stclear && state->tpm12.stclear->physicalPresence)
        m_presenceMayBeAsserted = true;

    if (state->family != TpmFamily::Tpm12) {
        fail(report, Outcome::NotSupported,
             Error::engine(EngineStopCode::NotTpm12,
                           "This is a TPM " + familyName(state->family) + " (" +
                               state->familyDetail +
                               "). This engine provisions TPM 1.2 chips; a TPM 2.0 is "
                               "provisioned by `tpmprov provision --lockout-password-file F` run "
                               "as root (the helper and the wizard do it in a later version)."),
             lastStep, &*state);
        return std::nullopt;
    }
    // An owner appeared after this run sent TakeOwnership (a lost answer, then a reset): the
    // TPM tells whether it is ours before anything else happens.
    if (state->owned.value_or(false) && !m_progress.ownershipTaken && m_takeOwnershipAttempts > 0) {
        if (auto claimed = claimOwnership(options); !claimed) {
            fail(report, Outcome::Failed, claimed.error(), StepId::TakeOwnership, &*state);
            return std::nullopt;
        }
    }
    return std::move(state.value());
}

// The plan's end, an owner that is not ours, a blocked step or a restart: the run stops here
// (true) with its outcome in the report.
bool Provisioner::stopsBefore(const PlanStep* next, const TpmState& state,
                              ProvisionReport& report) {
    const bool ownedByOther = state.owned.value_or(false) && !m_progress.ownershipTaken;
    if (!next && ownedByOther) {
        failAlreadyOwned(report, state);
        return true;
    }
    if (!next) {
        report.outcome = Outcome::OwnedAndVerified;
        report.srkFingerprint = m_srkFingerprint;
        return true;
    }
    if (next->status == StepStatus::Blocked) {
        fail(report, Outcome::Blocked, Error::engine(EngineStopCode::Blocked, next->reason.text),
             next->id, &state);
        return true;
    }
    if (next->id == StepId::Restart) {
        report.outcome = Outcome::RestartRequired;
        publish(ProvisionEvent::Kind::Note, StepId::Restart,
                "Restart the computer (a full power-off and on), then run this again: it "
                "continues where it stopped.");
        return true;
    }
    return false;
}

// Runs the next step; true to go on with the next round. A reset during the step (the TPM
// answers INVALID_POSTINIT) is recovered a few times; anything else ends the run.
bool Provisioner::runNext(const PlanStep& next, const TpmState& state,
                          const ProvisionOptions& options, RoundBook& book,
                          ProvisionReport& report) {
    if (++book.runsPerStep[next.id] > kMaxRunsPerStep) {
        fail(report, Outcome::Failed,
             Error::engine(EngineStopCode::StepHadNoEffect,
                           "\"" + stepTitle(next.id) + "\" succeeded " +
                               std::to_string(kMaxRunsPerStep) +
                               " times but the TPM's state did not change."),
             next.id, &state);
        return false;
    }
    if (options.stopBefore && options.stopBefore(next.id)) {
        report.outcome = Outcome::Cancelled;
        return false;
    }
    book.lastStep = next.id;
    auto result = runRecordedStep(next.id, state, options, report);
    if (result)
        return true;
    if (result.error().isTpm(rc::InvalidPostInit) && ++book.resets <= kMaxResets) {
        report.steps.back().message = "the TPM had been reset; sent TPM_Startup(ST_CLEAR), "
                                      "reading its state again";
        if (auto recovered = recoverFromReset(next.id); !recovered) {
            fail(report, Outcome::Failed, recovered.error(), next.id, &state);
            return false;
        }
        --book.runsPerStep[next.id]; // the reset, not the step, was the problem
        return true;
    }
    publish(ProvisionEvent::Kind::StepFailed, next.id, report.steps.back().message);
    fail(report, Outcome::Failed,
         result.error().isTpm(rc::InvalidPostInit)
             ? Error::engine(EngineStopCode::TooManyResets,
                             "The TPM was reset " + std::to_string(book.resets) +
                                 " times while provisioning; check the machine's power "
                                 "management and the kernel log.")
             : result.error(),
         next.id, &state);
    return false;
}

Result<void> Provisioner::runRecordedStep(StepId step, const TpmState& state,
                                          const ProvisionOptions& options,
                                          ProvisionReport& report) {
    StepRecord record{step, false, {}, m_client.traceSize(), 0, 0};
    publish(ProvisionEvent::Kind::StepStarted, step, stepTitle(step));
    const auto started = std::chrono::steady_clock::now();
    auto result = runStep(step, state, options);
    record.milliseconds = millisecondsSince(started);
    record.traceEnd = m_client.traceSize();
    record.succeeded = result.ok();
    record.message = result ? "done" : result.error().detail;
    if (result)
        publish(ProvisionEvent::Kind::StepFinished, step, record.message);
    report.steps.push_back(std::move(record));
    return result;
}

void Provisioner::failAlreadyOwned(ProvisionReport& report, const TpmState& state) {
    const std::string what =
        !report.steps.empty()
            ? "The TPM already has an owner. It was turned on (enabled and active); "
              "its owner was left alone."
            : "The TPM already has an owner, so nothing was changed.";
    fail(report, Outcome::AlreadyOwned,
         Error::engine(EngineStopCode::AlreadyOwned,
                       what + " If you have its owner password, check it with `tpmprov "
                              "verify-owner`; to start over, clear the TPM in the firmware setup "
                              "(this destroys every key protected by the old owner)."),
         StepId::TakeOwnership, &state);
}

// Whether the owner the TPM now has is this run's: one owner-authorized check with this
// run's secret (justified: this run sent TakeOwnership), once more after a reset.
Result<void> Provisioner::claimOwnership(const ProvisionOptions& options) {
    auto check = checkOwnerSecret(m_client, options.ownerSecret);
    if (!check && check.error().isTpm(rc::InvalidPostInit)) {
        if (auto recovered = recoverFromReset(StepId::TakeOwnership); !recovered)
            return recovered;
        check = checkOwnerSecret(m_client, options.ownerSecret);
    }
    if (!check)
        return check.error();
    if (*check == OwnerCheck::Rejected)
        return Error::engine(EngineStopCode::OwnedButSecretRejected,
                             "The TPM now has an owner but does not accept this run's owner "
                             "secret. Another program may have taken ownership at the same "
                             "time. Nothing more was sent; find out who owns it before clearing "
                             "it.");
    note(StepId::TakeOwnership, say(MessageId::OwnershipRecovered));
    m_progress.ownershipTaken = true;
    return {};
}

// trousers records the SRK only inside its own TakeOwnership; without the record tpm-tools'
// SRK commands fail with 0x2020. Ownership is done either way, so a failure is a note.
void Provisioner::registerWithTrousers(const ProvisionOptions& options,
                                       const ProvisionReport& report) {
    if (options.trousersStorePath.empty() || report.outcome != Outcome::OwnedAndVerified ||
        !m_progress.ownershipTaken)
        return;
    if (auto registered = registerSrkInTrousersStore(options.trousersStorePath); !registered) {
        note(StepId::Verify, say(MessageId::TrousersNotRegistered, {registered.error().detail}));
        return;
    }
    note(StepId::Verify, say(MessageId::TrousersRegistered, {options.trousersStorePath}));
}

// Presence this run asserted (or found asserted) is released, so no other program can use
// it; LOCK on request keeps it off until the next boot.
void Provisioner::finishPresence(const ProvisionOptions& options, ProvisionReport& report) {
    if (!m_presenceMayBeAsserted && !options.lockPresence)
        return;
    const TpmState* state = report.finalState ? &*report.finalState : nullptr;
    if (state && state->tpm12.stclear && state->tpm12.stclear->physicalPresenceLock)
        return; // locked by the firmware: presence cannot be changed, and is not asserted
    auto released = releasePresence(m_client, options.lockPresence);
    if (!released) {
        note(StepId::PhysicalPresence,
             say(MessageId::PresenceNotReleased, {released.error().detail}));
        return;
    }
    note(StepId::PhysicalPresence, say(options.lockPresence ? MessageId::PresenceReleasedAndLocked
                                                            : MessageId::PresenceReleased));
}

Result<void> Provisioner::recoverFromReset(StepId step) {
    auto started = m_client.startup(StartupType::Clear);
    // Another program may have sent Startup meanwhile: then the TPM answers 0x26 to it.
    if (!started && !started.error().isTpm(rc::InvalidPostInit))
        return started.error();
    note(step, say(MessageId::StartupAfterResetInRun));
    return {};
}

void Provisioner::fail(ProvisionReport& report, Outcome outcome, const Error& error, StepId step,
                       const TpmState* state) {
    report.outcome = outcome;
    report.error = error;
    report.explanation =
        explain::explain(error, diagnosisContext(stepName(step), m_client, state,
                                                 m_takeOwnershipAttempts, false, &error));
}

Result<void> Provisioner::runStep(StepId step, const TpmState& state,
                                  const ProvisionOptions& options) {
    switch (step) {
    case StepId::PhysicalPresence:
        return assertPresenceStep(state);
    case StepId::Enable:
        return turnOn(m_client, *state.tpm12.permanent);
    case StepId::Activate: {
        auto result = activate(m_client);
        if (result)
            note(step, say(MessageId::ActivatedNextRestart));
        return result;
    }
    case StepId::Restart:
        return {}; // the loop stops before this step
    case StepId::SelfTest:
        return selfTest();
    case StepId::EndorsementKey:
        return ensureEndorsementKey(state);
    case StepId::TakeOwnership:
        return takeOwnership(state, options);
    case StepId::Verify:
        return verify(options);
    case StepId::CreateSrk: // TPM 2.0 steps (tpm2/Tpm2Provisioner)
    case StepId::DictionaryAttack:
    case StepId::LockoutAuth:
    case StepId::OwnerAuth:
    case StepId::EndorsementAuth:
    case StepId::CheckProvisioning:
        break;
    }
    return Error::usage("\"" + stepTitle(step) + "\" is not a TPM 1.2 step");
}

Result<void> Provisioner::assertPresenceStep(const TpmState& state) {
    m_presenceMayBeAsserted = true; // even a half-done assertion is released at the end
    auto asserted = assertPresence(m_client, state);
    if (!asserted)
        return asserted.error();
    if (asserted->cmdEnableSwitchedOn)
        note(StepId::PhysicalPresence, say(MessageId::CmdEnableSwitchedOn));
    return {};
}

Result<void> Provisioner::selfTest() {
    // Plain: INVALID_POSTINIT goes back to the loop, which sends Startup and plans again.
    auto result = selfTestFull(m_client, false);
    if (result)
        m_progress.selfTestDone = true;
    return result;
}

// The EK is created only after the TPM said it has none (TPM_NO_ENDORSEMENT); when reading
// it failed for another reason, it is read again, and that error stops the run.
Result<void> Provisioner::ensureEndorsementKey(const TpmState& state) {
    if (state.tpm12.ek == EkStatus::Absent)
        return createEndorsementKey();
    auto ek = readPublicEndorsementKey(m_client);
    if (ek)
        return {}; // it exists: the next state read finds it
    if (ek.error().isTpm(rc::NoEndorsement))
        return createEndorsementKey();
    return ek.error();
}

Result<void> Provisioner::createEndorsementKey() {
    auto created = tpm::createEndorsementKey(m_client, false); // the loop recovers
    if (!created)
        return created.error();
    return {};
}

Result<bool> Provisioner::readOwnedRecovering() {
    auto blob = m_client.getCapability(cap::Property, cap::PropOwner);
    if (!blob)
        return blob.error();
    ByteReader reader(*blob);
    bool owned = false;
    if (!reader.readBool(owned) || !reader.atEnd())
        return Error::protocol(ProtocolErrorCode::BadValue, "owner property is not one TPM_BOOL");
    return owned;
}

Result<void> Provisioner::takeOwnership(const TpmState& state, const ProvisionOptions& options) {
    if (!options.confirmOwnerSecretStored || !options.confirmOwnerSecretStored())
        return Error::engine(EngineStopCode::SecretNotConfirmed,
                             "The owner secret has not been confirmed as stored, so ownership "
                             "was not taken: a TPM whose owner password is lost cannot be "
                             "managed without clearing it.");
    if (!state.tpm12.ekPublic)
        return Error::engine(EngineStopCode::StepHadNoEffect,
                             "The endorsement key could not be read, so the secrets cannot be "
                             "sent to the TPM encrypted.");

    const StepId step = StepId::TakeOwnership;
    const std::size_t recoveriesBefore = m_client.recoveries().size();
    auto reportRecoveries = [&] {
        const auto& all = m_client.recoveries();
        for (std::size_t i = recoveriesBefore; i < all.size(); ++i)
            note(step, all[i]);
    };

    for (;;) {
        // Counted over the whole run: the loop's reset recovery calls this step again.
        if (m_takeOwnershipAttempts >= options.maxTakeOwnershipAttempts)
            return Error::engine(EngineStopCode::TooManyResets,
                                 "TPM_TakeOwnership was tried " +
                                     std::to_string(m_takeOwnershipAttempts) +
                                     " times (the limit) without an answer that settles it; "
                                     "check the machine's power management and the kernel log.");
        ++m_takeOwnershipAttempts;
        // Said only for a retry: "attempt 1 of 3" reads like a failure that did not happen.
        if (m_takeOwnershipAttempts > 1)
            note(step, say(MessageId::TakeOwnershipAttempt,
                           {std::to_string(m_takeOwnershipAttempts),
                            std::to_string(options.maxTakeOwnershipAttempts)}));
        auto srk = takeOwnershipOnce(m_client, *state.tpm12.ekPublic, options.ownerSecret,
                                     options.srkSecret);
        if (srk) {
            m_srkPublic = std::move(srk.value());
            m_progress.ownershipTaken = true;
            return {};
        }
        const Error error = srk.error();
        const bool lastAttempt = m_takeOwnershipAttempts >= options.maxTakeOwnershipAttempts;

        if (error.isTpm(rc::InvalidPostInit)) {
            // Refused before it ran: nothing changed in the TPM.
            if (auto recovered = recoverFromReset(step); !recovered)
                return recovered;
            continue;
        }
        if (!answerWasLost(error))
            return error; // the TPM said no (AUTHFAIL, OWNER_SET, DISABLED...): never retried

        note(step, say(MessageId::AnswerLost, {error.detail}));
        auto owned = readOwnedRecovering();
        for (int check = 1; !owned && answerWasLost(owned.error()) && check < kMaxOwnershipChecks;
             ++check) {
            note(step, say(MessageId::CheckUnanswered, {owned.error().detail}));
            owned = readOwnedRecovering();
        }
        reportRecoveries();
        if (!owned) {
            note(step, say(MessageId::CheckUnansweredAgain, {owned.error().detail}));
            return error;
        }
        if (*owned)
            return claimOwnership(options);
        if (lastAttempt)
            return error;
        note(step, say(MessageId::StillUnowned));
    }
}

Result<void> Provisioner::verify(const ProvisionOptions& options) {
    auto capability = getCapabilityOwner(m_client, options.ownerSecret);
    if (!capability)
        return capability.error();
    auto srk = readStorageRootKey(m_client, options.ownerSecret);
    if (!srk)
        return srk.error();
    if (m_srkPublic && m_srkPublic->pubKey != srk->modulus)
        return Error::engine(EngineStopCode::SrkMismatch,
                             "The storage root key read back differs from the one the TPM "
                             "returned when ownership was taken.");
    if (auto digest = sha1({srk->modulus}))
        m_srkFingerprint = toHex(*digest);
    m_progress.verified = true;
    note(StepId::Verify, say(MessageId::Verified));
    return {};
}

} // namespace tpm
