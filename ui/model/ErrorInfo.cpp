#include "model/ErrorInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace tpmprov::ui {

namespace {

void appendObject(QStringList& out, const QString& title, const QJsonObject& object) {
    if (object.isEmpty())
        return;
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString value;
        if (it->isBool())
            value = it->toBool() ? QStringLiteral("1") : QStringLiteral("0");
        else if (it->isDouble())
            value = QString::number(it->toDouble(), 'f', 0);
        else if (it->isString())
            value = it->toString();
        else if (it->isObject())
            value = QString::fromUtf8(QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact));
        else if (it->isNull())
            value = QStringLiteral("null");
        parts << it.key() + QLatin1Char('=') + value;
    }
    out << title + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

} // namespace

Explanation ErrorInfo::explanation() const {
    if (job.valid && !job.explanation.isEmpty())
        return job.explanation;
    Explanation e;
    switch (error.kind()) {
    case ErrorKind::None:
        break;
    case ErrorKind::Failed: {
        const JobReport failure = JobReport::fromJson(error.message);
        if (failure.valid && !failure.explanation.isEmpty())
            return failure.explanation;
        e.meaning = QCoreApplication::translate("ErrorInfo", "The TPM helper reported a failure.");
        e.detail = error.message;
        return e;
    }
    case ErrorKind::HelperMissing:
        e.name = error.name;
        e.meaning = QCoreApplication::translate("ErrorInfo", "The TPM helper is not running.");
        e.detail = QCoreApplication::translate(
            "ErrorInfo", "The wizard reaches the TPM only through a small system service, "
                         "tpm-provisioner-helper, which runs with the rights the TPM needs. It "
                         "is not installed, not started, or the system bus could not start it.");
        e.nextAction = QCoreApplication::translate(
            "ErrorInfo", "Install the tpm-provisioner package (it installs the helper), or "
                         "start the helper as root, then press Retry.");
        return e;
    case ErrorKind::NotAuthorized:
        e.name = error.name;
        e.meaning = QCoreApplication::translate("ErrorInfo", "Permission was refused.");
        e.detail = QCoreApplication::translate(
            "ErrorInfo", "The system's policy did not allow this for your account, or the "
                         "password prompt was cancelled. Nothing was sent to the TPM.");
        e.nextAction = QCoreApplication::translate(
            "ErrorInfo", "Press Retry and enter an administrator password when asked. If "
                         "no prompt appears, ask the computer's administrator.");
        return e;
    case ErrorKind::Busy:
        e.name = error.name;
        e.meaning = QCoreApplication::translate("ErrorInfo", "The TPM is busy with another task.");
        e.detail = error.message;
        e.nextAction = QCoreApplication::translate(
            "ErrorInfo", "Wait until the other task has finished, then press Retry.");
        return e;
    case ErrorKind::HelperVanished:
        e.name = error.name;
        e.meaning = QCoreApplication::translate("ErrorInfo",
                                                "The TPM helper stopped before the task finished.");
        e.detail = QCoreApplication::translate(
            "ErrorInfo", "It was stopped or restarted. The task's result is lost, but the TPM "
                         "itself shows how far it got.");
        e.nextAction = QCoreApplication::translate(
            "ErrorInfo", "Press Retry: the wizard reads the TPM again and continues from "
                         "where it is.");
        return e;
    case ErrorKind::InvalidArgument:
    case ErrorKind::NoSuchJob:
    case ErrorKind::Timeout:
    case ErrorKind::Other:
        e.name = error.name;
        e.meaning =
            QCoreApplication::translate("ErrorInfo", "The TPM helper could not be reached.");
        e.detail = error.message;
        e.nextAction = QCoreApplication::translate(
            "ErrorInfo", "Press Retry. If it keeps failing, save a report and file a bug.");
        return e;
    }
    if (!message.isEmpty())
        e.meaning = message;
    e.detail = detail;
    e.nextAction = nextAction;
    return e;
}

QString ErrorInfo::tpmCode() const {
    if (job.valid && !job.errorCode.isEmpty())
        return job.errorCode;
    if (error.kind() == ErrorKind::Failed)
        return JobReport::fromJson(error.message).errorCode;
    return {};
}

bool ErrorInfo::isPostInit() const {
    const Explanation e = explanation();
    return e.name == QStringLiteral("TPM_INVALID_POSTINIT") || e.code == QStringLiteral("0x26");
}

bool ErrorInfo::isBusyByTcsd() const {
    const Explanation e = explanation();
    if (e.name != QStringLiteral("EBUSY") && e.code != QStringLiteral("EBUSY"))
        return false;
    const QString words = QStringList{e.meaning, e.detail, e.nextAction}.join(QLatin1Char(' '));
    return words.contains(QStringLiteral("tcsd"), Qt::CaseInsensitive);
}

