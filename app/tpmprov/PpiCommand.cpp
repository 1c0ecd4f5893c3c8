// tpmprov ppi [request NAME]: the firmware's Physical Presence Interface. Nothing is sent to
// the TPM: the request goes to the firmware through the kernel (sysfs), and the firmware
// carries it out at the next boot.

#include "CliSession.h"
#include "OutputFormat.h"
#include "engine/PpiRequest.h"
#include "report/JsonReport.h"

namespace tpmprov {

namespace {

tpm::TpmFamily familyOf(const tpm::SysfsInfo& sysfs) {
    return sysfs.versionMajor.value_or(1) == 2 ? tpm::TpmFamily::Tpm20 : tpm::TpmFamily::Tpm12;
}

int showPpi(Cli& cli, const tpm::SysfsInfo& sysfs) {
    if (cli.json()) {
        QJsonObject object;
        object.insert(QStringLiteral("target"), QString::fromStdString(cli.targetText()));
        object.insert(QStringLiteral("sysfs"), tpm::report::sysfsToJson(sysfs));
        cli.printJson(object);
        return ExitOk;
    }
    cli.out() << "Physical Presence Interface of " << QString::fromStdString(sysfs.directory)
              << ":\n";
    printPhysicalPresenceInterface(cli.out(), sysfs, familyOf(sysfs) == tpm::TpmFamily::Tpm20);
    cli.out().flush();
    return ExitOk;
}

int requestOperation(Cli& cli, const tpm::SysfsInfo& sysfs, const QString& name) {
    auto plan = tpm::planPpiRequest(sysfs, familyOf(sysfs), name.toStdString());
    if (!plan) {
        if (plan.error().kind == tpm::ErrorKind::Usage)
            return cli.usage(QString::fromStdString(plan.error().detail));
        tpm::explain::Context context;
        context.step = "ppi-request";
        return cli.fail(plan.error(), context); // the firmware does not offer it: exit 1
    }
    if (auto written = tpm::writePpiRequest(sysfs.ppiDirectory, plan->operation.operation);
        !written) {
        tpm::explain::Context context;
        context.step = "ppi-request";
        return cli.fail(written.error(), context);
    }
    const QString words = QString::fromUtf8(plan->operation.words.data(),
                                            static_cast<qsizetype>(plan->operation.words.size()));
    const QString nextBoot = QString::fromStdString(plan->nextBoot);
    if (cli.json()) {
        cli.printJson(tpm::report::ppiRequestToJson(cli.targetText(), *plan));
        return ExitOk;
    }
    cli.out() << "Requested from the firmware: " << words << " (operation "
              << plan->operation.operation << ").\n"
              << nextBoot << "\n"
              << "Restart the computer to carry it out; afterwards `tpmprov ppi` says how it "
                 "ended.\n";
    cli.out().flush();
    return ExitOk;
}

} // namespace

int runPpi(Cli& cli, const QStringList& args) {
    const bool request = !args.isEmpty() && args.first() == QStringLiteral("request");
    if (!(args.isEmpty() || (request && args.size() == 2)))
        return cli.usage(QStringLiteral("use 'ppi' or 'ppi request OPERATION' (none, enable, "
                                        "disable, activate, turn-on, clear, enable-clear, "
                                        "change-eps)"));
    const tpm::SysfsReader* reader = cli.sysfsWithoutConnecting();
    if (!reader)
        return cli.usage(QStringLiteral("the Physical Presence Interface belongs to a TPM "
                                        "device's firmware (--tpm device:PATH), not to swtpm"));
    const auto sysfs = reader->read();
    if (!sysfs)
        return cli.fail(tpm::Error::system(ENOENT, "no sysfs directory for " + cli.targetText()));
    return request ? requestOperation(cli, *sysfs, args.at(1)) : showPpi(cli, *sysfs);
}

} // namespace tpmprov
