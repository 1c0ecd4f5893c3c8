#pragma once
// The stable JSON forms of a state, a plan and a provisioning run (tpmprov --json, and what
// the helper hands to clients). Keys are part of the interface: add, never rename.

#include "engine/Plan.h"
#include "engine/PpiRequest.h"
#include "engine/Provisioner.h"
#include "engine/TpmState.h"
#include "explain/ErrorCatalogue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tpm::report {

QJsonObject stateToJson(const TpmState& state);
QJsonObject sysfsToJson(const SysfsInfo& sysfs); // a state's "sysfs" (with "ppi")
// What `tpmprov --json ppi request` prints and the helper's RequestPhysicalPresence returns.
QJsonObject ppiRequestToJson(const std::string& target, const PpiRequestPlan& plan);
QJsonArray planToJson(const Plan& plan);
// state + plan, as `tpmprov status --json` prints it.
QJsonObject statusToJson(const std::string& target, const TpmState& state, const Plan& plan);
QJsonArray traceToJson(const Trace& trace, std::size_t begin, std::size_t end);
QJsonObject errorToJson(const Error& error);
QJsonObject explanationToJson(const explain::Explanation& explanation);
// {id, args, text}: the engine's words with their stable id (engine/Message.h).
QJsonObject messageToJson(const Message& message);
QJsonArray messageArgsToJson(const Message& message);
QJsonObject provisionToJson(const std::string& target, const ProvisionReport& report,
                            const Trace& trace);

QString hex32(std::uint32_t value);                     // "0x00000026"
QString errorKindName(ErrorKind kind);                  // "tpm", "system", ...
QString durationClassName(DurationClass durationClass); // "short", "long", ...

// A failure as tpmprov prints it with --json and the helper sends it with Error.Failed:
// {target, error, explanation}. Written here only.
QJsonObject failureToJson(const std::string& target, const Error& error,
                          const explain::Explanation& explanation);

} // namespace tpm::report
