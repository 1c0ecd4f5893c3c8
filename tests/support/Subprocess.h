#pragma once
// Child processes for the test fixtures: fork/exec with chosen descriptors inherited, and
// waits on a pidfd so every wait is an event with a bound, never a sleep.

#include "protocol/Result.h"
#include "transport/UniqueFd.h"

#include <chrono>
#include <string>
#include <sys/types.h>
#include <vector>

namespace tpm::test {

struct ChildProcess {
    pid_t pid = -1;
    UniqueFd pidfd; // readable once the process has exited
    bool running() const { return pid > 0; }
};

struct SpawnOptions {
    std::vector<int> inheritFds; // kept open across exec (FD_CLOEXEC cleared in the child)
    int outputFd = -1;           // stdout and stderr; -1 keeps ours
    bool dieWithParent = true;   // PR_SET_PDEATHSIG: no orphaned swtpm after a crash
};

Result<ChildProcess> spawnProcess(const std::vector<std::string>& argv,
                                  const SpawnOptions& options = {});

// Waits up to timeout for the child to exit and reaps it; returns the waitpid status.
// Error::system(ETIME) when it is still running.
Result<int> waitForExit(ChildProcess& child, std::chrono::milliseconds timeout);

// SIGTERM, a bounded wait, then SIGKILL and a final wait. Returns the waitpid status.
Result<int> terminateProcess(ChildProcess& child, std::chrono::milliseconds grace);

struct CapturedRun {
    int status = 0;     // waitpid status
    std::string output; // stdout and stderr interleaved
};
// Runs argv to completion with output captured, killing it after timeout.
Result<CapturedRun> runAndCapture(const std::vector<std::string>& argv,
                                  std::chrono::milliseconds timeout);

// "exited with status 1", "killed by signal 9".
std::string describeWaitStatus(int status);

} // namespace tpm::test
