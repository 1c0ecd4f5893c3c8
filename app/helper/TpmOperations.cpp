#include "TpmOperations.h"

#include "crypto/Crypto.h"
#include "engine/Maintenance.h"
#include "engine/Ownership.h"
#include "engine/PpiRequest.h"
#include "engine/Presence.h"
#include "engine/Provisioner.h"
#include "engine/StateReader.h"
#include "engine/TrousersStore.h"
#include "protocol/Commands.h"
#include "protocol/Response.h"
#include "report/JsonReport.h"
#include "tpm2/Tpm2Lockout.h"
#include "tpm2/Tpm2Provisioner.h"
#include "tpm2/Tpm2Reader.h"
#include "transport/DeviceHolders.h"

#include <QJsonDocument>
#include <cerrno>
#include <memory>
#include <optional>

namespace tpmprov::helper {

namespace {

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// One opened TPM for one operation.
struct Session {
    std::unique_ptr<tpm::TpmClient> client;
    std::optional<tpm::SysfsReader> sysfs;
    const tpm::SysfsReader* sysfsReader() const { return sysfs ? &*sysfs : nullptr; }
};

double expectedSecondsFor(const tpm::TpmState* state, tpm::DurationClass durationClass) {
    if (!state || !state->tpm12.durations)
        return 0;
    switch (durationClass) {
    case tpm::DurationClass::Long:
        return static_cast<double>(state->tpm12.durations->longUs) / 1e6;
    case tpm::DurationClass::Medium:
        return static_cast<double>(state->tpm12.durations->mediumUs) / 1e6;
    case tpm::DurationClass::Short:
    case tpm::DurationClass::PhysicalPresence:
        break;
    }
    return static_cast<double>(state->tpm12.durations->shortUs) / 1e6;
}

tpm::DurationClass durationClassOfStep(tpm::StepId step) {
    switch (step) {
    case tpm::StepId::SelfTest:
        return tpm::durationClassOf(tpm::ordinal::SelfTestFull);
    case tpm::StepId::EndorsementKey:
        return tpm::durationClassOf(tpm::ordinal::CreateEndorsementKeyPair);
    case tpm::StepId::TakeOwnership:
        return tpm::durationClassOf(tpm::ordinal::TakeOwnership);
    default:
        return tpm::DurationClass::Short;
    }
}

} // namespace

class OperationContext {
public:
    OperationContext(const tpm::TransportSpec& target, const std::string& sysfsRoot)
        : m_target(target), m_sysfsRoot(sysfsRoot) {}

    // Opens the TPM; on failure fills m_failure and returns false.
    bool open() {
        auto transport = tpm::openTransport(m_target);
        if (!transport) {
            tpm::explain::Context context;
            context.step = "open";
            if (m_target.kind == tpm::TransportSpec::Kind::Device &&
                transport.error().kind == tpm::ErrorKind::System && transport.error().code == EBUSY)
                context.deviceHolder =
                    tpm::describeDeviceHolders(tpm::findDeviceHolders(m_target.devicePath));
            m_failureJson = failureJson(transport.error(), context);
            return false;
        }
        m_session.client = std::make_unique<tpm::TpmClient>(std::move(transport.value()));
        if (m_target.kind == tpm::TransportSpec::Kind::Device)
            m_session.sysfs.emplace(m_sysfsRoot, m_target.devicePath);
        return true;
    }

    tpm::TpmClient& client() { return *m_session.client; }
    const tpm::SysfsReader* sysfs() const { return m_session.sysfsReader(); }
    // Closes the connection open() made: tpm2-tss opens its own to a TPM 2.0 (the
    // resource manager for a device; swtpm serves one connection at a time).
    void closeClient() { m_session.client.reset(); }

    // The same object Cli::fail prints with --json.
    QString failureJson(const tpm::Error& error, tpm::explain::Context context) const {
        if (context.devicePath.empty() && m_target.kind == tpm::TransportSpec::Kind::Device)
            context.devicePath = m_target.devicePath;
        return compact(tpm::report::failureToJson(m_target.toString(), error,
                                                  tpm::explain::explain(error, context)));
    }

