// tpm-provisioner-helper: the root D-Bus service of TPM Provisioner (see HelperService.h).
#include "HelperConfig.h"
#include "HelperService.h"
#include "ProcessHardening.h"
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QLoggingCategory>
#include <csignal>
#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[]) {
    // First: no core dump and no ptrace by the same uid can show a secret the helper holds.
    if (auto hardened = tpmprov::helper::hardenProcess(); !hardened) {
        std::fprintf(stderr, "tpm-provisioner-helper: %s\n", hardened.error().detail.c_str());
        return 1;
    }
    QCoreApplication app(argc, argv);
    // Before any thread starts, so SIGTERM reaches only the main loop.
    tpmprov::helper::TerminationSignals termination;
    QCoreApplication::setApplicationName(QStringLiteral("tpm-provisioner-helper"));
    qSetMessagePattern(QStringLiteral("%{category}: %{message}"));

    auto settings = tpmprov::helper::settingsFromArguments(QCoreApplication::arguments());
    if (!settings) {
        std::fprintf(stderr,
                     "tpm-provisioner-helper: %s\n"
                     "Usage: tpm-provisioner-helper [--tpm SPEC] [--config PATH] "
                     "[--idle-timeout SECONDS] [--verbose]\n",
                     settings.error().detail.c_str());
        return 2;
    }
    QLoggingCategory::setFilterRules(settings->verbose
                                         ? QStringLiteral("tpmprov.*=true")
                                         : QStringLiteral("tpmprov.*.debug=false\n"
                                                          "tpmprov.engine.info=false\n"
                                                          "tpmprov.transport.info=false"));
    if (::geteuid() != 0)
        std::fprintf(stderr, "tpm-provisioner-helper: warning: not running as root\n");

    tpmprov::helper::HelperService service(*settings, QDBusConnection::systemBus());
    QObject::connect(&termination, &tpmprov::helper::TerminationSignals::terminationRequested,
                     &service, &tpmprov::helper::HelperService::requestTermination);
    if (!termination.valid())
        std::fprintf(stderr, "tpm-provisioner-helper: warning: SIGTERM ends even a running "
                             "TakeOwnership (no signalfd)\n");
    if (!service.start())
        return 1;
    return QCoreApplication::exec();
}
