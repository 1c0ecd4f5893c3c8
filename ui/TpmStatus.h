#pragma once
// The TPM's state as the helper's GetState reports it (the `tpmprov --json status` document),
// parsed into what the pages show.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace tpmprov::ui {

struct PlanStep {
    QString step;   // "physical-presence", "enable", "activate", "restart", "self-test", ...
    QString title;  // the engine's English title
    QString status; // "needed", "done", "skipped", "blocked"
    QString reason;   // the engine's reason, in the wizard's words (ui/EngineWords)
    QString reasonId; // its message id ("plan.needs-presence"), empty from older helpers
};

struct TpmStatus {
    bool valid = false; // false: nothing read yet (or unparsable)
    QString family;     // "1.2", "2.0", ...
    QString chipVersion;
    QString specVersion;
    QString vendor;
    QString manufacturer;
    std::optional<bool> owned;
    QString ekStatus; // "present", "absent", "unreadable", "unknown"
    QString ekFingerprint;
    QJsonObject permanent; // permanent flags by spec name (disable, deactivated, ...)
    QJsonObject stclear;   // volatile flags (deactivated, physicalPresenceLock, ...)
    QList<PlanStep> plan;
    QJsonObject document; // the whole document, for reports

    static TpmStatus fromJson(const QString& json);

    bool isTpm12() const;
    const PlanStep* step(const QString& name) const;
    QString stepStatus(const QString& name) const; // "" when the plan has no such step
    bool needs(const QString& name) const { return stepStatus(name) == QStringLiteral("needed"); }
    bool blocked(const QString& name) const {
        return stepStatus(name) == QStringLiteral("blocked");
    }
    bool flag(const QJsonObject& flags, const char* name) const;
    bool isOwned() const { return owned.value_or(false); }
    bool enabled() const { return !flag(permanent, "disable"); }
    bool activated() const { return !flag(permanent, "deactivated"); }
    bool activeNow() const { return !flag(stclear, "deactivated"); }
    // A short identity line: "STM TPM 1.2, chip 1.2.13.12".
    QString chipLine() const;
};

} // namespace tpmprov::ui