    OperationResult fail(const tpm::Error& error, const std::string& step,
                         const tpm::TpmState* state = nullptr, std::uint32_t ordinal = 0) const {
        tpm::explain::Context context =
            m_session.client ? tpm::diagnosisContext(step, *m_session.client, state, 0, false)
                             : tpm::explain::Context{};
        context.step = step;
        if (ordinal != 0)
            context.ordinal = ordinal;
        OperationResult result;
        result.failureJson = failureJson(error, context);
        return result;
    }

    OperationResult openFailure() const {
        OperationResult result;
        result.failureJson = m_failureJson;
        return result;
    }
    const QString& openFailureJson() const { return m_failureJson; }

    QString doneJson(const QString& what) const {
        QJsonObject object;
        object.insert(QStringLiteral("target"), QString::fromStdString(m_target.toString()));
        object.insert(QStringLiteral("result"), what);
        return compact(object);
    }

private:
    const tpm::TransportSpec& m_target;
    const std::string& m_sysfsRoot;
    Session m_session;
    QString m_failureJson;
};

TpmOperations::TpmOperations(tpm::TransportSpec target, std::string sysfsRoot)
    : m_target(std::move(target)), m_sysfsRoot(std::move(sysfsRoot)) {}

OperationResult TpmOperations::getState() {
    OperationContext op(m_target, m_sysfsRoot);
    if (!op.open())
        return op.openFailure();
    op.client().setStartupAfterReset(false); // reading must not reset the PCRs
    tpm::StateReader reader(op.client(), op.sysfs());
    auto state = reader.read();
    if (state && state->family == tpm::TpmFamily::Tpm20) {
        op.closeClient(); // only reads: GetCapability and ReadPublic, never Startup
        if (auto details = tpm::tpm2::completeTpm2State(*state, m_target); !details)
            state = details.error();
    }
    if (!state)
        return op.fail(state.error(), "status");
    const tpm::Plan plan = tpm::makePlan(*state);
    OperationResult result;
    result.ok = true;
    QVariantMap& map = result.state;
    map.insert(QStringLiteral("family"), QString::fromStdString(tpm::familyName(state->family)));
    map.insert(QStringLiteral("chipVersion"), QString::fromStdString(state->chipVersion()));
    map.insert(QStringLiteral("vendor"), QString::fromStdString(state->vendor()));
    if (state->owned) // a{sv} has no null: left out when the TPM did not say
        map.insert(QStringLiteral("owned"), *state->owned);
    if (state->tpm12.permanent)
        map.insert(QStringLiteral("enabled"), state->enabled());
    if (state->tpm12.stclear)
        map.insert(QStringLiteral("active"), state->active());
    map.insert(QStringLiteral("ekStatus"),
               QString::fromStdString(tpm::ekStatusName(state->tpm12.ek)));
    map.insert(QStringLiteral("ekFingerprint"), QString::fromStdString(state->tpm12.ekFingerprint));
    result.json = compact(tpm::report::statusToJson(targetText(), *state, plan));
    return result;
}

OperationResult TpmOperations::assertPresence() {
    OperationContext op(m_target, m_sysfsRoot);
    if (!op.open())
        return op.openFailure();
    auto state = tpm::readPresenceState(op.client(), op.sysfs());
    if (!state)
        return op.fail(state.error(), "physical-presence");
    // Proves presence can be asserted (switching CMD_ENABLE on where that is needed) and
    // releases it at once: the presence-gated methods assert it themselves, so nothing is
    // left for another local program to use.
    auto asserted = tpm::assertPresence(op.client(), *state);
    if (!asserted)
        return op.fail(asserted.error(), "physical-presence", &*state);
    if (auto released = tpm::releasePresence(op.client(), false); !released)
        return op.fail(released.error(), "physical-presence", &*state,
                       tpm::ordinal::PhysicalPresence);
    OperationResult result;
    result.ok = true;
    return result;
}

// Presence-gated work as one operation: presence asserted when needed, the work, presence
// released again (left asserted, any local program could ForceClear without being present).
// A reset drops presence, so after INVALID_POSTINIT the whole operation runs once more.
OperationResult TpmOperations::underPresence(const char* step, std::uint32_t ordinal,
                                             const tpm::PresenceWork& work) {
    OperationContext op(m_target, m_sysfsRoot);
    if (!op.open())
        return op.openFailure();
    if (auto failed = tpm::runUnderPresence(op.client(), op.sysfs(), work)) {
        const tpm::TpmState* state = failed->state ? &*failed->state : nullptr;
        if (failed->atPresence)
            return op.fail(failed->error, "physical-presence", state);
        return op.fail(failed->error, step, state, state ? ordinal : 0);
    }
    OperationResult result;
    result.ok = true;
    return result;
}

OperationResult TpmOperations::enable() {
    return underPresence("enable", tpm::ordinal::PhysicalEnable,
                         [](tpm::TpmClient& client, const tpm::TpmState& state) {
                             return tpm::turnOn(client, *state.tpm12.permanent);
                         });
}

OperationResult TpmOperations::activate() {
    return underPresence(
        "activate", tpm::ordinal::PhysicalSetDeactivated,
        [](tpm::TpmClient& client, const tpm::TpmState&) { return tpm::activate(client); });
}

OperationResult TpmOperations::startup() {
    OperationContext op(m_target, m_sysfsRoot);
    if (!op.open())
        return op.openFailure();
    auto started = tpm::startupTpm(op.client());
    if (!started)
        return op.fail(started.error(), "startup", nullptr, tpm::ordinal::Startup);
    OperationResult result;
    result.ok = true;
    result.json = op.doneJson(QString::fromStdString(tpm::startupOutcomeText(*started)));
    return result;
}

OperationResult TpmOperations::verifyOwner(const tpm::Secret& ownerSecret) {
    OperationContext op(m_target, m_sysfsRoot);
    if (!op.open())
        return op.openFailure();
    tpm::StateReader reader(op.client(), op.sysfs());
    auto state = reader.read();
    if (!state)
        return op.fail(state.error(), "verify-owner");
    // One try only: a wrong secret counts toward the TPM's dictionary-attack lockout.
    auto check = tpm::verifyOwnerOf(op.client(), *state, ownerSecret);
    if (!check)
        return op.fail(
            check.error(), "verify-owner", &*state,
            check.error().kind == tpm::ErrorKind::Engine ? 0 : tpm::ordinal::GetCapabilityOwner);
    OperationResult result;
    result.ok = true;
    result.accepted = *check == tpm::OwnerCheck::Accepted;
    QJsonObject object;
    object.insert(QStringLiteral("target"), QString::fromStdString(targetText()));
    object.insert(QStringLiteral("accepted"), result.accepted);
    result.json = compact(object);
    return result;
}

OperationResult TpmOperations::requestPhysicalPresence(std::uint32_t operation) {
    OperationContext op(m_target, m_sysfsRoot);
    if (m_target.kind != tpm::TransportSpec::Kind::Device)
        return op.fail(tpm::Error::usage("the Physical Presence Interface belongs to a TPM "
                                         "device's firmware, not to an emulator"),
                       "ppi-request");
    const auto sysfs = tpm::SysfsReader(m_sysfsRoot, m_target.devicePath).read();
    if (!sysfs)
        return op.fail(tpm::Error::system(ENOENT, "no sysfs directory for " + targetText()),
                       "ppi-request");
    const tpm::PpiOperationInfo* named = tpm::findPpiOperation(operation);
    const tpm::TpmFamily family =
        sysfs->versionMajor.value_or(1) == 2 ? tpm::TpmFamily::Tpm20 : tpm::TpmFamily::Tpm12;
    auto plan = tpm::planPpiRequest(*sysfs, family, named ? named->name : std::string_view{});
    if (!plan)
        return op.fail(plan.error(), "ppi-request");
    if (auto written = tpm::writePpiRequest(sysfs->ppiDirectory, operation); !written)
        return op.fail(written.error(), "ppi-request");
    OperationResult result;
    result.ok = true;
    result.json = compact(tpm::report::ppiRequestToJson(targetText(), *plan));
    return result;
}

OperationResult TpmOperations::forceClear() {
    return underPresence(
        "force-clear", tpm::ordinal::ForceClear,
        [](tpm::TpmClient& client, const tpm::TpmState&) { return tpm::forceClear(client); });
}

namespace {

const char* tpm2AuthStepName(Tpm2AuthOperation operation) {
    switch (operation) {
    case Tpm2AuthOperation::VerifyOwner:
        return "verify-owner";
    case Tpm2AuthOperation::VerifyLockout:
        return "verify-lockout";
    case Tpm2AuthOperation::ResetLockout:
        return "reset-lockout";
    case Tpm2AuthOperation::Clear:
        break;
    }
    return "clear";
}

QString tpm2AuthDoneText(Tpm2AuthOperation operation) {
    if (operation == Tpm2AuthOperation::Clear)
        return QStringLiteral("The TPM is cleared: every password is empty and the storage key "
                              "is gone.");
    return QStringLiteral("The dictionary-attack counter is back to zero.");
}

} // namespace

OperationResult TpmOperations::tpm2AuthOperation(Tpm2AuthOperation operation,
                                                 const tpm::AuthValue& auth) {
    const char* step = tpm2AuthStepName(operation);
    OperationContext op(m_target, m_sysfsRoot);
    if (!op.open())
        return op.openFailure();
    op.client().setStartupAfterReset(false); // the family only: nothing is changed
    auto family = tpm::StateReader(op.client(), op.sysfs()).read();
    if (family && family->family != tpm::TpmFamily::Tpm20)
        return op.fail(tpm::Error::usage("this TPM is a TPM " + tpm::familyName(family->family) +
                                         ", not a TPM 2.0 (a TPM 1.2's owner password is "
                                         "checked with VerifyOwner)"),
                       step);
    op.closeClient(); // tpm2-tss opens its own connection
    auto session = tpm::tpm2::openTpm2Session(m_target, op.sysfs());
    if (!session)
        return op.fail(session.error(), step);
    OperationResult result;
    result.ok = true;
    if (operation == Tpm2AuthOperation::VerifyLockout ||
        operation == Tpm2AuthOperation::VerifyOwner) {
        auto checked = operation == Tpm2AuthOperation::VerifyOwner
                           ? tpm::tpm2::verifyOwnerAuth(*session, auth)
                           : tpm::tpm2::verifyLockoutAuth(*session, auth);
        if (!checked && !tpm::tpm2::isRefusedAuth(checked.error()))
            return op.fail(checked.error(), step);
        result.accepted = checked.ok();
        QJsonObject object;
        object.insert(QStringLiteral("target"), QString::fromStdString(targetText()));
        object.insert(QStringLiteral("accepted"), result.accepted);
        result.json = compact(object);
        return result;
    }
    auto done = operation == Tpm2AuthOperation::Clear
                    ? tpm::tpm2::clearByLockout(*session, auth)
                    : tpm::tpm2::resetLockoutCounter(*session, auth);
    if (!done)
        return op.fail(done.error(), step);
    result.json = op.doneJson(tpm2AuthDoneText(operation));
    return result;
}

namespace {

JobResult cancelledJob(const OperationContext& op) {
    return {false, QStringLiteral("cancelled"),
            op.doneJson(QStringLiteral("Cancelled before anything was sent to the TPM."))};
}

JobResult failedJob(const OperationResult& failure) {
    return {false, QStringLiteral("failed"), failure.failureJson};
}

// Reads the state for the TPM's durations; a failure here is not fatal for the job.
std::optional<tpm::TpmState> readForDurations(OperationContext& op) {
    tpm::StateReader reader(op.client(), op.sysfs());
    auto state = reader.read();
    if (!state)
        return std::nullopt;
    return std::move(state.value());
}

} // namespace

JobResult TpmOperations::selfTest(JobControl& control, const ProgressFunction& progress) {
    OperationContext op(m_target, m_sysfsRoot);
    if (!op.open())
        return {false, QStringLiteral("failed"), op.openFailureJson()};
    const auto state = readForDurations(op);
    if (!control.commit())
        return cancelledJob(op);
    progress(QStringLiteral("self-test"), QStringLiteral("Running the TPM's full self-test"),
             expectedSecondsFor(state ? &*state : nullptr,
                                tpm::durationClassOf(tpm::ordinal::SelfTestFull)),
             true);
    auto tested = tpm::selfTestFull(op.client(), true);
    if (tested)
        return {true, QStringLiteral("done"),
                op.doneJson(QStringLiteral("The TPM passed its full self-test."))};
    const tpm::Error& error = tested.error();
    tpm::explain::Context context;
    context.step = "self-test";
    context.ordinal = tpm::ordinal::SelfTestFull;
    return {false, QStringLiteral("failed"), op.failureJson(error, context)};
}

JobResult TpmOperations::createEndorsementKey(JobControl& control,
                                              const ProgressFunction& progress) {
    OperationContext op(m_target, m_sysfsRoot);
    if (!op.open())
        return {false, QStringLiteral("failed"), op.openFailureJson()};
    const auto state = readForDurations(op);
    const tpm::TpmState* known = state ? &*state : nullptr;
    if (!control.commit())
        return cancelledJob(op);
    progress(
        QStringLiteral("endorsement-key"),
        QStringLiteral("Creating the endorsement key (the TPM generates a 2048-bit RSA "
                       "key)"),
        expectedSecondsFor(known, tpm::durationClassOf(tpm::ordinal::CreateEndorsementKeyPair)),
        true);
    auto created = tpm::createEndorsementKey(op.client(), true);
    if (!created)
        return failedJob(op.fail(created.error(), "endorsement-key", known,
                                 tpm::ordinal::CreateEndorsementKeyPair));
    QString what = QStringLiteral("The TPM created its endorsement key.");
    if (auto fingerprint = tpm::sha1({created->modulus}))
        what = QStringLiteral("The TPM created its endorsement key (SHA-1 %1).")
                   .arg(QString::fromStdString(tpm::toHex(*fingerprint)));
    return {true, QStringLiteral("done"), op.doneJson(what)};
}

JobResult TpmOperations::provision(const tpm::Secret& ownerSecret, const tpm::Secret& srkSecret,
                                   bool ownerSecretStored, const JobOptions& jobOptions,
                                   Scope scope, JobControl& control,
                                   const ProgressFunction& progress) {
    OperationContext op(m_target, m_sysfsRoot);
    if (!op.open())
        return {false, QStringLiteral("failed"), op.openFailureJson()};
    const auto state = readForDurations(op);
    // The arguments' shape says which family the caller expects; the TPM says which it is.
    const bool isTpm2 =
        state ? state->family == tpm::TpmFamily::Tpm20 : jobOptions.tpm2.has_value();
    if (isTpm2 != jobOptions.tpm2.has_value())
        return failedJob(op.fail(
            tpm::Error::usage(isTpm2 ? "this TPM is a TPM 2.0: Provision needs its lockout "
                                       "password (the option lockoutAuth; with tpmprov, "
                                       "--lockout-password-file FILE) and empty owner and SRK "
                                       "secrets"
                                     : "this TPM is not a TPM 2.0: Provision needs 20-byte owner "
                                       "and SRK secrets, not the option lockoutAuth"),
            "provision"));
    if (isTpm2) {
        op.closeClient(); // tpm2-tss opens its own connection
        return provisionTpm2(*jobOptions.tpm2, ownerSecretStored, control, progress);
    }

    const bool onlyOwnership = scope == Scope::OwnershipOnly;
    if (onlyOwnership && state && state->family == tpm::TpmFamily::Tpm12 &&
        !state->owned.value_or(false)) {
        const tpm::Plan plan = tpm::makePlan(*state);
        const tpm::PlanStep* next = plan.next();
        if (next && next->id != tpm::StepId::TakeOwnership) {
            tpm::ProvisionReport report;
            report.outcome = tpm::Outcome::Failed;
            report.error =
                tpm::Error::usage("Ownership cannot be taken yet: \"" + tpm::stepTitle(next->id) +
                                  "\" is " + tpm::stepStatusName(next->status) + " first (" +
                                  next->reason.text + "). Run the whole plan (Provision) instead.");
            report.explanation = tpm::explain::explain(
                *report.error,
                tpm::diagnosisContext("take-ownership", op.client(), &*state, 0, false));
            report.finalState = *state;
            report.finalPlan = plan;
            return {false, QStringLiteral("failed"),
                    QString::fromUtf8(QJsonDocument(tpm::report::provisionToJson(
                                                        targetText(), report, op.client().trace()))
                                          .toJson(QJsonDocument::Compact))};
        }
    }

    tpm::ProvisionOptions options;
    options.ownerSecret = ownerSecret;
    options.srkSecret = srkSecret;
    options.trousersStorePath = tpm::installedTrousersStore();
    options.lockPresence = jobOptions.lockPresence;
    options.confirmOwnerSecretStored = [ownerSecretStored] { return ownerSecretStored; };
    options.stopBefore = [&control, onlyOwnership](tpm::StepId next) {
        if (next == tpm::StepId::TakeOwnership)
            return !control.commit(); // from here on the job runs to its end
        if (onlyOwnership && next != tpm::StepId::Verify)
            return true;
        return control.cancelRequested();
    };
    tpm::Provisioner provisioner(op.client(), op.sysfs());
    const tpm::TpmState* known = state ? &*state : nullptr;
    provisioner.setEventListener([&progress, known](const tpm::ProvisionEvent& event) {
        const bool started = event.kind == tpm::ProvisionEvent::Kind::StepStarted;
        QString message = QString::fromStdString(event.message);
        if (event.kind == tpm::ProvisionEvent::Kind::StepFailed)
            message = QStringLiteral("failed: ") + message;
        progress(QString::fromStdString(tpm::stepName(event.step)), message,
                 expectedSecondsFor(known, durationClassOfStep(event.step)), started);
    });
    const tpm::ProvisionReport report = provisioner.run(options);
    const QJsonObject json =
        tpm::report::provisionToJson(targetText(), report, op.client().trace());
    return {tpm::exitCodeFor(report.outcome) == 0,
            QString::fromStdString(tpm::outcomeName(report.outcome)),
            QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))};
}

