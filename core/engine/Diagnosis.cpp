#include "engine/Provisioner.h"
#include "engine/TpmState.h"

namespace tpm {

namespace {

// Whether this command is the one that produced `error` (the trace goes on after a failure:
// the engine asks the TPM what happened, and those checks may fail too).
bool producedError(const TraceEntry& entry, const Error& error) {
    if (error.kind == ErrorKind::Tpm)
        return entry.returnCode && *entry.returnCode == error.code;
    return entry.transportError && entry.transportError->kind == error.kind &&
           entry.transportError->code == error.code;
}

} // namespace

explain::Context diagnosisContext(const std::string& step, const TpmClient& client,
                                  const TpmState* state, int attempts, bool recovered,
                                  const Error* error) {
    explain::Context context;
    context.step = step;
    context.attempts = attempts;
    context.recovered = recovered;
    context.emulated = !client.transport().isLinuxDevice();
    const Trace& trace = client.trace();
    const TraceEntry* failed = trace.empty() ? nullptr : &trace.back();
    if (error) {
        for (auto it = trace.rbegin(); it != trace.rend(); ++it) {
            if (producedError(*it, *error)) {
                failed = &*it;
                break;
            }
        }
    }
    if (failed) {
        context.ordinal = failed->ordinal;
        if (context.ordinal == ordinal::PhysicalPresence) {
            // The trace keeps the presence bits' name in its note; map it back.
            const std::string& bits = failed->note;
            if (bits == "CMD_ENABLE")
                context.presenceBits = pp::CmdEnable;
            else if (bits == "PRESENT")
                context.presenceBits = pp::Present;
        }
    }
    if (state) {
        context.permanent = state->tpm12.permanent;
        context.stclear = state->tpm12.stclear;
        context.vendor = state->vendor();
        context.chipVersion = state->chipVersion();
        context.tpmDurations = state->tpm12.durations;
        if (state->sysfs)
            context.sysfsDurations = state->sysfs->durations;
    }
    return context;
}

} // namespace tpm
