#pragma once
// SIGTERM and SIGINT as an event of the main loop (signalfd), so the helper decides when to
// exit: `systemctl stop`, an upgrade or a shutdown must not cut a TakeOwnership in half.
// Construct it in main() before any thread starts: the signals are blocked in every thread
// that is created afterwards and arrive only through the descriptor.

#include "transport/UniqueFd.h"

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace tpmprov::helper {

class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    bool valid() const { return m_fd.valid(); }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    tpm::UniqueFd m_fd;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace tpmprov::helper
