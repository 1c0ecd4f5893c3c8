#include "TextAuthAgent.h"

#include "transport/UniqueFd.h"

#include <QFile>
#include <QStandardPaths>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

namespace tpmprov::helper {

namespace {

// pkttyagent registers within milliseconds; a hung bus must not hang tpmprov.
constexpr int kRegisterTimeoutMs = 10'000;

void say(QString* why, const QString& text) {
    if (why)
        *why = text;
}

// Waits until the agent closes its end of the notify pipe (registered) or exits.
bool waitUntilRegistered(int readEnd) {
    pollfd fd{readEnd, POLLIN, 0};
    int rc = 0;
    do {
        rc = ::poll(&fd, 1, kRegisterTimeoutMs);
    } while (rc < 0 && errno == EINTR);
    if (rc <= 0)
        return false;
    char byte = 0;
    return ::read(readEnd, &byte, 1) == 0; // EOF: the agent closed the fd after registering
}

void stopAndReap(pid_t pid) {
    ::kill(pid, SIGTERM);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}

} // namespace

bool inLoginSession(const QByteArray& procCgroup) {
    // logind puts a session's processes in a "session-ID.scope" unit (what sd_pid_get_session
    // reads); user services and system services are elsewhere.
    for (const QByteArray& line : procCgroup.split('\n')) {
        const auto slash = line.lastIndexOf('/');
        const QByteArray unit = line.mid(slash + 1);
        if (unit.startsWith("session-") && unit.endsWith(".scope"))
            return true;
    }
    return false;
}

bool inLoginSession() {
    QFile cgroup(QStringLiteral("/proc/self/cgroup"));
    return cgroup.open(QIODevice::ReadOnly) && inLoginSession(cgroup.readAll());
}

std::optional<TextAuthAgent> TextAuthAgent::startForThisProcess(QString* why) {
    if (!::isatty(STDIN_FILENO)) {
        say(why, QStringLiteral("standard input is not a terminal"));
        return std::nullopt;
    }
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pkttyagent"));
    if (program.isEmpty()) {
        say(why, QStringLiteral("pkttyagent is not installed (package polkitd)"));
        return std::nullopt;
    }
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        say(why, QStringLiteral("no pipe for pkttyagent"));
        return std::nullopt;
    }
    tpm::UniqueFd readEnd(fds[0]);
    tpm::UniqueFd writeEnd(fds[1]);
    // Everything the child needs is built before fork(): it only calls async-signal-safe
    // functions before exec.
    const QByteArray path = program.toLocal8Bit();
    const QByteArray notifyFd = QByteArray::number(writeEnd.get());
    // Without --process pkttyagent registers for its parent, this tpmprov process. In a login
    // session it is only the fallback, so the session's own agent (the desktop's) answers
    // first, as with systemctl. Without a session (su, runuser) polkit never consults a
    // fallback agent, and there is no session agent to defer to.
    const char* argv[] = {path.constData(), "--notify-fd", notifyFd.constData(),
                          inLoginSession() ? "--fallback" : nullptr, nullptr};
    const pid_t pid = ::fork();
    if (pid < 0) {
        say(why, QStringLiteral("cannot start pkttyagent"));
        return std::nullopt;
    }
    if (pid == 0) {
        ::fcntl(writeEnd.get(), F_SETFD, 0); // the agent keeps the notify fd across exec
        ::execv(argv[0], const_cast<char* const*>(argv));
        ::_exit(127);
    }
    writeEnd.reset();
    TextAuthAgent agent(pid);
    int status = 0;
    if (!waitUntilRegistered(readEnd.get()) || ::waitpid(pid, &status, WNOHANG) != 0) {
        say(why, QStringLiteral("pkttyagent did not register"));
        return std::nullopt; // ~TextAuthAgent stops it
    }
    return agent;
}

TextAuthAgent::TextAuthAgent(TextAuthAgent&& other) noexcept
    : m_pid(std::exchange(other.m_pid, -1)) {}

TextAuthAgent::~TextAuthAgent() {
    if (m_pid > 0)
        stopAndReap(m_pid);
}

} // namespace tpmprov::helper
