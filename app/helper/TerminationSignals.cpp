#include "TerminationSignals.h"

#include <cerrno>
#include <csignal>
#include <sys/signalfd.h>
#include <unistd.h>

namespace tpmprov::helper {

TerminationSignals::TerminationSignals(QObject* parent) : QObject(parent) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    if (::pthread_sigmask(SIG_BLOCK, &set, nullptr) != 0)
        return;
    m_fd = tpm::UniqueFd(::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));
    if (!m_fd)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(m_fd.get(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &TerminationSignals::readSignal);
}

void TerminationSignals::readSignal() {
    signalfd_siginfo info{};
    for (;;) {
        const ssize_t n = ::read(m_fd.get(), &info, sizeof info);
        if (n < 0 && errno == EINTR)
            continue;
        if (n != static_cast<ssize_t>(sizeof info))
            return; // nothing (more) to read
        Q_EMIT terminationRequested(static_cast<int>(info.ssi_signo));
    }
}

} // namespace tpmprov::helper
