#pragma once
// A private swtpm (TPM 1.2) for one test: its own state directory, its own ports.
//
// The control channel listens on a socket we create (swtpm accepts on the fd we pass), so
// its port is known before swtpm runs. swtpm 0.7 reads a --server fd as an already
// connected stream, not a listener, so the data port is picked by binding port 0 and then
// handed to swtpm; if swtpm cannot bind it (a rare race), start() picks another one.
// Readiness is a control-channel answer, raced against the process exiting: no sleeps.

#include "Subprocess.h"
#include "protocol/Result.h"
#include "transport/UniqueFd.h"

#include <cstdint>
#include <string>

namespace tpm::test {

class SwtpmInstance {
public:
    // A fresh temporary state directory (under $TMPDIR or /tmp), removed by the destructor.
    SwtpmInstance();
    // The given directory (created if missing, kept afterwards); swtpm_setup runs only when
    // it holds no TPM state yet.
    explicit SwtpmInstance(std::string stateDir);
    ~SwtpmInstance();
    SwtpmInstance(const SwtpmInstance&) = delete;
    SwtpmInstance& operator=(const SwtpmInstance&) = delete;

    // Before the first start(): emulate a TPM 2.0 instead of the default TPM 1.2
    // (swtpm_setup --tpm2, swtpm socket --tpm2).
    void setTpm2(bool tpm2) { m_tpm2 = tpm2; }
    // Before the first start(): manufacture the TPM without an endorsement key.
    void setWithoutEndorsementKey(bool without) { m_withoutEk = without; }
    bool isTpm2() const { return m_tpm2; }

    Result<void> start();
    // Stops swtpm and starts it again on the same state and the same ports.
    Result<void> restart();
    // SIGTERM, bounded wait, SIGKILL.
    Result<void> stop();

    std::uint16_t port() const { return m_port; }
    std::uint16_t controlPort() const { return m_controlPort; }
    std::string spec() const; // "swtpm:127.0.0.1:P:C"
    const std::string& stateDir() const { return m_stateDir; }
    pid_t pid() const { return m_process.pid; }
    bool running() const { return m_process.running(); }
    bool kill(int signal);
    // Waits for swtpm to exit on its own (e.g. after control SHUTDOWN).
    Result<int> waitForExit(std::chrono::milliseconds timeout);
    // The end of swtpm's log, for failure messages.
    std::string logTail() const;

private:
    Result<void> prepareStateDir();
    Result<void> runSetup();
    Result<void> bindControlSocket();
    Result<std::uint16_t> pickFreePort() const;
    Result<void> launch();
    Result<void> waitUntilServing();
    std::string logPath() const;

    std::string m_stateDir;
    bool m_ownsStateDir = false;
    bool m_stateReady = false;
    bool m_tpm2 = false;
    bool m_withoutEk = false;
    UniqueFd m_controlListener;
    std::uint16_t m_port = 0;
    std::uint16_t m_controlPort = 0;
    ChildProcess m_process;
};

} // namespace tpm::test
