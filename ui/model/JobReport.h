#pragma once
// A job's result (provisionToJson / selftest JSON) or a failure object ({target, error,
// explanation}) as the helper sends them, parsed for the pages and the error dialog.

#include "model/TpmStatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tpmprov::ui {

struct Explanation {
    QString code;
    QString name;
    QString meaning;
    QString detail;
    QString nextAction;
    bool harmless = false;
    bool isEmpty() const { return code.isEmpty() && meaning.isEmpty(); }
};

struct TraceCommand {
    QString ordinal;
    QString name;
    QString argument;
    QString returnCode; // empty: no answer
    QString transportError;
    int milliseconds = 0;
    QString durationClass;
};

struct StepReport {
    QString step;
    bool succeeded = false;
    QString message;
    int milliseconds = 0;
    QList<TraceCommand> commands;
};

struct JobReport {
    bool valid = false;
    QString outcome; // owned-and-verified, restart-required, already-owned, failed, done, ...
    QList<StepReport> steps;
    QStringList notes;
    QString errorKind;
    QString errorCode;
    QString errorDetail;
    Explanation explanation;
    QString srkFingerprint;
    TpmStatus finalStatus; // the state after the run (valid only when the report had one)
    QJsonObject document;

    // Both job reports and failure objects ({target, error, explanation}).
    static JobReport fromJson(const QString& json);
};

} // namespace tpmprov::ui
