#pragma once
// Plain, translatable words for the engine's steps, plan statuses and TPM flags.

#include "crypto/OwnerSecret.h"
#include "model/TpmStatus.h"

#include <QList>
#include <QPair>
#include <QString>

namespace tpmprov::ui::words {

QString stepTitle(const QString& step);              // "Turn the TPM on"
QString stepWhat(const QString& step);               // what the step does, one sentence
QString planStatus(const QString& status);           // "To do", "Done", ...
QString outcome(const QString& outcome);             // "owned-and-verified" -> words
QString encodingLabel(tpm::SecretEncoding encoding); // short label
// A time the TPM reports in seconds, in words: "17 minutes", "24 hours", "1 second".
QString duration(std::uint32_t seconds);

// The flags that matter, as (label, "no — turned off in firmware") pairs.
// For a TPM 2.0, its passwords, storage key, lockout settings and firmware requests.
QList<QPair<QString, QString>> flagLines(const TpmStatus& status);
QList<QPair<QString, QString>> tpm2FlagLines(const TpmStatus& status);

} // namespace tpmprov::ui::words
