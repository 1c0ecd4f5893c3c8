#pragma once
// What a call to the helper can end in, in the client's terms: one mapping from D-Bus error
// names to kinds, used by tpmprov and the wizard alike. QtCore only, so code that merely
// reports errors (the wizard's pages, a fake backend in tests) needs no bus.

#include <QString>

namespace tpmprov::helper {

enum class ErrorKind {
    None,
    HelperMissing,   // not installed, not activatable, the bus is gone
    NotAuthorized,   // polkit said no (or the bus policy did)
    InvalidArgument, // the helper refused an argument before polkit was asked
    Busy,            // another job runs, or too many calls wait for polkit
    NoSuchJob,
    Failed,         // the engine failed: the message is the failure JSON
    HelperVanished, // the helper left the bus while a job of ours ran
    Timeout,
    Other,
};

ErrorKind errorKind(const QString& dbusErrorName);

// An error from the bus or the helper. name empty: no error.
struct CallError {
    QString name;    // "io.github.TpmProvisioner1.Error.NotAuthorized", ...
    QString message; // for Error.Failed: the failure JSON ({target, error, explanation})

    bool isError() const { return !name.isEmpty(); }
    bool is(const QString& errorName) const { return name == errorName; }
    ErrorKind kind() const { return errorKind(name); }
};

// The end of a job, as JobFinished (or GetJob) reports it.
struct JobResult {
    QString job;
    bool succeeded = false;
    QString outcome; // owned-and-verified, restart-required, ..., done, failed, cancelled
    QString json;    // the run's report
};

} // namespace tpmprov::helper
