#pragma once
// The wizard's command line.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tpmprov::wizard {

struct WizardOptions {
    bool resume = false;        // started by the autostart entry after a restart
    QString screenshotDir;      // grab every page and error dialog to PNG files here
    QStringList restartCommand; // run this instead of restarting (demo: TPM power cycle)
    bool autostart = true;      // write the autostart entry before a restart
};

// Parses the application's arguments; exits with a message on bad usage.
WizardOptions parseOptions(const QCoreApplication& app);

} // namespace tpmprov::wizard
