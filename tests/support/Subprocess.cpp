#include "Subprocess.h"

#include "transport/Deadline.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tpm::test {
namespace {

Error systemError(const std::string& what) {
    const int err = errno;
    return Error::system(err, what + ": " + std::strerror(err));
}

// Only async-signal-safe calls between fork and exec: the parent may have threads.
[[noreturn]] void execChild(char* const* argv, const SpawnOptions& options, int devNull,
                            pid_t parent) {
    if (options.dieWithParent) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) {
            ::_exit(127); // the parent died before prctl took effect
        }
    }
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr); // tpm-testbed blocks SIGTERM for its signalfd
    ::dup2(devNull, STDIN_FILENO);
    if (options.outputFd >= 0) {
        ::dup2(options.outputFd, STDOUT_FILENO);
        ::dup2(options.outputFd, STDERR_FILENO);
    }
    for (const int fd : options.inheritFds) {
        ::fcntl(fd, F_SETFD, 0);
    }
    ::execvp(argv[0], argv);
    ::_exit(127);
}

} // namespace

Result<ChildProcess> spawnProcess(const std::vector<std::string>& argv,
                                  const SpawnOptions& options) {
    if (argv.empty()) {
        return Error::usage("no program to run");
    }
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const std::string& arg : argv) {
        args.push_back(const_cast<char*>(arg.c_str())); // execvp's historical signature
    }
    args.push_back(nullptr);
    UniqueFd devNull(::open("/dev/null", O_RDWR | O_CLOEXEC));
    if (!devNull) {
        return systemError("open /dev/null");
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        return systemError("fork");
    }
    if (pid == 0) {
        execChild(args.data(), options, devNull.get(), parent);
    }
    ChildProcess child;
    child.pid = pid;
    // Our own unreaped child: its pid cannot be reused, so pidfd_open cannot race.
    // glibc 2.36 declares pidfd_open without C linkage for C++; use the system call.
    child.pidfd = UniqueFd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
    if (!child.pidfd) {
        Error e = systemError("pidfd_open");
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        return e;
    }
    return child;
}

Result<int> waitForExit(ChildProcess& child, std::chrono::milliseconds timeout) {
    if (!child.running()) {
        return Error::usage("no process to wait for");
    }
    const Deadline deadline(timeout);
    for (int attempt = 0; attempt < 1000; ++attempt) {
        pollfd pfd{child.pidfd.get(), POLLIN, 0};
        const int ready = ::poll(&pfd, 1, deadline.remainingMs());
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready < 0) {
            return systemError("poll on pidfd");
        }
        if (ready == 0) {
            return Error::system(ETIME, "process " + std::to_string(child.pid) +
                                            " still running after " +
                                            std::to_string(timeout.count()) + " ms");
        }
        break;
    }
    int status = 0;
    pid_t reaped = -1;
    for (int attempt = 0; attempt < 100; ++attempt) {
        reaped = ::waitpid(child.pid, &status, 0);
        if (reaped >= 0 || errno != EINTR) {
            break;
        }
    }
    if (reaped < 0) {
        return systemError("waitpid");
    }
    child.pid = -1;
    child.pidfd.reset();
    return status;
}

Result<int> terminateProcess(ChildProcess& child, std::chrono::milliseconds grace) {
    if (!child.running()) {
        return Error::usage("no process to terminate");
    }
    ::kill(child.pid, SIGTERM);
    ::kill(child.pid, SIGCONT); // a stopped process cannot act on SIGTERM
    auto status = waitForExit(child, grace);
    if (status) {
        return status;
    }
    ::kill(child.pid, SIGKILL);
    return waitForExit(child, std::chrono::seconds(10));
}

Result<CapturedRun> runAndCapture(const std::vector<std::string>& argv,
                                  std::chrono::milliseconds timeout) {
    std::array<int, 2> pipeFds{};
    if (::pipe2(pipeFds.data(), O_CLOEXEC) != 0) {
        return systemError("pipe2");
    }
    UniqueFd readEnd(pipeFds[0]);
    UniqueFd writeEnd(pipeFds[1]);
    SpawnOptions options;
    options.outputFd = writeEnd.get();
    auto child = spawnProcess(argv, options);
    if (!child) {
        return child.error();
    }
    writeEnd.reset(); // EOF on readEnd once the child (and its children) closed the pipe

    CapturedRun run;
    const Deadline deadline(timeout);
    bool timedOut = false;
    // Bounded by the deadline: every pass either reads data, sees EOF, or times out.
    for (;;) {
        pollfd pfd{readEnd.get(), POLLIN, 0};
        const int ready = ::poll(&pfd, 1, deadline.remainingMs());
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready <= 0) {
            timedOut = ready == 0;
            break;
        }
        std::array<char, 4096> buffer{};
        const ssize_t n = ::read(readEnd.get(), buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        run.output.append(buffer.data(), static_cast<std::size_t>(n));
    }
    auto status = timedOut
                      ? terminateProcess(*child, std::chrono::seconds(2))
                      : waitForExit(*child, deadline.expired() ? std::chrono::seconds(2) : timeout);
    if (!status) {
        return status.error();
    }
    if (timedOut) {
        return Error::system(ETIME, argv[0] + " did not finish within " +
                                        std::to_string(timeout.count()) + " ms; output:\n" +
                                        run.output);
    }
    run.status = *status;
    return run;
}

std::string describeWaitStatus(int status) {
    if (WIFEXITED(status)) {
        return "exited with status " + std::to_string(WEXITSTATUS(status));
    }
    if (WIFSIGNALED(status)) {
        return "killed by signal " + std::to_string(WTERMSIG(status));
    }
    return "ended with wait status " + std::to_string(status);
}

} // namespace tpm::test
