#pragma once
// The TPM's state as the helper's GetState reports it (the `tpmprov --json status`
// document), read by core's decoder (report/JsonDecode) into the engine's own TpmState and
// Plan, plus the words the pages show.

#include "engine/Plan.h"
#include "engine/TpmState.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace tpmprov::ui {

struct PlanStep {
    QString step;     // "physical-presence", "enable", "activate", "restart", "self-test", ...
    QString title;    // the engine's English title
    QString status;   // "needed", "done", "skipped", "blocked"
    QString reason;   // the engine's reason, in the wizard's words (ui/model/EngineWords)
    QString reasonId; // its message id ("plan.needs-presence"), empty from older helpers
};

struct TpmStatus {
    bool valid = false;  // false: nothing read yet (or unparsable)
    tpm::TpmState state; // as core's reader decoded it
    QString family;      // "1.2", "2.0", ...
    QString chipVersion;
    QString specVersion;
    QString vendor;
    QString manufacturer;
    std::optional<bool> owned;
    QString ekStatus; // "present", "absent", "unreadable", "unknown"
    QString ekFingerprint;
    QList<PlanStep> plan;
    QJsonObject document; // the whole document, for reports

    static TpmStatus fromJson(const QString& json);
    static TpmStatus fromJson(const QJsonObject& document);
    // What core's decoder already read (a run's final state), with its document for reports.
    static TpmStatus fromDecoded(tpm::TpmState state, const tpm::Plan& plan,
                                 const QJsonObject& document);

    bool isTpm12() const;
    // A TPM 2.0 whose state was read (TPM_PT_PERMANENT at least).
    bool isTpm2() const;
    const tpm::Tpm2Details& tpm2() const { return state.tpm2; }
    const tpm::Tpm2Permanent& tpm2Permanent() const;
    // The firmware offers this PPI operation to the operating system (with or without
    // asking the person at the computer).
    bool ppiOffers(std::uint32_t operation) const;
    // Any of the owner, endorsement or lockout passwords is set: someone set the TPM up.
    bool tpm2HasPasswords() const;
    const PlanStep* step(const QString& name) const;
    QString stepStatus(const QString& name) const; // "" when the plan has no such step
    bool needs(const QString& name) const { return stepStatus(name) == QStringLiteral("needed"); }
    bool blocked(const QString& name) const {
        return stepStatus(name) == QStringLiteral("blocked");
    }
    // The flags as read (all false when the TPM did not report them).
    const tpm::PermanentFlags& permanent() const;
    const tpm::StclearFlags& stclear() const;
    bool isOwned() const { return owned.value_or(false); }
    bool enabled() const { return !permanent().disable; }
    bool activated() const { return !permanent().deactivated; }
    bool activeNow() const { return !stclear().deactivated; }
    // A short identity line: "STM TPM 1.2, chip 1.2.13.12".
    QString chipLine() const;
};

} // namespace tpmprov::ui
