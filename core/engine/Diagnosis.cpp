#include "engine/Provisioner.h"
#include "engine/TpmState.h"

namespace tpm {

explain::Context diagnosisContext(const std::string& step, const TpmClient& client,
                                  const TpmState* state, int attempts, bool recovered) {
    explain::Context context;
    context.step = step;
    context.attempts = attempts;
    context.recovered = recovered;
    context.emulated = !client.transport().isLinuxDevice();
    const Trace& trace = client.trace();
    if (!trace.empty()) {
        context.ordinal = trace.back().ordinal;
        if (context.ordinal == ordinal::PhysicalPresence) {
            // The trace keeps the presence bits' name in its note; map it back.
            const std::string& bits = trace.back().note;
            if (bits == "CMD_ENABLE")
                context.presenceBits = pp::CmdEnable;
            else if (bits == "PRESENT")
                context.presenceBits = pp::Present;
        }
    }
    if (state) {
        context.permanent = state->permanent;
        context.stclear = state->stclear;
        context.vendor = state->vendor();
        context.chipVersion = state->chipVersion();
        context.tpmDurations = state->durations;
        if (state->sysfs)
            context.sysfsDurations = state->sysfs->durations;
    }
    return context;
}

} // namespace tpm
