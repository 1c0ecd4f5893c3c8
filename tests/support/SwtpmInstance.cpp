#include "SwtpmInstance.h"

#include "transport/Deadline.h"
#include "transport/SocketIo.h"
#include "transport/SwtpmControl.h"

#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tpm::test {
namespace {

constexpr const char* kLoopback = "127.0.0.1";
constexpr auto kSetupTimeout = std::chrono::seconds(120);
constexpr auto kServingTimeout = std::chrono::seconds(20);
constexpr auto kStopGrace = std::chrono::seconds(5);
constexpr int kPortAttempts = 5;

Error systemError(const std::string& what) {
    const int err = errno;
    return Error::system(err, what + ": " + std::strerror(err));
}

Result<UniqueFd> bindLoopback(bool listening) {
    UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (!fd) {
        return systemError("socket");
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
        return systemError("bind 127.0.0.1:0");
    }
    if (listening && ::listen(fd.get(), 16) != 0) {
        return systemError("listen");
    }
    return fd;
}

Result<std::uint16_t> localPort(int fd) {
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        return systemError("getsockname");
    }
    return ntohs(addr.sin_port);
}

std::string temporaryBase() {
    const char* tmp = std::getenv("TMPDIR");
    return (tmp != nullptr && *tmp != '\0') ? tmp : "/tmp";
}

} // namespace

SwtpmInstance::SwtpmInstance() : m_ownsStateDir(true) {}

SwtpmInstance::SwtpmInstance(std::string stateDir) : m_stateDir(std::move(stateDir)) {}

SwtpmInstance::~SwtpmInstance() {
    (void)stop();
    if (m_ownsStateDir && !m_stateDir.empty()) {
        std::error_code ignored;
        std::filesystem::remove_all(m_stateDir, ignored);
    }
}

std::string SwtpmInstance::spec() const {
    return "swtpm:" + std::string(kLoopback) + ":" + std::to_string(m_port) + ":" +
           std::to_string(m_controlPort);
}

std::string SwtpmInstance::logPath() const {
    return m_stateDir + "/swtpm.log";
}

std::string SwtpmInstance::logTail() const {
    std::ifstream file(logPath());
    std::stringstream text;
    text << file.rdbuf();
    const std::string all = text.str();
    constexpr std::size_t kTail = 2000;
    return all.size() > kTail ? all.substr(all.size() - kTail) : all;
}

bool SwtpmInstance::kill(int signal) {
    return m_process.running() && ::kill(m_process.pid, signal) == 0;
}

Result<int> SwtpmInstance::waitForExit(std::chrono::milliseconds timeout) {
    return test::waitForExit(m_process, timeout);
}

Result<void> SwtpmInstance::prepareStateDir() {
    if (m_ownsStateDir && m_stateDir.empty()) {
        std::string pattern = temporaryBase() + "/tpmprov-swtpm-XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr) {
            return systemError("mkdtemp " + pattern);
        }
        m_stateDir = pattern;
        return runSetup();
    }
    std::error_code error;
    std::filesystem::create_directories(m_stateDir, error);
    if (error) {
        return Error::system(error.value(), "cannot create " + m_stateDir + ": " + error.message());
    }
    if (std::filesystem::exists(m_stateDir + (m_tpm2 ? "/tpm2-00.permall" : "/tpm-00.permall"))) {
        return {};
    }
    return runSetup();
}

Result<void> SwtpmInstance::runSetup() {
    // TPM 1.2 is swtpm_setup's default: an enabled, active, unowned TPM with an EK.
    std::vector<std::string> argv{"swtpm_setup", "--tpm-state", m_stateDir};
    if (!m_withoutEk) {
        argv.emplace_back("--createek");
    }
    if (m_tpm2) {
        argv.emplace_back("--tpm2");
    }
    if (::geteuid() == 0) {
        argv.insert(argv.end(), {"--runas", "root"}); // else it drops to tss and cannot write
    }
    auto run = runAndCapture(argv, kSetupTimeout);
    if (!run) {
        return run.error();
    }
    if (!WIFEXITED(run->status) || WEXITSTATUS(run->status) != 0) {
        return Error::system(EIO, "swtpm_setup " + describeWaitStatus(run->status) + "; output:\n" +
                                      run->output);
    }
    return {};
}

Result<void> SwtpmInstance::bindControlSocket() {
    auto listener = bindLoopback(true);
    if (!listener) {
        return listener.error();
    }
    auto port = localPort(listener->get());
    if (!port) {
        return port.error();
    }
    m_controlListener = std::move(listener).value();
    m_controlPort = *port;
    return {};
}

