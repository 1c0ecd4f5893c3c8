// tpm-testbed: a private swtpm TPM 1.2 (or, with --tpm2, a TPM 2.0) for shell scripts (the
// demo, the CLI tests, the benchmark).
//   tpm-testbed [--factory | --tpm2] [--state-dir DIR] -- COMMAND ARGS...
// runs COMMAND with TPMPROV_TPM=<spec> and exits with its status; without "--" it prints
// the spec and serves until stdin closes or SIGTERM/SIGINT arrives.

#include "FactoryState.h"
#include "RawCommands.h"
#include "Subprocess.h"
#include "SwtpmInstance.h"
#include "transport/SwtpmTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using tpm::test::SwtpmInstance;

int fail(const std::string& message) {
    std::fprintf(stderr, "tpm-testbed: %s\n", message.c_str());
    return 2;
}

tpm::Result<void> prepareFactoryState(const SwtpmInstance& swtpm) {
    tpm::SwtpmTransport transport("127.0.0.1", swtpm.port(), swtpm.controlPort());
    return tpm::test::putIntoFactoryState(transport);
}

// What firmware does at boot: without it every command answers TPM_INVALID_POSTINIT.
std::string tpm2ToolsTcti(const SwtpmInstance& swtpm) {
    return "swtpm:host=127.0.0.1,port=" + std::to_string(swtpm.port());
}

