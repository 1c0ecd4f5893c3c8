#include "model/JobReport.h"

#include "model/EngineWords.h"
#include "report/JsonDecode.h"
#include "report/JsonReport.h"

#include <QJsonDocument>

namespace tpmprov::ui {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

Explanation explanationFrom(const tpm::explain::Explanation& e) {
    return {text(e.code),   text(e.name),       text(e.meaning),
            text(e.detail), text(e.nextAction), e.harmless};
}

TraceCommand commandFrom(const tpm::TraceEntry& e) {
    TraceCommand c;
    c.ordinal = tpm::report::hex32(e.ordinal);
    c.name = text(e.name);
    c.argument = text(e.note);
    if (e.returnCode)
        c.returnCode = tpm::report::hex32(*e.returnCode);
    if (e.transportError)
        c.transportError = tpm::report::hex32(e.transportError->code) + QLatin1Char(' ') +
                           text(e.transportError->detail);
    c.milliseconds = static_cast<int>(e.milliseconds);
    c.durationClass = tpm::report::durationClassName(e.durationClass);
    return c;
}

} // namespace

// The document is read by core's decoder (report/JsonDecode): this only puts what it read
// into the words and strings the pages show.
JobReport JobReport::fromJson(const QString& json) {
    JobReport report;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return report;
    const auto run = tpm::report::runFromJson(document.object());
    if (!run)
        return report;
    report.document = document.object();
    report.outcome = text(run->outcome);
    for (const tpm::StepRecord& record : run->report.steps) {
        StepReport step;
        step.step = text(tpm::stepName(record.step));
        step.succeeded = record.succeeded;
        step.message = text(record.message);
        step.milliseconds = static_cast<int>(record.milliseconds);
        for (std::size_t i = record.traceBegin; i < record.traceEnd && i < run->trace.size(); ++i)
            step.commands.append(commandFrom(run->trace[i]));
        report.steps.append(step);
    }
    for (const tpm::Message& note : run->report.notes)
        report.notes.append(words::engineWords(note)); // in the user's language, by id
    if (const auto& error = run->report.error) {
        report.errorKind = tpm::report::errorKindName(error->kind);
        report.errorCode = tpm::report::hex32(error->code);
        report.errorDetail = text(error->detail);
    }
    if (run->report.explanation)
        report.explanation = explanationFrom(*run->report.explanation);
    // The engine's own stops in the wizard's words (the catalogue speaks of tpmprov).
    words::StopWords stop;
    if (run->report.error && run->report.error->kind == tpm::ErrorKind::Engine &&
        words::engineStopWords(run->report.error->code, stop)) {
        report.explanation.meaning = stop.meaning;
        report.explanation.detail = stop.detail;
        report.explanation.nextAction = stop.nextAction;
    }
    report.srkFingerprint = text(run->report.srkFingerprint);
    if (run->report.finalState && run->report.finalPlan) // decoded once, by runFromJson
        report.finalStatus =
            TpmStatus::fromDecoded(*run->report.finalState, *run->report.finalPlan,
                                   report.document.value(QStringLiteral("state")).toObject());
    report.valid = true;
    return report;
}

} // namespace tpmprov::ui
