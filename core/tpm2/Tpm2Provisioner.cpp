#include "tpm2/Tpm2Provisioner.h"

#include "tpm2/Tpm2Commands.h"
#include "tpm2/Tpm2Reader.h"

#include <QLoggingCategory>
#include <chrono>
#include <map>
#include <thread>

namespace tpm::tpm2 {

Q_LOGGING_CATEGORY(lcTpm2Engine, "tpmprov.engine.tpm2")

namespace {

constexpr int kMaxRounds = 24;
constexpr int kMaxRunsPerStep = 3;
constexpr int kMaxStartups = 5;
constexpr int kMaxLostAnswers = 5;
// ESAPI sends a command again at once on RETRY, TESTING and YIELDED, a few times; beyond
// that the engine waits, doubling from 100 ms (6.3 s in all).
constexpr int kMaxBusyWaits = 6;
constexpr std::chrono::milliseconds kFirstBusyWait{100};

constexpr std::uint32_t kLayerTcti = 10;
constexpr std::uint32_t kLayerResourceManager = 11;
constexpr std::uint32_t kLayerSys = 8;
constexpr std::uint32_t kLayerEsys = 7;
constexpr std::uint32_t kLayerMu = 9;

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

} // namespace

// TPM_RC_RETRY, TPM_RC_TESTING, TPM_RC_YIELDED: the TPM did not run the command; it will.
static const char* busyName(const Error& error) {
    if (error.kind != ErrorKind::Tss2)
        return nullptr;
    const std::uint32_t layer = (error.code >> 16) & 0xFF;
    if (layer != 0 && layer != 12)
        return nullptr;
    switch (error.code & 0xFFF) {
    case 0x922:
        return "TPM_RC_RETRY";
    case 0x90A:
        return "TPM_RC_TESTING";
    case 0x908:
        return "TPM_RC_YIELDED";
    default:
        return nullptr;
    }
}

bool answerWasLost(const Error& error) {
    if (error.kind == ErrorKind::System)
        return true;
    if (error.kind != ErrorKind::Tss2)
        return false;
    const std::uint32_t layer = (error.code >> 16) & 0xFF;
    return layer == kLayerTcti || layer == kLayerResourceManager || layer == kLayerSys ||
           layer == kLayerEsys || layer == kLayerMu;
}

Result<TpmState> readTpm2State(EsysConnection& esys, const SysfsReader* sysfs) {
    TpmState state;
    state.family = TpmFamily::Tpm20;
    state.familyDetail = "read through tpm2-tss (" + esys.tcti() + ")";
    if (sysfs)
        state.sysfs = sysfs->read();
    auto reading = readTpm2(esys);
    if (!reading)
        return reading.error();
    applyReading(state, std::move(reading.value()));
    return state;
}

struct Tpm2Provisioner::RoundBook {
    std::map<StepId, int> runsPerStep;
    int startups = 0;
    int busyWaits = 0;
    int lostAnswers = 0;
    StepId lastStep = StepId::CreateSrk;
};

Tpm2Provisioner::Tpm2Provisioner(TransportSpec spec, const SysfsReader* sysfs)
    : m_spec(std::move(spec)), m_sysfs(sysfs) {}

Tpm2Provisioner::~Tpm2Provisioner() = default;

void Tpm2Provisioner::publish(ProvisionEvent::Kind kind, StepId step, std::string message) {
    if (m_listener)
        m_listener(ProvisionEvent{kind, step, std::move(message)});
}

void Tpm2Provisioner::note(StepId step, Message message) {
    qCInfo(lcTpm2Engine) << message.text.c_str();
    std::string text = message.text;
    m_notes.push_back(std::move(message));
    publish(ProvisionEvent::Kind::Note, step, std::move(text));
}

void Tpm2Provisioner::fail(ProvisionReport& report, Outcome outcome, const Error& error,
                           StepId step, const TpmState* state) {
    report.outcome = outcome;
    report.error = error;
    explain::Context context;
    context.step = stepName(step);
    context.emulated = m_spec.kind == TransportSpec::Kind::Swtpm;
    context.devicePath = m_spec.devicePath;
    if (state)
        context.vendor = state->manufacturer;
    report.explanation = explain::explain(error, context);
}

Result<void> Tpm2Provisioner::connect() {
    if (m_esys)
        return {};
    auto esys = EsysConnection::openFor(m_spec);
    if (!esys)
        return esys.error();
    m_esys = std::move(esys.value());
    return {};
}

ProvisionReport Tpm2Provisioner::run(const Tpm2ProvisionOptions& options) {
    m_progress = {};
    m_lockoutAuthProven = false;
    m_lostAnswer.reset();
    m_notes.clear();
    ProvisionReport report;
    RoundBook book;
    for (int round = 0; round < kMaxRounds; ++round) {
        const auto state = readForRound(book, report);
        if (!state) {
            if (report.error)
                break;
            continue; // reconnected or started: read again
        }
        const Plan plan = makeTpm2Plan(*state, options.policy, m_progress);
        report.finalPlan = plan;
        if (finishes(plan, *state, options, book, report) ||
            !runNext(*plan.next(), *state, options, book, report))
            break;
        if (round + 1 == kMaxRounds)
            fail(report, Outcome::Failed,
                 Error::engine(EngineStopCode::StepHadNoEffect, "Provisioning did not converge."),
                 book.lastStep, &*state);
    }
    m_esys.reset(); // a resource manager flushes what this connection loaded
    report.notes = m_notes;
    return report;
}

// The state for this round; nothing with report.error set when the run stops, nothing without
// it when the round is to be repeated (after a reconnect or TPM2_Startup).
std::optional<TpmState> Tpm2Provisioner::readForRound(RoundBook& book, ProvisionReport& report) {
    auto state = [&]() -> Result<TpmState> {
        if (auto connected = connect(); !connected)
            return connected.error();
        auto read = readTpm2State(*m_esys, m_sysfs);
        // Without a resource manager (swtpm) a lost answer may have left this run's primary
        // key loaded; a resource manager flushed it when the connection closed, a reset too.
        if (read && !read->awaitingStartup && m_lostAnswer)
            if (auto flushed = flushTransientObjects(*m_esys); !flushed)
                return flushed.error();
        return read;
    }();
    if (!state) {
        if (answerWasLost(state.error()) && m_esys && ++book.lostAnswers <= kMaxLostAnswers) {
            m_esys.reset();
            return std::nullopt;
        }
        fail(report, Outcome::Failed, state.error(), book.lastStep, nullptr);
        return std::nullopt;
    }
    report.finalState = *state;
    if (state->awaitingStartup) {
        if (++book.startups > kMaxStartups) {
            fail(report, Outcome::Failed,
                 Error::engine(EngineStopCode::TooManyResets,
                               "The TPM was reset " + std::to_string(kMaxStartups) +
                                   " times while provisioning; check the machine's power "
                                   "management and the kernel log."),
                 book.lastStep, &*state);
            return std::nullopt;
        }
        if (auto started = startup(*m_esys); !started) {
            fail(report, Outcome::Failed, started.error(), book.lastStep, &*state);
            return std::nullopt;
        }
        note(book.lastStep, say(MessageId::Tpm2StartupSent));
        return std::nullopt;
    }
    resolveLostAnswer(*state);
    return std::move(state.value());
}

// After a lost answer the TPM's flags and handles say whether the step ran; never a secret.
void Tpm2Provisioner::resolveLostAnswer(const TpmState& state) {
    if (!m_lostAnswer || !state.tpm2.permanent)
        return;
    const StepId step = *std::exchange(m_lostAnswer, std::nullopt);
    const Tpm2Permanent& p = *state.tpm2.permanent;
    bool done = false;
    switch (step) {
    case StepId::CreateSrk:
        done = m_progress.srkCreated = state.tpm2.srk.has_value();
        if (done)
            note(step, say(MessageId::Tpm2SrkFound));
        break;
    case StepId::LockoutAuth:
        done = m_progress.lockoutAuthSet = p.lockoutAuthSet;
        if (done)
            note(step, say(MessageId::Tpm2LockoutFound));
        break;
    case StepId::OwnerAuth:
        done = m_progress.ownerAuthSet = p.ownerAuthSet;
        break;
    case StepId::EndorsementAuth:
        done = m_progress.endorsementAuthSet = p.endorsementAuthSet;
        break;
    default:
        return; // DA settings and checks are seen in the state, or simply repeated
    }
    if (!done)
        note(step, say(MessageId::Tpm2NotApplied, {stepTitle(step)}));
}

// The plan's end, a blocked step or a stop request: the run ends here (true).
bool Tpm2Provisioner::finishes(const Plan& plan, const TpmState& state,
                               const Tpm2ProvisionOptions& options, RoundBook& book,
                               ProvisionReport& report) {
    const PlanStep* next = plan.next();
    if (!next && lockoutSetBefore(state, m_progress) && !m_progress.checked) {
        fail(report, Outcome::AlreadyOwned,
             Error::engine(EngineStopCode::LockoutSetBefore,
                           "A lockout password was set before this run (by Windows, the "
                           "firmware, another tool or an earlier run), so it was left alone" +
                               std::string(m_progress.srkCreated ? " (the shared storage key "
                                                                   "was created)"
                                                                 : "") +
                               ". If you have it, check it with `tpmprov verify-lockout` (one "
                               "try); to start over, clear the TPM with it (`tpmprov clear`) or "
                               "through the firmware."),
             StepId::LockoutAuth, &state);
        return true;
    }
    if (!next) {
        report.outcome = Outcome::OwnedAndVerified;
        return true;
    }
    // A run that cannot finish does not start: a blocked step anywhere stops it before the
    // first change (no step of this plan unblocks another).
    for (const PlanStep& step : plan.steps)
        if (step.status == StepStatus::Blocked) {
            fail(report, Outcome::Blocked, Error::engine(EngineStopCode::Blocked, step.reason.text),
                 step.id, &state);
            return true;
        }
    if (options.stopBefore && options.stopBefore(next->id)) {
        report.outcome = Outcome::Cancelled;
        return true;
    }
    if (++book.runsPerStep[next->id] > kMaxRunsPerStep) {
        fail(report, Outcome::Failed,
             Error::engine(EngineStopCode::StepHadNoEffect,
                           "\"" + stepTitle(next->id) + "\" ran " +
                               std::to_string(kMaxRunsPerStep) +
                               " times but the TPM's state did not change."),
             next->id, &state);
        return true;
    }
    return false;
}

bool Tpm2Provisioner::runNext(const PlanStep& next, const TpmState& state,
                              const Tpm2ProvisionOptions& options, RoundBook& book,
                              ProvisionReport& report) {
    book.lastStep = next.id;
    StepRecord record{next.id, false, {}, 0, 0, 0};
    publish(ProvisionEvent::Kind::StepStarted, next.id, stepTitle(next.id));
    const auto started = std::chrono::steady_clock::now();
    auto result = runStep(next.id, state, options);
    record.milliseconds = millisecondsSince(started);
    record.succeeded = result.ok();
    record.message = result ? "done" : result.error().detail;
    report.steps.push_back(record);
    if (result) {
        publish(ProvisionEvent::Kind::StepFinished, next.id, record.message);
        return true;
    }
    if (const char* busy = busyName(result.error()); busy && book.busyWaits < kMaxBusyWaits) {
        const auto wait = kFirstBusyWait * (1 << book.busyWaits++);
        std::this_thread::sleep_for(wait); // a backoff for the TPM, not synchronisation
        note(next.id, say(MessageId::Tpm2Busy, {busy, std::to_string(wait.count())}));
        --book.runsPerStep[next.id]; // the TPM's business, not the step's
        return true;
    }
    if (answerWasLost(result.error()) && ++book.lostAnswers <= kMaxLostAnswers) {
        note(next.id, say(MessageId::Tpm2AnswerLost, {stepTitle(next.id), result.error().detail}));
        m_lostAnswer = next.id;
        m_esys.reset(); // ESAPI's state after a lost answer is unknown: start afresh
        return true;
    }
    publish(ProvisionEvent::Kind::StepFailed, next.id, record.message);
    fail(report, Outcome::Failed, result.error(), next.id, &state);
    return false;
}

const AuthValue& Tpm2Provisioner::currentLockoutAuth(const Tpm2ProvisionOptions& options) const {
    static const AuthValue kEmpty;
    return m_progress.lockoutAuthSet ? options.lockoutAuth : kEmpty;
}

Result<void> Tpm2Provisioner::runStep(StepId step, const TpmState& state,
                                      const Tpm2ProvisionOptions& options) {
    const std::string& hash = state.tpm2.contextHash;
    const AuthValue empty;
    switch (step) {
    case StepId::CreateSrk: {
        auto created = createSharedSrk(*m_esys, options.policy.srkAlgorithm, empty);
        if (!created)
            return created.error();
        m_progress.srkCreated = true;
        return {};
    }
    case StepId::DictionaryAttack:
        return setDictionaryAttack(*m_esys, currentLockoutAuth(options),
                                   {options.policy.daMaxTries, options.policy.daRecoveryTime,
                                    options.policy.daLockoutRecovery});
    case StepId::LockoutAuth: {
        if (auto size = checkAuthSize(options.lockoutAuth, hash, "lockout password"); !size)
            return size;
        if (options.lockoutAuth.empty())
            return Error::usage("the lockout password is empty");
        if (!options.confirmLockoutAuthStored || !options.confirmLockoutAuthStored())
            return Error::engine(EngineStopCode::SecretNotConfirmed,
                                 "The lockout password was not confirmed as stored, so it was "
                                 "not set.");
        auto changed = changeAuth(*m_esys, Hierarchy::Lockout, empty, options.lockoutAuth);
        if (!changed)
            return changed;
        m_progress.lockoutAuthSet = true;
        m_lockoutAuthProven = true;
        return {};
    }
    case StepId::OwnerAuth:
        return setFirstAuth(Hierarchy::Owner, options.ownerAuth, hash, m_progress.ownerAuthSet);
    case StepId::EndorsementAuth:
        return setFirstAuth(Hierarchy::Endorsement, options.endorsementAuth, hash,
                            m_progress.endorsementAuthSet);
    case StepId::CheckProvisioning:
        return checkProvisioning(options);
    default:
        break;
    }
    return Error::usage("\"" + stepTitle(step) + "\" is not a TPM 2.0 step");
}

// An owner or endorsement password where none is set; `done` records it for the check.
Result<void> Tpm2Provisioner::setFirstAuth(Hierarchy hierarchy, const AuthValue& auth,
                                           const std::string& contextHash, bool& done) {
    if (auto size = checkAuthSize(auth, contextHash, hierarchyName(hierarchy) + " password"); !size)
        return size;
    auto changed = changeAuth(*m_esys, hierarchy, AuthValue{}, auth);
    done = changed.ok();
    return changed;
}

// What this run set, checked: the lockout password (by the HMAC of its own answer, else by one
// DictionaryAttackParameters with the values already set: this run's password, found set after
// a lost answer), owner and endorsement passwords (PolicySecret: never counted), and the SRK
// and flags read back.
Result<void> Tpm2Provisioner::checkProvisioning(const Tpm2ProvisionOptions& options) {
    if (m_progress.lockoutAuthSet && !m_lockoutAuthProven) {
        if (auto checked =
                setDictionaryAttack(*m_esys, options.lockoutAuth,
                                    {options.policy.daMaxTries, options.policy.daRecoveryTime,
                                     options.policy.daLockoutRecovery});
            !checked)
            return checked;
        m_lockoutAuthProven = true;
    }
    if (m_progress.ownerAuthSet)
        if (auto checked = checkHierarchyAuth(*m_esys, Hierarchy::Owner, options.ownerAuth);
            !checked)
            return checked;
    if (m_progress.endorsementAuthSet)
        if (auto checked =
                checkHierarchyAuth(*m_esys, Hierarchy::Endorsement, options.endorsementAuth);
            !checked)
            return checked;
    auto state = readTpm2State(*m_esys, nullptr);
    if (!state)
        return state.error();
    const Tpm2Details& d = state->tpm2;
    if (!d.srk)
        return Error::engine(EngineStopCode::CheckFailed,
                             "Nothing is at 0x81000001 after provisioning.");
    if (m_progress.srkCreated && !d.srk->sharedTemplate)
        return Error::engine(EngineStopCode::CheckFailed,
                             "The key at 0x81000001 does not have the shared template (" +
                                 d.srk->templateDetail + ").");
    if (!d.permanent || (m_progress.lockoutAuthSet && !d.permanent->lockoutAuthSet) ||
        (m_progress.ownerAuthSet && !d.permanent->ownerAuthSet) ||
        (m_progress.endorsementAuthSet && !d.permanent->endorsementAuthSet))
        return Error::engine(EngineStopCode::CheckFailed,
                             "The TPM's flags do not show the passwords this run set.");
    m_progress.checked = true;
    note(StepId::CheckProvisioning, say(MessageId::Tpm2Checked));
    return {};
}

} // namespace tpm::tpm2
