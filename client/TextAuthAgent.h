#pragma once
// A text polkit agent for this tpmprov process, as systemctl starts one: when an
// administrator must allow a step and tpmprov runs on a terminal (a text console, ssh),
// polkit asks through pkttyagent on that terminal instead of refusing.

#include <QByteArray>
#include <QString>
#include <optional>
#include <sys/types.h>

namespace tpmprov::helper {

class TextAuthAgent {
public:
    // Starts `pkttyagent --fallback` for this process (an agent the session already has,
    // such as the desktop's, is left in charge) and waits until it has registered. Nothing
    // when stdin is not a terminal or pkttyagent is not installed; `why` then says so.
    static std::optional<TextAuthAgent> startForThisProcess(QString* why = nullptr);

    TextAuthAgent(TextAuthAgent&& other) noexcept;
    TextAuthAgent& operator=(TextAuthAgent&&) = delete;
    TextAuthAgent(const TextAuthAgent&) = delete;
    TextAuthAgent& operator=(const TextAuthAgent&) = delete;
    // Stops the agent (SIGTERM) and reaps it.
    ~TextAuthAgent();

private:
    explicit TextAuthAgent(pid_t pid) : m_pid(pid) {}
    pid_t m_pid = -1;
};

// Whether this process (or the one whose /proc/PID/cgroup this is) runs in a logind session.
bool inLoginSession(const QByteArray& procCgroup);
bool inLoginSession();

} // namespace tpmprov::helper
