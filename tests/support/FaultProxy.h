#pragma once
// An in-process TCP proxy in front of swtpm's data port that injects transport faults,
// keyed by a command's ordinal and its occurrence (1 = the first such command it sees).
// One client at a time, like swtpm itself; its own thread, stopped by the destructor.

#include "protocol/Bytes.h"
#include "protocol/Result.h"
#include "transport/UniqueFd.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace tpm::test {

enum class FaultKind {
    DropBeforeForward,  // close the client without forwarding the command
    DropAfterForward,   // the TPM executes it; the response is discarded, the client closed
    ResetBeforeForward, // control INIT first, then forward: the TPM answers 0x26
    ResetAfterForward,  // forward, then INIT, then close the client without the response
    Delay,              // hold the response for `delay`
    Truncate,           // return only the first `keepBytes` bytes, then close
    Garbage,            // the TPM executes it; the client gets random bytes behind a
                        // plausible header (tag 0x00C4, consistent paramSize)
    Answer,             // not forwarded (nothing runs); the client gets `answer`
    Rewrite,            // the TPM executes it; the client gets rewrite(request, response)
};

struct Fault {
    using Rewriter = std::function<Bytes(ByteView request, Bytes response)>;

    Fault(FaultKind kind_ = FaultKind::DropBeforeForward, std::chrono::milliseconds delay_ = {},
          std::size_t keepBytes_ = 0)
        : kind(kind_), delay(delay_), keepBytes(keepBytes_) {}
    static Fault answering(Bytes answer) {
        Fault fault(FaultKind::Answer);
        fault.answer = std::move(answer);
        return fault;
    }
    static Fault rewriting(Rewriter rewriter) {
        Fault fault(FaultKind::Rewrite);
        fault.rewrite = std::move(rewriter);
        return fault;
    }

    FaultKind kind;
    std::chrono::milliseconds delay;
    std::size_t keepBytes;
    Bytes answer;     // FaultKind::Answer
    Rewriter rewrite; // FaultKind::Rewrite
};

class FaultProxy {
public:
    FaultProxy(std::string upstreamHost, std::uint16_t upstreamPort,
               std::uint16_t upstreamControlPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    // Listens on 127.0.0.1 (a free port P, and P + 1 for the control channel, where tpm2-tss's
    // swtpm TCTI looks for it) and starts the forwarding thread.
    Result<void> start();
    std::uint16_t port() const { return m_port; }
    // "swtpm:127.0.0.1:PROXYPORT:REAL_CTRL_PORT": control goes straight to swtpm.
    std::string spec() const;

    // Applies `fault` to the occurrence-th command with this ordinal (counted since start).
    void injectFault(std::uint32_t ordinal, unsigned occurrence, Fault fault);
    // Applies `fault` to the next command with this ordinal.
    void injectFaultOnNext(std::uint32_t ordinal, Fault fault);
    // Applies `fault` to every later command with this ordinal (a misbehaving chip), until
    // clearFaults(); an occurrence-specific fault takes precedence.
    void injectFaultAlways(std::uint32_t ordinal, Fault fault);
    void clearFaults();
    unsigned commandsSeen(std::uint32_t ordinal) const;
    unsigned faultsApplied() const;

private:
    void run();
    void serveClient(UniqueFd client);
    // Returns false when the client connection is to be closed.
    bool handleCommand(int client, UniqueFd& upstream);
    void relayControl(int client);
    bool waitForStopOr(std::chrono::milliseconds duration) const;

    std::string m_upstreamHost;
    std::uint16_t m_upstreamPort;
    std::uint16_t m_upstreamControlPort;
    std::uint16_t m_port = 0;
    UniqueFd m_listener;
    UniqueFd m_controlListener; // port() + 1, relayed to swtpm's control port
    UniqueFd m_stopEvent;       // eventfd: written once by the destructor
    std::thread m_thread;

    mutable std::mutex m_mutex;
    std::map<std::uint32_t, unsigned> m_seen;
    std::map<std::pair<std::uint32_t, unsigned>, Fault> m_faults;
    std::map<std::uint32_t, Fault> m_persistentFaults;
    unsigned m_applied = 0;
};

} // namespace tpm::test