QString ErrorInfo::technicalDetails() const {
    QStringList out;
    if (!technical.isEmpty())
        out << technical;
    if (error.isError()) {
        out << QStringLiteral("D-Bus error: %1").arg(error.name);
        if (error.kind() != ErrorKind::Failed && !error.message.isEmpty())
            out << QStringLiteral("Message: %1").arg(error.message);
    }
    JobReport report = job;
    if (!report.valid && error.kind() == ErrorKind::Failed)
        report = JobReport::fromJson(error.message);
    if (report.valid) {
        if (!report.outcome.isEmpty())
            out << QStringLiteral("Outcome: %1").arg(report.outcome);
        if (!report.errorCode.isEmpty())
            out << QStringLiteral("Error: kind=%1 code=%2 %3")
                       .arg(report.errorKind, report.errorCode, report.errorDetail);
        const Explanation e = report.explanation;
        if (!e.isEmpty())
            out << QStringLiteral("Explanation: %1 %2: %3").arg(e.code, e.name, e.meaning);
        for (const StepReport& step : report.steps) {
            out << QStringLiteral("Step %1: %2, %3 ms%4")
                       .arg(step.step,
                            step.succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"))
                       .arg(step.milliseconds)
                       .arg(step.message.isEmpty()
                                ? QString()
                                : QStringLiteral(" (") + step.message + QLatin1Char(')'));
            for (const TraceCommand& c : step.commands)
                out << QStringLiteral("  %1 %2%3 -> %4, %5 ms [%6]%7")
                           .arg(c.ordinal, c.name,
                                c.argument.isEmpty()
                                    ? QString()
                                    : QLatin1Char('(') + c.argument + QLatin1Char(')'),
                                c.returnCode.isEmpty() ? QStringLiteral("no answer") : c.returnCode)
                           .arg(c.milliseconds)
                           .arg(c.durationClass,
                                c.transportError.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" transport: ") + c.transportError);
        }
        for (const QString& note : report.notes)
            out << QStringLiteral("Note: %1").arg(note);
    }
    if (!message.isEmpty())
        out << QStringLiteral("Wizard: %1").arg(message);
    return out.join(QLatin1Char('\n'));
}

QString ErrorInfo::reportText() const {
    QStringList out;
    out << QStringLiteral("TPM Provisioner %1 - problem report")
               .arg(QCoreApplication::applicationVersion())
        << QStringLiteral("Date: %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate))
        << QStringLiteral("System: %1, kernel %2 %3")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                    QSysInfo::kernelVersion())
        << QStringLiteral("While: %1").arg(what) << QString();
    const QJsonObject doc = status.document;
    if (status.valid) {
        appendObject(out, QStringLiteral("TPM"), doc.value(QStringLiteral("tpm")).toObject());
        const QJsonObject flags = doc.value(QStringLiteral("flags")).toObject();
        appendObject(out, QStringLiteral("Permanent flags"),
                     flags.value(QStringLiteral("permanent")).toObject());
        appendObject(out, QStringLiteral("Volatile flags"),
                     flags.value(QStringLiteral("stclear")).toObject());
        out << QStringLiteral("Owned: %1, EK: %2")
                   .arg(status.owned
                            ? (*status.owned ? QStringLiteral("yes") : QStringLiteral("no"))
                            : QStringLiteral("unknown"),
                        status.ekStatus);
        appendObject(out, QStringLiteral("TPM durations (us)"),
                     doc.value(QStringLiteral("durations")).toObject());
        appendObject(out, QStringLiteral("TIS timeouts (us)"),
                     doc.value(QStringLiteral("tisTimeouts")).toObject());
        appendObject(out, QStringLiteral("Kernel (sysfs)"),
                     doc.value(QStringLiteral("sysfs")).toObject());
        QStringList recoveries;
        for (const QJsonValue& r : doc.value(QStringLiteral("recoveries")).toArray())
            recoveries << r.toString();
        if (!recoveries.isEmpty())
            out << QStringLiteral("Recoveries: %1").arg(recoveries.join(QStringLiteral("; ")));
        for (const PlanStep& step : status.plan)
            out << QStringLiteral("Plan: %1 = %2 (%3)").arg(step.step, step.status, step.reason);
    } else {
        out << QStringLiteral("TPM: state not read");
    }
    out << QString();
    const Explanation e = explanation();
    out << QStringLiteral("Problem: %1 %2").arg(e.code, e.name).trimmed()
        << QStringLiteral("Meaning: %1").arg(e.meaning);
    if (!e.detail.isEmpty())
        out << QStringLiteral("Detail: %1").arg(e.detail);
    if (!e.nextAction.isEmpty())
        out << QStringLiteral("Next: %1").arg(e.nextAction);
    for (const QString& attempt : tried)
        out << QStringLiteral("Tried: %1").arg(attempt);
    out << QString() << QStringLiteral("Technical details:") << technicalDetails();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tpmprov::ui
