#pragma once
// Sends commands through a Transport with the right timeout for each, records a trace,
// and recovers from a TPM reset (TPM_INVALID_POSTINIT) by sending Startup(ST_CLEAR).

#include "engine/Message.h"
#include "engine/Trace.h"
#include "protocol/Structures.h"
#include "transport/Transport.h"

#include <chrono>
#include <memory>

namespace tpm {

class TpmClient {
public:
    explicit TpmClient(std::unique_ptr<Transport> transport);

    Transport& transport() { return *m_transport; }
    const Transport& transport() const { return *m_transport; }

    // The TPM's own durations decide each command's timeout (with a margin); until they are
    // known, generous defaults apply. An override replaces all of them (tests, slow chips).
    void setDurations(const Durations& durations) { m_durations = durations; }
    void setTimeoutOverride(std::optional<std::chrono::milliseconds> timeout) {
        m_timeoutOverride = timeout;
    }
    std::chrono::milliseconds timeoutFor(DurationClass durationClass) const;

    // Sends one request and returns the raw response. Transport failures come back as errors
    // (the transport is reopened so the next command can go through).
    Result<Bytes> execute(ByteView request, std::string note = {});

    // execute() + parseEmptyResponse(), without recovery: INVALID_POSTINIT comes back as
    // Error::tpm(0x26), for commands that depend on state a reset drops (presence).
    Result<void> runPlain(ByteView request, std::string note = {});
    // execute() + parseEmptyResponse(). A 0x26 answer to an unauthorized command triggers
    // Startup(ST_CLEAR) and one resend; the recovery is reported through onRecovery.
    Result<void> run(ByteView request, std::string note = {});
    // execute() with the same recovery, for commands whose response the caller parses.
    Result<Bytes> executeRecovering(ByteView request, std::string note = {});

    // Whether run()/executeRecovering() answer INVALID_POSTINIT with Startup(ST_CLEAR). Off
    // for read-only work (status): Startup resets PCRs, which only the boot or an explicit
    // startup/provision may do; the 0x26 answer then comes back to the caller.
    void setStartupAfterReset(bool enabled) { m_startupAfterReset = enabled; }

    // What the client fixed on its own (Startup after INVALID_POSTINIT), in words, in order.
    const std::vector<Message>& recoveries() const { return m_recoveries; }

    Result<void> startup(StartupType type);

    // Convenience queries.
    Result<Bytes> getCapability(std::uint32_t area, std::uint32_t subCap);

    const Trace& trace() const { return m_trace; }
    std::size_t traceSize() const { return m_trace.size(); }

private:
    Result<Bytes> executeOnce(ByteView request, const std::string& note);

    std::unique_ptr<Transport> m_transport;
    std::optional<Durations> m_durations;
    std::optional<std::chrono::milliseconds> m_timeoutOverride;
    std::vector<Message> m_recoveries;
    Trace m_trace;
    bool m_startupAfterReset = true;
};

} // namespace tpm
