// startup, selftest, firmware-restart: single TPM operations a user may need by hand.
#include "CliSession.h"
#include "Tpm2Cli.h"
#include "engine/Maintenance.h"
#include "protocol/Commands.h"
#include "protocol/Response.h"

namespace tpmprov {

namespace {

int reportDone(Cli& cli, const QString& what) {
    if (cli.json()) {
        QJsonObject object;
        object.insert(QStringLiteral("target"), QString::fromStdString(cli.targetText()));
        object.insert(QStringLiteral("result"), what);
        cli.printJson(object);
    } else {
        cli.out() << what << "\n";
        cli.out().flush();
    }
    return ExitOk;
}

} // namespace

int runStartup(Cli& cli) {
    tpm::TpmClient* client = cli.connect();
    if (!client)
        return ExitFailed;
    if (detectTpm2(cli))
        return runTpm2Startup(cli);
    auto started = tpm::startupTpm(*client);
    if (started)
        return reportDone(cli, QString::fromStdString(tpm::startupOutcomeText(*started)));
    tpm::explain::Context context;
    context.step = "startup";
    context.ordinal = tpm::ordinal::Startup;
    return cli.fail(started.error(), context);
}

int runSelfTest(Cli& cli) {
    tpm::TpmClient* client = cli.connect();
    if (!client)
        return ExitFailed;
    if (detectTpm2(cli))
        return runTpm2SelfTest(cli);
    auto tested = tpm::selfTestFull(*client, true);
    if (tested)
        return reportDone(cli, QStringLiteral("The TPM passed its full self-test."));
    tpm::explain::Context context;
    context.step = "self-test";
    context.ordinal = tpm::ordinal::SelfTestFull;
    return cli.fail(tested.error(), context);
}

int runFirmwareRestart(Cli& cli) {
    if (cli.options().target.kind != tpm::TransportSpec::Kind::Swtpm)
        return cli.usage(QStringLiteral("firmware-restart works on swtpm targets only; on a "
                                        "real machine, restart the computer"));
    tpm::TpmClient* client = cli.connect();
    if (!client)
        return ExitFailed;
    if (auto cycled = client->transport().powerCycle(); !cycled)
        return cli.fail(cycled.error());
    if (detectTpm2(cli)) // it waits for TPM2_Startup now
        return runTpm2Startup(cli);
    // What the firmware does at boot: Startup(ST_CLEAR) copies the permanent flags.
    if (auto started = client->startup(tpm::StartupType::Clear); !started)
        return cli.fail(started.error());
    return reportDone(cli, QStringLiteral("Power-cycled the emulated TPM and sent "
                                          "TPM_Startup(ST_CLEAR), as firmware does at boot."));
}

} // namespace tpmprov
