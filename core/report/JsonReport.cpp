#include "report/JsonReport.h"

#include "protocol/Commands.h"
#include "report/JsonFields.h"
#include "report/Tpm2Json.h"

namespace tpm::report {

namespace {

// One flags section by spec names; flags an older chip did not send are listed under
// "<section>NotReported" (and read false), so a consumer can tell them from a real FALSE.
template <class Flags, class Field>
void insertFlags(QJsonObject& flags, const QString& section, const Flags& values,
                 std::span<const Field> fields) {
    QJsonObject object;
    QJsonArray notReported;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        object.insert(QLatin1String(fields[i].name), values.*(fields[i].member));
        if (i >= values.reported)
            notReported.append(QLatin1String(fields[i].name));
    }
    flags.insert(section, object);
    if (!notReported.isEmpty())
        flags.insert(section + QStringLiteral("NotReported"), notReported);
}

using fields::text;

QJsonValue optionalBool(const std::optional<bool>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ppiRequestToJson(const std::string& target, const PpiRequestPlan& plan) {
    QJsonObject object;
    object.insert(QStringLiteral("target"), text(target));
    object.insert(QStringLiteral("requested"), text(std::string(plan.operation.name)));
    object.insert(QStringLiteral("operation"), static_cast<qint64>(plan.operation.operation));
    object.insert(QStringLiteral("status"), text(ppiStatusName(plan.status)));
    object.insert(QStringLiteral("nextBoot"), text(plan.nextBoot));
    return object;
}

QJsonObject sysfsToJson(const SysfsInfo& sysfs) {
    QJsonObject ppi;
    ppi.insert(QStringLiteral("present"), sysfs.hasPpi);
    ppi.insert(QStringLiteral("version"), text(sysfs.ppiVersion));
    ppi.insert(QStringLiteral("tcgOperations"), text(sysfs.ppiTcgOperations));
    ppi.insert(QStringLiteral("vendorOperations"), text(sysfs.ppiVendorOperations));
    QJsonArray operations;
    for (const PpiOperation& op : sysfs.ppi.operations)
        operations.append(
            QJsonObject{{QStringLiteral("operation"), static_cast<qint64>(op.operation)},
                        {QStringLiteral("status"), text(ppiStatusName(op.status))},
                        {QStringLiteral("name"), text(ppiTpm2OperationName(op.operation))}});
    ppi.insert(QStringLiteral("operations"), operations);
    if (sysfs.ppi.request)
        ppi.insert(QStringLiteral("request"), static_cast<qint64>(*sysfs.ppi.request));
    if (sysfs.ppi.response)
        ppi.insert(
            QStringLiteral("response"),
            QJsonObject{
                {QStringLiteral("request"), static_cast<qint64>(sysfs.ppi.response->request)},
                {QStringLiteral("result"),
                 QStringLiteral("0x%1").arg(sysfs.ppi.response->result, 0, 16)},
                {QStringLiteral("outcome"), text(ppiOutcomeName(sysfs.ppi.response->outcome))}});
    if (sysfs.ppi.transitionAction)
        ppi.insert(QStringLiteral("transitionAction"), *sysfs.ppi.transitionAction);
    QJsonObject out;
    out.insert(QStringLiteral("directory"), text(sysfs.directory));
    out.insert(QStringLiteral("durations"), text(sysfs.durations));
    out.insert(QStringLiteral("timeouts"), text(sysfs.timeouts));
    out.insert(QStringLiteral("caps"), text(sysfs.caps));
    out.insert(QStringLiteral("versionMajor"),
               sysfs.versionMajor ? QJsonValue(*sysfs.versionMajor) : QJsonValue());
    out.insert(QStringLiteral("enabled"), optionalBool(sysfs.enabled));
    out.insert(QStringLiteral("active"), optionalBool(sysfs.active));
    out.insert(QStringLiteral("owned"), optionalBool(sysfs.owned));
    out.insert(QStringLiteral("tempDeactivated"), optionalBool(sysfs.tempDeactivated));
    out.insert(QStringLiteral("ppi"), ppi);
    return out;
}

QString errorKindName(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Protocol:
        return QStringLiteral("protocol");
    case ErrorKind::Tpm:
        return QStringLiteral("tpm");
    case ErrorKind::System:
        return QStringLiteral("system");
    case ErrorKind::Crypto:
        return QStringLiteral("crypto");
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::Engine:
        return QStringLiteral("engine");
    case ErrorKind::Tss2:
        return QStringLiteral("tss2");
    }
    return QStringLiteral("unknown");
}

QString durationClassName(DurationClass durationClass) {
    switch (durationClass) {
    case DurationClass::Short:
        return QStringLiteral("short");
    case DurationClass::Medium:
        return QStringLiteral("medium");
    case DurationClass::Long:
        return QStringLiteral("long");
    case DurationClass::PhysicalPresence:
        return QStringLiteral("physical-presence");
    }
    return QStringLiteral("unknown");
}

QString hex32(std::uint32_t value) {
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

QJsonObject stateToJson(const TpmState& state) {
    QJsonObject tpmInfo;
    tpmInfo.insert(QStringLiteral("family"), text(familyName(state.family)));
    tpmInfo.insert(QStringLiteral("familyDetail"), text(state.familyDetail));
    if (state.tpm12.versionInfo) {
        const Version& v = state.tpm12.versionInfo->version;
        tpmInfo.insert(QStringLiteral("specVersion"),
                       QStringLiteral("%1.%2").arg(v.major).arg(v.minor));
        tpmInfo.insert(QStringLiteral("chipVersion"), text(v.toString()));
        tpmInfo.insert(QStringLiteral("specLevel"), state.tpm12.versionInfo->specLevel);
        tpmInfo.insert(QStringLiteral("errataRevision"), state.tpm12.versionInfo->errataRev);
        tpmInfo.insert(QStringLiteral("vendorSpecific"),
                       text(toHex(state.tpm12.versionInfo->vendorSpecific)));
    } else if (state.tpm12.legacyVersion) {
        tpmInfo.insert(QStringLiteral("specVersion"), QStringLiteral("%1.%2")
                                                          .arg(state.tpm12.legacyVersion->major)
                                                          .arg(state.tpm12.legacyVersion->minor));
        tpmInfo.insert(QStringLiteral("chipVersion"), text(state.tpm12.legacyVersion->toString()));
    }
    tpmInfo.insert(QStringLiteral("vendor"), text(state.vendor()));
    tpmInfo.insert(QStringLiteral("manufacturer"), text(state.manufacturer));

    QJsonObject flags;
    if (state.tpm12.permanent)
        insertFlags(flags, QStringLiteral("permanent"), *state.tpm12.permanent,
                    permanentFlagFields());
    if (state.tpm12.stclear)
        insertFlags(flags, QStringLiteral("stclear"), *state.tpm12.stclear, stclearFlagFields());

    QJsonObject ek;
    ek.insert(QStringLiteral("status"), text(ekStatusName(state.tpm12.ek)));
    ek.insert(QStringLiteral("fingerprint"), text(state.tpm12.ekFingerprint));

    QJsonObject out;
    out.insert(QStringLiteral("tpm"), tpmInfo);
    out.insert(QStringLiteral("owned"), optionalBool(state.owned));
    // Each family's readings under its own keys: a TPM 2.0 has none of TPM 1.2's.
    if (state.family == TpmFamily::Tpm20) {
        out.insert(QStringLiteral("tpm2"), tpm2ToJson(state.tpm2));
    } else {
        out.insert(QStringLiteral("flags"), flags);
        out.insert(QStringLiteral("ek"), ek);
    }
    if (state.tpm12.durations) {
        QJsonObject d;
        d.insert(QStringLiteral("shortUs"), static_cast<qint64>(state.tpm12.durations->shortUs));
        d.insert(QStringLiteral("mediumUs"), static_cast<qint64>(state.tpm12.durations->mediumUs));
        d.insert(QStringLiteral("longUs"), static_cast<qint64>(state.tpm12.durations->longUs));
        out.insert(QStringLiteral("durations"), d);
    }
    if (state.tpm12.tisTimeouts) {
        QJsonObject t;
        t.insert(QStringLiteral("aUs"), static_cast<qint64>(state.tpm12.tisTimeouts->aUs));
        t.insert(QStringLiteral("bUs"), static_cast<qint64>(state.tpm12.tisTimeouts->bUs));
        t.insert(QStringLiteral("cUs"), static_cast<qint64>(state.tpm12.tisTimeouts->cUs));
        t.insert(QStringLiteral("dUs"), static_cast<qint64>(state.tpm12.tisTimeouts->dUs));
        out.insert(QStringLiteral("tisTimeouts"), t);
    }
    out.insert(QStringLiteral("sysfs"),
               state.sysfs ? QJsonValue(sysfsToJson(*state.sysfs)) : QJsonValue(QJsonValue::Null));
    QJsonArray recoveries;
    QJsonArray recoveryMessages;
    for (const Message& r : state.recoveries) {
        recoveries.append(text(r.text));
        recoveryMessages.append(messageToJson(r));
    }
    out.insert(QStringLiteral("recoveries"), recoveries);
    out.insert(QStringLiteral("recoveryMessages"), recoveryMessages);
    out.insert(QStringLiteral("awaitingStartup"), state.awaitingStartup);
    return out;
}

QJsonArray planToJson(const Plan& plan) {
    QJsonArray steps;
    for (const PlanStep& step : plan.steps) {
        QJsonObject s;
        s.insert(QStringLiteral("step"), text(stepName(step.id)));
        s.insert(QStringLiteral("title"), text(stepTitle(step.id)));
        s.insert(QStringLiteral("status"), text(stepStatusName(step.status)));
        s.insert(QStringLiteral("reason"), text(step.reason.text));
        s.insert(QStringLiteral("reasonId"), text(std::string(messageKey(step.reason.id))));
        s.insert(QStringLiteral("reasonArgs"), messageArgsToJson(step.reason));
        steps.append(s);
    }
    return steps;
}

QJsonObject statusToJson(const std::string& target, const TpmState& state, const Plan& plan) {
    QJsonObject out = stateToJson(state);
    out.insert(QStringLiteral("target"), text(target));
    out.insert(QStringLiteral("plan"), planToJson(plan));
    return out;
}

QJsonArray traceToJson(const Trace& trace, std::size_t begin, std::size_t end) {
    QJsonArray commands;
    for (std::size_t i = begin; i < end && i < trace.size(); ++i) {
        const TraceEntry& e = trace[i];
        QJsonObject c;
        c.insert(QStringLiteral("ordinal"), hex32(e.ordinal));
        c.insert(QStringLiteral("name"), text(e.name));
        if (!e.note.empty())
            c.insert(QStringLiteral("argument"), text(e.note));
        c.insert(QStringLiteral("returnCode"),
                 e.returnCode ? QJsonValue(hex32(*e.returnCode)) : QJsonValue());
        if (e.transportError)
            c.insert(QStringLiteral("error"), errorToJson(*e.transportError));
        c.insert(QStringLiteral("milliseconds"), e.milliseconds);
        c.insert(QStringLiteral("durationClass"), durationClassName(e.durationClass));
        commands.append(c);
    }
    return commands;
}

QJsonObject errorToJson(const Error& error) {
    QJsonObject out;
    out.insert(QStringLiteral("kind"), errorKindName(error.kind));
    out.insert(QStringLiteral("code"), hex32(error.code));
    out.insert(QStringLiteral("detail"), text(error.detail));
    return out;
}

QJsonObject explanationToJson(const explain::Explanation& e) {
    QJsonObject out;
    out.insert(QStringLiteral("code"), text(e.code));
    out.insert(QStringLiteral("name"), text(e.name));
    out.insert(QStringLiteral("meaning"), text(e.meaning));
    out.insert(QStringLiteral("detail"), text(e.detail));
    out.insert(QStringLiteral("nextAction"), text(e.nextAction));
    out.insert(QStringLiteral("harmless"), e.harmless);
    return out;
}

QJsonArray messageArgsToJson(const Message& message) {
    QJsonArray args;
    for (const std::string& arg : message.args)
        args.append(text(arg));
    return args;
}

QJsonObject messageToJson(const Message& message) {
    QJsonObject out;
    out.insert(QStringLiteral("id"), text(std::string(messageKey(message.id))));
    out.insert(QStringLiteral("args"), messageArgsToJson(message));
    out.insert(QStringLiteral("text"), text(message.text));
    return out;
}

QJsonObject failureToJson(const std::string& target, const Error& error,
                          const explain::Explanation& explanation) {
    QJsonObject out;
    out.insert(QStringLiteral("target"), text(target));
    out.insert(QStringLiteral("error"), errorToJson(error));
    out.insert(QStringLiteral("explanation"), explanationToJson(explanation));
    return out;
}

QJsonObject provisionToJson(const std::string& target, const ProvisionReport& report,
                            const Trace& trace) {
    QJsonObject out;
    out.insert(QStringLiteral("target"), text(target));
    out.insert(QStringLiteral("outcome"), text(outcomeName(report.outcome)));
    out.insert(QStringLiteral("exitCode"), exitCodeFor(report.outcome));
    QJsonArray steps;
    for (const StepRecord& record : report.steps) {
        QJsonObject s;
        s.insert(QStringLiteral("step"), text(stepName(record.step)));
        s.insert(QStringLiteral("succeeded"), record.succeeded);
        s.insert(QStringLiteral("message"), text(record.message));
        s.insert(QStringLiteral("milliseconds"), record.milliseconds);
        s.insert(QStringLiteral("commands"),
                 traceToJson(trace, record.traceBegin, record.traceEnd));
        steps.append(s);
    }
    out.insert(QStringLiteral("steps"), steps);
    QJsonArray notes;
    QJsonArray noteMessages;
    for (const Message& n : report.notes) {
        notes.append(text(n.text));
        noteMessages.append(messageToJson(n));
    }
    out.insert(QStringLiteral("notes"), notes);
    out.insert(QStringLiteral("noteMessages"), noteMessages);
    out.insert(QStringLiteral("error"),
               report.error ? QJsonValue(errorToJson(*report.error)) : QJsonValue());
    out.insert(QStringLiteral("explanation"),
               report.explanation ? QJsonValue(explanationToJson(*report.explanation))
                                  : QJsonValue());
    if (!report.srkFingerprint.empty())
        out.insert(QStringLiteral("srkFingerprint"), text(report.srkFingerprint));
    if (report.finalState && report.finalPlan)
        out.insert(QStringLiteral("state"),
                   statusToJson(target, *report.finalState, *report.finalPlan));
    return out;
}

} // namespace tpm::report