Result<std::uint16_t> SwtpmInstance::pickFreePort() const {
    auto probe = bindLoopback(false);
    if (!probe) {
        return probe.error();
    }
    return localPort(probe->get());
}

Result<void> SwtpmInstance::start() {
    if (m_process.running()) {
        return {};
    }
    if (!m_stateReady) {
        if (auto prepared = prepareStateDir(); !prepared) {
            return prepared;
        }
        m_stateReady = true;
    }
    if (!m_controlListener) {
        if (auto bound = bindControlSocket(); !bound) {
            return bound;
        }
    }
    const bool keepPort = m_port != 0; // a restart: clients hold the spec
    Error last = Error::usage("swtpm was not started");
    for (int attempt = 0; attempt < kPortAttempts; ++attempt) {
        if (!keepPort && m_tpm2) {
            // tpm2-tss's swtpm TCTI sends its control commands to PORT+1.
            if (attempt > 0) {
                m_controlListener.reset();
                if (auto bound = bindControlSocket(); !bound) {
                    return bound;
                }
            }
            m_port = static_cast<std::uint16_t>(m_controlPort - 1);
        } else if (!keepPort) {
            auto port = pickFreePort();
            if (!port) {
                return port.error();
            }
            m_port = *port;
        }
        if (auto launched = launch(); !launched) {
            return launched;
        }
        auto serving = waitUntilServing();
        if (serving) {
            return {};
        }
        last = serving.error();
        (void)stop();
        if (keepPort) {
            break;
        }
    }
    return last;
}

Result<void> SwtpmInstance::launch() {
    UniqueFd log(::open(logPath().c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
    if (!log) {
        return systemError("open " + logPath());
    }
    const std::string controlFd = std::to_string(m_controlListener.get());
    std::vector<std::string> argv{"swtpm",      "socket",
                                  "--tpmstate", "dir=" + m_stateDir,
                                  "--server",   "type=tcp,port=" + std::to_string(m_port),
                                  "--ctrl",     "type=tcp,fd=" + controlFd,
                                  "--flags",    "not-need-init",
                                  "--log",      "fd=1,level=1"};
    if (m_tpm2) {
        argv.insert(argv.begin() + 2, "--tpm2");
    }
    SpawnOptions options;
    options.inheritFds = {m_controlListener.get()};
    options.outputFd = log.get();
    auto child = spawnProcess(argv, options);
    if (!child) {
        return child.error();
    }
    m_process = std::move(child).value();
    return {};
}

Result<void> SwtpmInstance::waitUntilServing() {
    // The control socket already listens, so connecting succeeds at once; the answer comes
    // when swtpm's main loop runs, by which time the data port is bound too.
    const Deadline deadline(kServingTimeout);
    auto control = net::connectTcp(kLoopback, m_controlPort, deadline);
    if (!control) {
        return control.error();
    }
    const std::array<std::uint8_t, 4> getCapability{0, 0, 0, swtpmctrl::kGetCapability};
    if (auto sent = net::sendAll(control->get(), getCapability, deadline); !sent) {
        return sent;
    }
    std::array<pollfd, 2> fds{pollfd{control->get(), POLLIN, 0},
                              pollfd{m_process.pidfd.get(), POLLIN, 0}};
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int ready = ::poll(fds.data(), fds.size(), deadline.remainingMs());
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready == 0) {
            return Error::system(ETIME, "swtpm did not answer within " +
                                            std::to_string(kServingTimeout.count()) + " s; log:\n" +
                                            logTail());
        }
        break;
    }
    if ((fds[0].revents & POLLIN) != 0) {
        std::array<std::uint8_t, 8> caps{};
        if (auto got = net::receiveExact(control->get(), caps, deadline); got) {
            return {};
        }
    }
    auto status = test::waitForExit(m_process, std::chrono::seconds(2));
    return Error::system(
        ECHILD, "swtpm " +
                    (status ? describeWaitStatus(*status) : std::string("stopped answering")) +
                    " before serving on port " + std::to_string(m_port) + "; log:\n" + logTail());
}

Result<void> SwtpmInstance::stop() {
    if (!m_process.running()) {
        return {};
    }
    auto status = terminateProcess(m_process, kStopGrace);
    if (!status) {
        return status.error();
    }
    return {};
}

Result<void> SwtpmInstance::restart() {
    if (auto stopped = stop(); !stopped) {
        return stopped;
    }
    return start();
}

} // namespace tpm::test
