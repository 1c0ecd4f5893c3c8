#pragma once
// The readers of the JSON that JsonReport.h writes: a status document (from the helper, or
// a file) becomes the TpmState and Plan the direct path has, so both print through the same
// formatter. What the JSON does not carry (the EK's public key) stays unset.

#include "engine/Plan.h"
#include "engine/Provisioner.h"
#include "engine/TpmState.h"
#include "engine/Trace.h"
#include "explain/ErrorCatalogue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tpm::report {

// stateToJson's object (or statusToJson's, which adds target and plan).
Result<TpmState> stateFromJson(const QJsonObject& state);
Result<Plan> planFromJson(const QJsonArray& plan);
// The engine's words: an id this version knows with its arguments, or else (a newer or older
// writer) the text as it was written, as MessageId::Text.
Message messageFromJson(const QJsonValue& id, const QJsonValue& args, const QString& text);
Message messageFromJson(const QJsonObject& message); // {id, args, text}

// errorToJson's object; nothing when it is not one (Result cannot hold an Error).
std::optional<Error> errorFromJson(const QJsonObject& error);
explain::Explanation explanationFromJson(const QJsonObject& e); // explanationToJson's
Result<Trace> traceFromJson(const QJsonArray& commands);        // traceToJson's

// A document the helper sends for a job or a refused call, read back into the engine's own
// types, so tpmprov and the wizard print it as the direct path does:
//   a provisioning run (provisionToJson), a maintenance result ({target, result}, plus
//   error and explanation when it failed), or a failure ({target, error, explanation}).
struct RunDocument {
    std::string target;
    std::string outcome;         // outcomeName() of a run, or a maintenance "result"
    std::optional<int> exitCode; // a run's
    ProvisionReport report;      // outcome (Failed unless the name is an engine outcome),
                                 // steps with indices into trace, notes, error, explanation,
                                 // final state and plan, SRK fingerprint
    Trace trace;                 // every step's commands, in order
};
Result<RunDocument> runFromJson(const QJsonObject& document);

} // namespace tpm::report
