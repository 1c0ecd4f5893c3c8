#include "WizardOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>

namespace tpmprov::wizard {

WizardOptions parseOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Sets up a TPM 1.2: turns it on, takes ownership and keeps the owner "
                "password safe."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption resume(
        QStringLiteral("resume"),
        QCoreApplication::translate("main", "Continue after a restart (used by the autostart "
                                            "entry)."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("main", "Save every page and error dialog shown as PNG "
                                            "files in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption restartCommand(
        QStringLiteral("restart-command"),
        QCoreApplication::translate("main", "Run COMMAND instead of restarting the computer "
                                            "(the demo's TPM power cycle)."),
        QStringLiteral("COMMAND"));
    const QCommandLineOption noAutostart(
        QStringLiteral("no-autostart"),
        QCoreApplication::translate("main", "Do not add an autostart entry before a restart."));
    parser.addOptions({resume, screenshots, restartCommand, noAutostart});
    parser.process(app);
    WizardOptions options;
    options.resume = parser.isSet(resume);
    options.screenshotDir = parser.value(screenshots);
    if (parser.isSet(restartCommand))
        options.restartCommand = QProcess::splitCommand(parser.value(restartCommand));
    options.autostart = !parser.isSet(noAutostart);
    return options;
}

} // namespace tpmprov::wizard