// The TPM 2.0 engine (tpm2/Tpm2Provisioner); the lockout password is the point of no return,
// as TakeOwnership is for a TPM 1.2.
JobResult TpmOperations::provisionTpm2(const Tpm2JobOptions& jobOptions, bool lockoutAuthStored,
                                       JobControl& control, const ProgressFunction& progress) {
    std::optional<tpm::SysfsReader> sysfs;
    if (m_target.kind == tpm::TransportSpec::Kind::Device)
        sysfs.emplace(m_sysfsRoot, m_target.devicePath);
    tpm::tpm2::Tpm2ProvisionOptions options;
    options.policy = jobOptions.policy;
    options.lockoutAuth = jobOptions.lockoutAuth;
    options.confirmLockoutAuthStored = [lockoutAuthStored] { return lockoutAuthStored; };
    options.stopBefore = [&control](tpm::StepId next) {
        if (next == tpm::StepId::LockoutAuth)
            return !control.commit(); // from here on the job runs to its end
        return control.cancelRequested();
    };
    tpm::tpm2::Tpm2Provisioner provisioner(m_target, sysfs ? &*sysfs : nullptr);
    provisioner.setEventListener([&progress](const tpm::ProvisionEvent& event) {
        QString message = QString::fromStdString(event.message);
        if (event.kind == tpm::ProvisionEvent::Kind::StepFailed)
            message = QStringLiteral("failed: ") + message;
        progress(QString::fromStdString(tpm::stepName(event.step)), message, 0,
                 event.kind == tpm::ProvisionEvent::Kind::StepStarted);
    });
    const tpm::ProvisionReport report = provisioner.run(options);
    const QJsonObject json = tpm::report::provisionToJson(targetText(), report, {});
    return {tpm::exitCodeFor(report.outcome) == 0,
            QString::fromStdString(tpm::outcomeName(report.outcome)),
            QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))};
}

} // namespace tpmprov::helper
