#pragma once
// A record of every command sent, for "Technical details" and bug reports.
// Holds ordinals, codes and timings only: never request or response bytes, so no secret
// can end up in a trace.

#include "protocol/Constants.h"
#include "protocol/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace tpm {

struct TraceEntry {
    std::uint32_t ordinal = 0;
    std::string name;                        // "TPM_TakeOwnership"
    std::optional<std::uint32_t> returnCode; // set when the TPM answered
    std::optional<Error> transportError;     // set when no answer came
    double milliseconds = 0;
    DurationClass durationClass = DurationClass::Short;
    std::string note; // e.g. "PRESENT" for a presence command, "ST_CLEAR" for Startup
};

using Trace = std::vector<TraceEntry>;

} // namespace tpm