tpm::Result<void> bootLikeFirmware(const SwtpmInstance& swtpm) {
    tpm::SwtpmTransport transport("127.0.0.1", swtpm.port(), swtpm.controlPort());
    auto response = transport.transmit(tpm::test::rawStartup(tpm::StartupType::Clear),
                                       std::chrono::milliseconds{30'000});
    if (!response)
        return response.error();
    auto code = tpm::test::responseCode(*response);
    if (!code)
        return code.error();
    if (*code != 0 && *code != 0x26) // 0x26: already started
        return tpm::Error::tpm(*code, "TPM_Startup(ST_CLEAR) at boot");
    return {};
}

// A TPM 2.0 is started by tpm2-tools, the independent stack, as firmware would at boot.
tpm::Result<void> bootTpm2LikeFirmware(const SwtpmInstance& swtpm) {
    auto run = tpm::test::runAndCapture(
        {"env", "TPM2TOOLS_TCTI=" + tpm2ToolsTcti(swtpm), "tpm2_startup", "-c"},
        std::chrono::milliseconds{30'000});
    if (!run)
        return run.error();
    if (!WIFEXITED(run->status) || WEXITSTATUS(run->status) != 0)
        return tpm::Error::system(EIO, "tpm2_startup -c: " + run->output);
    return {};
}

int exitCodeOf(int status) {
    if (WIFEXITED(status)) {
        return WEXITSTATUS(status);
    }
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
}

int runCommand(const std::vector<std::string>& command) {
    tpm::test::SpawnOptions options;
    options.dieWithParent = false; // the command decides its own lifetime
    auto child = tpm::test::spawnProcess(command, options);
    if (!child) {
        return fail("cannot run " + command.front() + ": " + child.error().detail);
    }
    // The command may legitimately run for minutes (a provisioning run); wait for its end.
    int status = 0;
    for (;;) {
        if (::waitpid(child->pid, &status, 0) >= 0) {
            break;
        }
        if (errno != EINTR) {
            return fail("waitpid failed");
        }
    }
    child->pid = -1;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
        std::fprintf(stderr, "tpm-testbed: %s exited with 127 (not found?)\n",
                     command.front().c_str());
    }
    return exitCodeOf(status);
}

// Serves until stdin reaches EOF, a termination signal arrives, or swtpm dies.
int serveUntilClosed(SwtpmInstance& swtpm) {
    sigset_t stopSignals;
    ::sigemptyset(&stopSignals);
    ::sigaddset(&stopSignals, SIGTERM);
    ::sigaddset(&stopSignals, SIGINT);
    ::sigprocmask(SIG_BLOCK, &stopSignals, nullptr);
    tpm::UniqueFd signalFd(::signalfd(-1, &stopSignals, SFD_CLOEXEC));
    std::printf("%s\n", swtpm.spec().c_str());
    std::fflush(stdout);
    for (;;) {
        std::array<pollfd, 2> fds{pollfd{STDIN_FILENO, POLLIN, 0},
                                  pollfd{signalFd.get(), POLLIN, 0}};
        const int ready = ::poll(fds.data(), fds.size(), -1);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready < 0 || (fds[1].revents & POLLIN) != 0) {
            return 0;
        }
        if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
            std::array<char, 256> buffer{};
            if (::read(STDIN_FILENO, buffer.data(), buffer.size()) <= 0) {
                return 0;
            }
        }
        if (!swtpm.running()) {
            return fail("swtpm exited");
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    // Everything after "--" is the command; QCommandLineParser only sees what comes before.
    int commandStart = argc;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--") {
            commandStart = i;
            break;
        }
    }
    std::vector<std::string> command(argv + std::min(commandStart + 1, argc), argv + argc);
    int ownArgc = commandStart;
    QCoreApplication app(ownArgc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tpm-testbed"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a private swtpm TPM 1.2 (or 2.0) and a command with TPMPROV_TPM pointing at it."));
    parser.addHelpOption();
    const QCommandLineOption factory(QStringLiteral("factory"),
                                     QStringLiteral("Put the TPM into the factory-like laptop "
                                                    "state first."));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
                                      QStringLiteral("Use (and keep) this swtpm state "
                                                     "directory instead of a temporary one."),
                                      QStringLiteral("DIR"));
    parser.addOption(factory);
    const QCommandLineOption unstarted(
        QStringLiteral("unstarted"),
        QStringLiteral("Leave the TPM waiting for TPM_Startup, as after a reset (default: "
                       "send Startup(ST_CLEAR) as firmware does at boot)."));
    parser.addOption(unstarted);
    const QCommandLineOption tpm2(
        QStringLiteral("tpm2"),
        QStringLiteral("A TPM 2.0 (swtpm --tpm2), started with tpm2_startup; TPM2TOOLS_TCTI "
                       "points tpm2-tools at it too."));
    parser.addOption(tpm2);
    parser.addOption(stateDir);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        return fail("unexpected argument before '--'");
    }
    if (commandStart < argc && command.empty()) {
        return fail("no command after '--'");
    }

    std::unique_ptr<SwtpmInstance> swtpm =
        parser.isSet(stateDir)
            ? std::make_unique<SwtpmInstance>(parser.value(stateDir).toStdString())
            : std::make_unique<SwtpmInstance>();
    swtpm->setTpm2(parser.isSet(tpm2));
    if (parser.isSet(tpm2) && parser.isSet(factory)) {
        return fail("--factory is a TPM 1.2 state; it does not go with --tpm2");
    }
    if (auto started = swtpm->start(); !started) {
        return fail("cannot start swtpm: " + started.error().detail);
    }
    if (parser.isSet(tpm2)) {
        ::setenv("TPM2TOOLS_TCTI", tpm2ToolsTcti(*swtpm).c_str(), 1);
        if (!parser.isSet(unstarted)) {
            if (auto booted = bootTpm2LikeFirmware(*swtpm); !booted) {
                return fail("cannot start the TPM 2.0: " + booted.error().detail);
            }
        }
    } else if (parser.isSet(factory)) {
        if (auto prepared = prepareFactoryState(*swtpm); !prepared) {
            return fail("cannot prepare the factory state: " + prepared.error().detail);
        }
    } else if (!parser.isSet(unstarted)) {
        if (auto booted = bootLikeFirmware(*swtpm); !booted) {
            return fail("cannot start the TPM: " + booted.error().detail);
        }
    }
    const std::string spec = swtpm->spec();
    ::setenv("TPMPROV_TPM", spec.c_str(), 1);
    const int status = command.empty() ? serveUntilClosed(*swtpm) : runCommand(command);
    swtpm.reset(); // stop swtpm (and remove a temporary state) before exiting
    return status;
}
