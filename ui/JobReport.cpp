#include "JobReport.h"

#include "EngineWords.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tpmprov::ui {

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

Explanation explanationFrom(const QJsonObject& o) {
    Explanation e;
    e.code = str(o, "code");
    e.name = str(o, "name");
    e.meaning = str(o, "meaning");
    e.detail = str(o, "detail");
    e.nextAction = str(o, "nextAction");
    e.harmless = o.value(QStringLiteral("harmless")).toBool();
    return e;
}

TraceCommand commandFrom(const QJsonObject& o) {
    TraceCommand c;
    c.ordinal = str(o, "ordinal");
    c.name = str(o, "name");
    c.argument = str(o, "argument");
    c.returnCode = str(o, "returnCode");
    const QJsonObject error = o.value(QStringLiteral("error")).toObject();
    if (!error.isEmpty())
        c.transportError = str(error, "code") + QLatin1Char(' ') + str(error, "detail");
    c.milliseconds = o.value(QStringLiteral("milliseconds")).toInt();
    c.durationClass = str(o, "durationClass");
    return c;
}

} // namespace

JobReport JobReport::fromJson(const QString& json) {
    JobReport report;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return report;
    const QJsonObject root = document.object();
    report.document = root;
    report.outcome = str(root, "outcome");
    if (report.outcome.isEmpty())
        report.outcome = str(root, "result");
    for (const QJsonValue& v : root.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        StepReport step;
        step.step = str(s, "step");
        step.succeeded = s.value(QStringLiteral("succeeded")).toBool();
        step.message = str(s, "message");
        step.milliseconds = s.value(QStringLiteral("milliseconds")).toInt();
        for (const QJsonValue& c : s.value(QStringLiteral("commands")).toArray())
            step.commands.append(commandFrom(c.toObject()));
        report.steps.append(step);
    }
    // In the wizard's words by id; a helper that sends no ids has its English shown.
    const QJsonArray noteMessages = root.value(QStringLiteral("noteMessages")).toArray();
    if (!noteMessages.isEmpty())
        for (const QJsonValue& n : noteMessages)
            report.notes.append(words::engineWords(n[QStringLiteral("id")], n[QStringLiteral("args")],
                                                   n[QStringLiteral("text")].toString()));
    else
        for (const QJsonValue& n : root.value(QStringLiteral("notes")).toArray())
            report.notes.append(n.toString());
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    report.errorKind = str(error, "kind");
    report.errorCode = str(error, "code");
    report.errorDetail = str(error, "detail");
    report.explanation = explanationFrom(root.value(QStringLiteral("explanation")).toObject());
    report.srkFingerprint = str(root, "srkFingerprint");
    report.finalState = root.value(QStringLiteral("state")).toObject();
    report.valid = true;
    return report;
}

} // namespace tpmprov::ui
