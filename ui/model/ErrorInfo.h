#pragma once
// Everything the error dialog and the bug report need about one failure.

#include "backend/TpmBackend.h"
#include "model/JobReport.h"
#include "model/TpmStatus.h"

#include <QString>
#include <QStringList>

namespace tpmprov::ui {

struct ErrorInfo {
    QString what;                 // what was being done: "Turning the TPM on"
    BackendError error;           // a failed call (may be empty)
    JobReport job;                // a failed job's report (may be invalid)
    QString message;              // a failure the wizard found itself (store failed, ...)
    QString detail;               // ... why, in words
    QString nextAction;           // ... what to do now
    QString technical;            // ... the raw text behind it (technical details only)
    bool offerSaveToFile = false; // "Save to a file instead" is the way on (keyring failed)
    QStringList tried;            // what the wizard already tried, in words
    TpmStatus status;             // the last state read, for the report

    // The explanation to show: from the job, from a Failed call's JSON, or made here for
    // helper-missing, refusal, busy and vanished helper.
    Explanation explanation() const;
    // The technical trace: D-Bus error, core error, every command with its code and time.
    QString technicalDetails() const;
    // A bug-report-ready text: chip identity, flags, kernel durations, explanation, trace.
    QString reportText() const;
    // The failing TPM code (e.g. "0x00000026") when known.
    QString tpmCode() const;
    bool isPostInit() const; // TPM_INVALID_POSTINIT: "Start the TPM" can fix it
    // EBUSY and the explanation names tcsd (it holds the TPM device): "Stop tcsd" can fix it.
    bool isBusyByTcsd() const;
};

} // namespace tpmprov::ui
