#include "report/JsonDecode.h"

#include "report/JsonFields.h"
#include "report/JsonReport.h"
#include "report/Tpm2Json.h"

#include <array>
#include <cstdio>

namespace tpm::report {

namespace {

using fields::str;
using fields::u32;

std::optional<bool> optionalBool(const QJsonValue& value) {
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

Error malformed(const std::string& what) {
    return Error::protocol(ProtocolErrorCode::BadValue, "status document: " + what);
}

TpmFamily familyFromName(const std::string& name) {
    for (TpmFamily family : {TpmFamily::Tpm12, TpmFamily::Tpm11, TpmFamily::Tpm20})
        if (familyName(family) == name)
            return family;
    return TpmFamily::Unknown;
}

EkStatus ekStatusFromName(const std::string& name) {
    for (EkStatus status : {EkStatus::Present, EkStatus::Absent, EkStatus::Unreadable})
        if (ekStatusName(status) == name)
            return status;
    return EkStatus::Unknown;
}

std::optional<Version> versionFromText(const std::string& text) {
    std::array<unsigned, 4> parts{};
    char end = 0;
    if (std::sscanf(text.c_str(), "%u.%u.%u.%u%c", &parts[0], &parts[1], &parts[2], &parts[3],
                    &end) != 4)
        return std::nullopt;
    for (unsigned part : parts)
        if (part > 255)
            return std::nullopt;
    return Version{static_cast<std::uint8_t>(parts[0]), static_cast<std::uint8_t>(parts[1]),
                   static_cast<std::uint8_t>(parts[2]), static_cast<std::uint8_t>(parts[3])};
}

// The vendor as the TPM_CAP_VERSION_INFO field that gives this text back: space padded.
std::array<std::uint8_t, 4> vendorIdFrom(const std::string& vendor) {
    std::array<std::uint8_t, 4> id{' ', ' ', ' ', ' '};
    for (std::size_t i = 0; i < id.size() && i < vendor.size(); ++i)
        id[i] = static_cast<std::uint8_t>(vendor[i]);
    return id;
}

Result<void> readVersion(const QJsonObject& tpm, TpmState& state) {
    const std::string chip = str(tpm, "chipVersion");
    if (chip.empty())
        return {};
    const auto version = versionFromText(chip);
    if (!version)
        return malformed("chipVersion '" + chip + "'");
    if (!tpm.contains(QStringLiteral("specLevel"))) {
        state.tpm12.legacyVersion = *version;
        return {};
    }
    CapVersionInfo info;
    info.version = *version;
    info.specLevel = static_cast<std::uint16_t>(tpm.value(QStringLiteral("specLevel")).toInt());
    info.errataRev = static_cast<std::uint8_t>(tpm.value(QStringLiteral("errataRevision")).toInt());
    info.vendorId = vendorIdFrom(str(tpm, "vendor"));
    if (!fromHex(str(tpm, "vendorSpecific"), info.vendorSpecific))
        return malformed("vendorSpecific is not hex");
    state.tpm12.versionInfo = std::move(info);
    return {};
}

template <class Flags, class Field>
std::optional<Flags> readFlags(const QJsonObject& flags, const QString& section,
                               std::span<const Field> fields) {
    if (!flags.contains(section))
        return std::nullopt;
    const QJsonObject values = flags.value(section).toObject();
    Flags out;
    for (const Field& field : fields)
        out.*(field.member) = values.value(QLatin1String(field.name)).toBool();
    // Flags an older chip did not send are the last ones (JsonReport's "...NotReported").
    const auto missing = flags.value(section + QStringLiteral("NotReported")).toArray().size();
    out.reported = static_cast<std::uint8_t>(fields.size() - static_cast<std::size_t>(missing));
    return out;
}

SysfsInfo sysfsFrom(const QJsonObject& sysfs) {
    SysfsInfo out;
    out.directory = str(sysfs, "directory");
    out.durations = str(sysfs, "durations");
    out.timeouts = str(sysfs, "timeouts");
    out.caps = str(sysfs, "caps");
    if (const QJsonValue major = sysfs.value(QStringLiteral("versionMajor")); major.isDouble())
        out.versionMajor = major.toInt();
    out.enabled = optionalBool(sysfs.value(QStringLiteral("enabled")));
    out.active = optionalBool(sysfs.value(QStringLiteral("active")));
    out.owned = optionalBool(sysfs.value(QStringLiteral("owned")));
    out.tempDeactivated = optionalBool(sysfs.value(QStringLiteral("tempDeactivated")));
    const QJsonObject ppi = sysfs.value(QStringLiteral("ppi")).toObject();
    out.hasPpi = ppi.value(QStringLiteral("present")).toBool();
    out.ppiVersion = str(ppi, "version");
    out.ppiTcgOperations = str(ppi, "tcgOperations");
    out.ppiVendorOperations = str(ppi, "vendorOperations");
    out.ppi.version = out.ppiVersion;
    out.ppi.operations = parsePpiOperations(out.ppiTcgOperations);
    if (const QJsonValue request = ppi.value(QStringLiteral("request")); request.isDouble())
        out.ppi.request = static_cast<std::uint32_t>(request.toInteger());
    if (const QJsonValue action = ppi.value(QStringLiteral("transitionAction")); action.isDouble())
        out.ppi.transitionAction = action.toInt();
    if (ppi.value(QStringLiteral("response")).isObject()) {
        const QJsonObject r = ppi.value(QStringLiteral("response")).toObject();
        PpiResponse response;
        response.request = u32(r, "request");
        // "0xfffffff0": base 0 reads the 0x form.
        response.result = r.value(QStringLiteral("result")).toString().toULongLong(nullptr, 0);
        for (auto outcome : {PpiResponse::Outcome::NoRecentRequest, PpiResponse::Outcome::Success,
                             PpiResponse::Outcome::UserAbort, PpiResponse::Outcome::FirmwareFailure,
                             PpiResponse::Outcome::TpmError, PpiResponse::Outcome::Error})
            if (ppiOutcomeName(outcome) == str(r, "outcome"))
                response.outcome = outcome;
        out.ppi.response = response;
    }
    return out;
}

std::optional<StepId> stepFromName(const std::string& name) {
    constexpr StepId kSteps[] = {
        StepId::PhysicalPresence, StepId::Enable,           StepId::Activate,
        StepId::Restart,          StepId::SelfTest,         StepId::EndorsementKey,
        StepId::TakeOwnership,    StepId::Verify,           StepId::CreateSrk,
        StepId::DictionaryAttack, StepId::LockoutAuth,      StepId::OwnerAuth,
        StepId::EndorsementAuth,  StepId::CheckProvisioning};
    for (StepId step : kSteps)
        if (stepName(step) == name)
            return step;
    return std::nullopt;
}

std::optional<StepStatus> stepStatusFromName(const std::string& name) {
    for (StepStatus status :
         {StepStatus::Needed, StepStatus::Done, StepStatus::Skipped, StepStatus::Blocked})
        if (stepStatusName(status) == name)
            return status;
    return std::nullopt;
}

} // namespace

Result<TpmState> stateFromJson(const QJsonObject& object) {
    if (!object.value(QStringLiteral("tpm")).isObject())
        return malformed("no 'tpm' object");
    const QJsonObject tpm = object.value(QStringLiteral("tpm")).toObject();
    TpmState state;
    state.family = familyFromName(str(tpm, "family"));
    state.familyDetail = str(tpm, "familyDetail");
    if (auto version = readVersion(tpm, state); !version)
        return version.error();
    state.manufacturer = str(tpm, "manufacturer");

    const QJsonObject flags = object.value(QStringLiteral("flags")).toObject();
    state.tpm12.permanent =
        readFlags<PermanentFlags>(flags, QStringLiteral("permanent"), permanentFlagFields());
    state.tpm12.stclear =
        readFlags<StclearFlags>(flags, QStringLiteral("stclear"), stclearFlagFields());
    state.owned = optionalBool(object.value(QStringLiteral("owned")));

    const QJsonObject ek = object.value(QStringLiteral("ek")).toObject();
    state.tpm12.ek = ekStatusFromName(str(ek, "status"));
    state.tpm12.ekFingerprint = str(ek, "fingerprint");
    if (object.value(QStringLiteral("tpm2")).isObject())
        state.tpm2 = tpm2FromJson(object.value(QStringLiteral("tpm2")).toObject());

    if (const QJsonValue d = object.value(QStringLiteral("durations")); d.isObject())
        state.tpm12.durations =
            Durations{u32(d.toObject(), "shortUs"), u32(d.toObject(), "mediumUs"),
                      u32(d.toObject(), "longUs")};
    if (const QJsonValue t = object.value(QStringLiteral("tisTimeouts")); t.isObject())
        state.tpm12.tisTimeouts = TisTimeouts{u32(t.toObject(), "aUs"), u32(t.toObject(), "bUs"),
                                              u32(t.toObject(), "cUs"), u32(t.toObject(), "dUs")};
    if (const QJsonValue sysfs = object.value(QStringLiteral("sysfs")); sysfs.isObject())
        state.sysfs = sysfsFrom(sysfs.toObject());
    const QJsonArray recoveries = object.value(QStringLiteral("recoveryMessages")).toArray();
    if (!recoveries.isEmpty())
        for (const QJsonValue& recovery : recoveries)
            state.recoveries.push_back(messageFromJson(recovery.toObject()));
    else
        for (const QJsonValue& recovery : object.value(QStringLiteral("recoveries")).toArray())
            state.recoveries.push_back(messageFromJson({}, {}, recovery.toString()));
    state.awaitingStartup = object.value(QStringLiteral("awaitingStartup")).toBool();
    return state;
}

Message messageFromJson(const QJsonValue& id, const QJsonValue& args, const QString& text) {
    MessageId known = MessageId::Text;
    if (messageFromKey(id.toString().toStdString(), known) && known != MessageId::Text) {
        std::vector<std::string> values;
        for (const QJsonValue& arg : args.toArray())
            values.push_back(arg.toString().toStdString());
        Message message = say(known, std::move(values));
        if (message.text == text.toStdString())
            return message;
    }
    // Unknown id, or words that differ from this version's: keep what was written.
    return say(MessageId::Text, {text.toStdString()});
}

Message messageFromJson(const QJsonObject& message) {
    return messageFromJson(message.value(QStringLiteral("id")),
                           message.value(QStringLiteral("args")),
                           message.value(QStringLiteral("text")).toString());
}

Result<Plan> planFromJson(const QJsonArray& array) {
    Plan plan;
    for (const QJsonValue& value : array) {
        const QJsonObject step = value.toObject();
        const std::string name = str(step, "step"), status = str(step, "status");
        const auto id = stepFromName(name);
        const auto st = stepStatusFromName(status);
        if (!id || !st)
            return malformed("plan step '" + name + "' with status '" + status + "'");
        plan.steps.push_back({*id, *st,
                              messageFromJson(step.value(QStringLiteral("reasonId")),
                                              step.value(QStringLiteral("reasonArgs")),
                                              step.value(QStringLiteral("reason")).toString())});
    }
    return plan;
}

namespace {

// The enum value whose name (by the writer's own naming function) is `name`.
template <class Enum, std::size_t N, class NameOf>
std::optional<Enum> byName(const Enum (&values)[N], NameOf nameOf, const QString& name) {
    for (Enum value : values)
        if (nameOf(value) == name)
            return value;
    return std::nullopt;
}

// "0x00000026" as hex32 writes it.
std::optional<std::uint32_t> fromHex32(const QString& text) {
    if (!text.startsWith(QStringLiteral("0x")))
        return std::nullopt;
    bool ok = false;
    const qulonglong value = text.mid(2).toULongLong(&ok, 16);
    if (!ok || value > 0xFFFFFFFFull)
        return std::nullopt;
    return static_cast<std::uint32_t>(value);
}

std::optional<Outcome> outcomeFromName(const std::string& name) {
    constexpr Outcome kOutcomes[] = {Outcome::OwnedAndVerified, Outcome::RestartRequired,
                                     Outcome::AlreadyOwned,     Outcome::Blocked,
                                     Outcome::NotSupported,     Outcome::Failed,
                                     Outcome::Cancelled};
    for (Outcome outcome : kOutcomes)
        if (outcomeName(outcome) == name)
            return outcome;
    return std::nullopt;
}

Result<void> readSteps(const QJsonArray& steps, RunDocument& run) {
    for (const QJsonValue& value : steps) {
        const QJsonObject s = value.toObject();
        const auto step = stepFromName(str(s, "step"));
        if (!step)
            return malformed("run step '" + str(s, "step") + "'");
        auto commands = traceFromJson(s.value(QStringLiteral("commands")).toArray());
        if (!commands)
            return commands.error();
        StepRecord record{*step,
                          s.value(QStringLiteral("succeeded")).toBool(),
                          str(s, "message"),
                          run.trace.size(),
                          0,
                          s.value(QStringLiteral("milliseconds")).toDouble()};
        run.trace.insert(run.trace.end(), commands->begin(), commands->end());
        record.traceEnd = run.trace.size();
        run.report.steps.push_back(std::move(record));
    }
    return {};
}

void readNotes(const QJsonObject& document, ProvisionReport& report) {
    const QJsonArray messages = document.value(QStringLiteral("noteMessages")).toArray();
    if (!messages.isEmpty()) {
        for (const QJsonValue& note : messages)
            report.notes.push_back(messageFromJson(note.toObject()));
        return;
    }
    for (const QJsonValue& note : document.value(QStringLiteral("notes")).toArray())
        report.notes.push_back(messageFromJson({}, {}, note.toString()));
}

Result<void> readFinalState(const QJsonObject& document, ProvisionReport& report) {
    const QJsonValue state = document.value(QStringLiteral("state"));
    if (!state.isObject())
        return {};
    auto finalState = stateFromJson(state.toObject());
    if (!finalState)
        return finalState.error();
    auto finalPlan = planFromJson(state.toObject().value(QStringLiteral("plan")).toArray());
    if (!finalPlan)
        return finalPlan.error();
    report.finalState = std::move(finalState.value());
    report.finalPlan = std::move(finalPlan.value());
    return {};
}

} // namespace

std::optional<Error> errorFromJson(const QJsonObject& error) {
    constexpr ErrorKind kKinds[] = {ErrorKind::Protocol, ErrorKind::Tpm,   ErrorKind::System,
                                    ErrorKind::Crypto,   ErrorKind::Usage, ErrorKind::Engine,
                                    ErrorKind::Tss2};
    const auto kind = byName(kKinds, errorKindName, error.value(QStringLiteral("kind")).toString());
    const auto code = fromHex32(error.value(QStringLiteral("code")).toString());
    if (!kind || !code)
        return std::nullopt;
    return Error{*kind, *code, str(error, "detail")};
}

explain::Explanation explanationFromJson(const QJsonObject& e) {
    return {str(e, "code"),   str(e, "name"),       str(e, "meaning"),
            str(e, "detail"), str(e, "nextAction"), e.value(QStringLiteral("harmless")).toBool()};
}

Result<Trace> traceFromJson(const QJsonArray& commands) {
    constexpr DurationClass kClasses[] = {DurationClass::Short, DurationClass::Medium,
                                          DurationClass::Long, DurationClass::PhysicalPresence};
    Trace trace;
    for (const QJsonValue& value : commands) {
        const QJsonObject c = value.toObject();
        TraceEntry entry;
        const auto ordinal = fromHex32(c.value(QStringLiteral("ordinal")).toString());
        const auto durationClass = byName(kClasses, durationClassName,
                                          c.value(QStringLiteral("durationClass")).toString());
        if (!ordinal || !durationClass)
            return malformed("trace entry");
        entry.ordinal = *ordinal;
        entry.durationClass = *durationClass;
        entry.name = str(c, "name");
        entry.note = str(c, "argument");
        entry.milliseconds = c.value(QStringLiteral("milliseconds")).toDouble();
        if (const QJsonValue rc = c.value(QStringLiteral("returnCode")); rc.isString()) {
            entry.returnCode = fromHex32(rc.toString());
            if (!entry.returnCode)
                return malformed("trace return code");
        }
        if (const QJsonValue e = c.value(QStringLiteral("error")); e.isObject()) {
            entry.transportError = errorFromJson(e.toObject());
            if (!entry.transportError)
                return malformed("trace error");
        }
        trace.push_back(std::move(entry));
    }
    return trace;
}

Result<RunDocument> runFromJson(const QJsonObject& document) {
    RunDocument run;
    run.target = str(document, "target");
    run.outcome =
        str(document, document.contains(QStringLiteral("outcome")) ? "outcome" : "result");
    if (const QJsonValue code = document.value(QStringLiteral("exitCode")); code.isDouble())
        run.exitCode = code.toInt();
    run.report.outcome = outcomeFromName(run.outcome).value_or(Outcome::Failed);
    if (auto steps = readSteps(document.value(QStringLiteral("steps")).toArray(), run); !steps)
        return steps.error();
    readNotes(document, run.report);
    if (const QJsonValue error = document.value(QStringLiteral("error")); error.isObject()) {
        run.report.error = errorFromJson(error.toObject());
        if (!run.report.error)
            return malformed("error object");
    }
    if (const QJsonValue e = document.value(QStringLiteral("explanation")); e.isObject())
        run.report.explanation = explanationFromJson(e.toObject());
    run.report.srkFingerprint = str(document, "srkFingerprint");
    if (auto state = readFinalState(document, run.report); !state)
        return state.error();
    return run;
}

} // namespace tpm::report
