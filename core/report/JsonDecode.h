#pragma once
// The readers of the JSON that JsonReport.h writes: a status document (from the helper, or
// a file) becomes the TpmState and Plan the direct path has, so both print through the same
// formatter. What the JSON does not carry (the EK's public key) stays unset.

#include "engine/Plan.h"
#include "engine/TpmState.h"

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

} // namespace tpm::report
