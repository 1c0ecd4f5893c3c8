#include "TpmStatus.h"

#include "EngineWords.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tpmprov::ui {

TpmStatus TpmStatus::fromJson(const QString& json) {
    TpmStatus status;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return status;
    const QJsonObject root = document.object();
    const QJsonObject tpm = root.value(QStringLiteral("tpm")).toObject();
    status.family = tpm.value(QStringLiteral("family")).toString();
    status.chipVersion = tpm.value(QStringLiteral("chipVersion")).toString();
    status.specVersion = tpm.value(QStringLiteral("specVersion")).toString();
    status.vendor = tpm.value(QStringLiteral("vendor")).toString();
    status.manufacturer = tpm.value(QStringLiteral("manufacturer")).toString();
    const QJsonValue owned = root.value(QStringLiteral("owned"));
    if (owned.isBool())
        status.owned = owned.toBool();
    const QJsonObject ek = root.value(QStringLiteral("ek")).toObject();
    status.ekStatus = ek.value(QStringLiteral("status")).toString();
    status.ekFingerprint = ek.value(QStringLiteral("fingerprint")).toString();
    const QJsonObject flags = root.value(QStringLiteral("flags")).toObject();
    status.permanent = flags.value(QStringLiteral("permanent")).toObject();
    status.stclear = flags.value(QStringLiteral("stclear")).toObject();
    for (const QJsonValue& value : root.value(QStringLiteral("plan")).toArray()) {
        const QJsonObject o = value.toObject();
        status.plan.append({o.value(QStringLiteral("step")).toString(),
                            o.value(QStringLiteral("title")).toString(),
                            o.value(QStringLiteral("status")).toString(),
                            words::engineWords(o.value(QStringLiteral("reasonId")),
                                               o.value(QStringLiteral("reasonArgs")),
                                               o.value(QStringLiteral("reason")).toString()),
                            o.value(QStringLiteral("reasonId")).toString()});
    }
    status.document = root;
    status.valid = true;
    return status;
}

bool TpmStatus::isTpm12() const {
    return family == QStringLiteral("1.2") && !permanent.isEmpty() && !stclear.isEmpty();
}

const PlanStep* TpmStatus::step(const QString& name) const {
    for (const PlanStep& s : plan)
        if (s.step == name)
            return &s;
    return nullptr;
}

QString TpmStatus::stepStatus(const QString& name) const {
    const PlanStep* s = step(name);
    return s ? s->status : QString();
}

bool TpmStatus::flag(const QJsonObject& flags, const char* name) const {
    return flags.value(QLatin1String(name)).toBool();
}

QString TpmStatus::chipLine() const {
    QString line = vendor.isEmpty() ? QStringLiteral("TPM") : vendor + QStringLiteral(" TPM");
    if (!family.isEmpty())
        line += QLatin1Char(' ') + family;
    if (!chipVersion.isEmpty())
        line += QStringLiteral(", chip ") + chipVersion;
    return line;
}

} // namespace tpmprov::ui
