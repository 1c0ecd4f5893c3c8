// startup, selftest, firmware-restart: single TPM operations a user may need by hand.
#include "CliSession.h"
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
    auto started = client->startup(tpm::StartupType::Clear);
    if (started)
        return reportDone(cli, QStringLiteral("Sent TPM_Startup(ST_CLEAR): the TPM accepts "
                                              "commands again."));
    // A started TPM refuses a second Startup with the same code a reset TPM uses.
    if (started.error().isTpm(tpm::rc::InvalidPostInit))
        return reportDone(cli, QStringLiteral("The TPM was already started; nothing to do."));
    tpm::explain::Context context;
    context.step = "startup";
    context.ordinal = tpm::ordinal::Startup;
    return cli.fail(started.error(), context);
}

int runSelfTest(Cli& cli) {
    tpm::TpmClient* client = cli.connect();
    if (!client)
        return ExitFailed;
    auto tested = client->run(tpm::buildSelfTestFull());
    if (tested)
        return reportDone(cli, QStringLiteral("The TPM passed its full self-test."));
    tpm::Error error = tested.error();
    if (error.isTpm(tpm::rc::FailedSelfTest)) {
        if (auto response = client->execute(tpm::buildGetTestResult()))
            if (auto blob = tpm::parseGetTestResult(*response))
                error.detail = "TPM_GetTestResult: " + tpm::toHex(*blob);
    }
    tpm::explain::Context context;
    context.step = "self-test";
    context.ordinal = tpm::ordinal::SelfTestFull;
    return cli.fail(error, context);
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
    // What the firmware does at boot: Startup(ST_CLEAR) copies the permanent flags.
    if (auto started = client->startup(tpm::StartupType::Clear); !started)
        return cli.fail(started.error());
    return reportDone(cli, QStringLiteral("Power-cycled the emulated TPM and sent "
                                          "TPM_Startup(ST_CLEAR), as firmware does at boot."));
}

} // namespace tpmprov
