// tpm-provisioner: the desktop wizard that takes a TPM 1.2 from factory state to owned.
// The pages live in tpmprov_ui (ui/); this file wires the real backend (the root helper on the
// system bus), translations and the command line.

#include "ProvisioningWizard.h"
#include "WizardContext.h"
#include "WizardOptions.h"
#include "backend/HelperBackend.h"
#include "system/Rebooter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("tpm-provisioner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TPMPROV_VERSION));
}

void installTranslations(QCoreApplication& app) {
    const QLocale locale;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("tpm-provisioner"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char** argv) {
    // The command line first, without a display: --help, --version and a bad option answer
    // over ssh too (QApplication would abort without one).
    tpmprov::wizard::WizardOptions options;
    {
        QCoreApplication core(argc, argv);
        describeApplication();
        installTranslations(core);
        options = tpmprov::wizard::parseOptions(core);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("TPM Provisioner"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.TpmProvisioner"));
    QApplication::setWindowIcon(tpmprov::ui::ProvisioningWizard::applicationIcon());
    installTranslations(app);

    tpmprov::ui::HelperBackend backend;
    tpmprov::ui::WizardContext context(&backend);
    context.autostartEnabled = options.autostart;
    if (!options.restartCommand.isEmpty())
        context.setRebooter(new tpmprov::ui::CommandRebooter(options.restartCommand.first(),
                                                             options.restartCommand.mid(1)));

    tpmprov::ui::ProvisioningWizard wizard(&context);
    if (!options.screenshotDir.isEmpty())
        wizard.setScreenshotDir(options.screenshotDir);
    // The wizard always starts by reading the TPM and goes to the page for its state; after
    // a restart (the autostart entry's --resume) it also passes pages with nothing to decide.
    context.resumed = options.resume;
    wizard.show();
    return app.exec();
}
