#include "model/TpmStatus.h"

#include "model/EngineWords.h"
#include "report/JsonDecode.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tpmprov::ui {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

PlanStep planStepFrom(const tpm::PlanStep& step) {
    return {text(tpm::stepName(step.id)), text(tpm::stepTitle(step.id)),
            text(tpm::stepStatusName(step.status)), words::engineWords(step.reason),
            words::messageKey(step.reason)};
}

} // namespace

TpmStatus TpmStatus::fromJson(const QString& json) {
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    return document.isObject() ? fromJson(document.object()) : TpmStatus{};
}

TpmStatus TpmStatus::fromJson(const QJsonObject& root) {
    auto state = tpm::report::stateFromJson(root);
    auto plan = tpm::report::planFromJson(root.value(QStringLiteral("plan")).toArray());
    if (!state || !plan)
        return {};
    return fromDecoded(std::move(state.value()), *plan, root);
}

TpmStatus TpmStatus::fromDecoded(tpm::TpmState state, const tpm::Plan& plan,
                                 const QJsonObject& root) {
    TpmStatus status;
    status.state = std::move(state);
    const tpm::TpmState& s = status.state;
    status.family = text(tpm::familyName(s.family));
    status.chipVersion = text(s.chipVersion());
    // As the writer puts it: the spec version is part of the document, not of TpmState.
    status.specVersion = root.value(QStringLiteral("tpm"))
                             .toObject()
                             .value(QStringLiteral("specVersion"))
                             .toString();
    status.vendor = text(s.vendor());
    status.manufacturer = text(s.manufacturer);
    status.owned = s.owned;
    status.ekStatus = text(tpm::ekStatusName(s.tpm12.ek));
    status.ekFingerprint = text(s.tpm12.ekFingerprint);
    for (const tpm::PlanStep& step : plan.steps)
        status.plan.append(planStepFrom(step));
    status.document = root;
    status.valid = true;
    return status;
}

bool TpmStatus::isTpm12() const {
    return state.family == tpm::TpmFamily::Tpm12 && state.tpm12.permanent && state.tpm12.stclear;
}

bool TpmStatus::isTpm2() const {
    return state.family == tpm::TpmFamily::Tpm20 && state.tpm2.permanent.has_value();
}

const tpm::Tpm2Permanent& TpmStatus::tpm2Permanent() const {
    static const tpm::Tpm2Permanent none{};
    return state.tpm2.permanent ? *state.tpm2.permanent : none;
}

bool TpmStatus::ppiOffers(std::uint32_t operation) const {
    if (!state.sysfs || !state.sysfs->hasPpi)
        return false;
    for (const tpm::PpiOperation& op : state.sysfs->ppi.operations)
        if (op.operation == operation && (op.status == tpm::PpiOperationStatus::UserRequired ||
                                          op.status == tpm::PpiOperationStatus::NoConfirmation))
            return true;
    return false;
}

bool TpmStatus::tpm2HasPasswords() const {
    const tpm::Tpm2Permanent& p = tpm2Permanent();
    return p.ownerAuthSet || p.endorsementAuthSet || p.lockoutAuthSet;
}

const tpm::PermanentFlags& TpmStatus::permanent() const {
    static const tpm::PermanentFlags none{};
    return state.tpm12.permanent ? *state.tpm12.permanent : none;
}

const tpm::StclearFlags& TpmStatus::stclear() const {
    static const tpm::StclearFlags none{};
    return state.tpm12.stclear ? *state.tpm12.stclear : none;
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

QString TpmStatus::chipLine() const {
    QString line = vendor.isEmpty() ? QStringLiteral("TPM") : vendor + QStringLiteral(" TPM");
    if (!family.isEmpty())
        line += QLatin1Char(' ') + family;
    if (!chipVersion.isEmpty())
        line += QStringLiteral(", chip ") + chipVersion;
    return line;
}

} // namespace tpmprov::ui
