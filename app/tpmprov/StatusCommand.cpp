#include "CliSession.h"
#include "OutputFormat.h"
#include "engine/StateReader.h"
#include "report/JsonReport.h"

namespace tpmprov {

int runStatus(Cli& cli) {
    tpm::TpmClient* client = cli.connect();
    if (!client)
        return ExitFailed;
    client->setStartupAfterReset(false); // status only reads: Startup would reset the PCRs
    tpm::StateReader reader(*client, cli.sysfs());
    auto state = reader.read();
    if (!state) {
        tpm::explain::Context context;
        context.step = "status";
        return cli.fail(state.error(), context);
    }
    const tpm::Plan plan = tpm::makePlan(*state);
    if (cli.json()) {
        cli.printJson(tpm::report::statusToJson(cli.targetText(), *state, plan));
    } else {
        printState(cli.out(), cli.targetText(), *state);
        cli.out() << "\n";
        printPlan(cli.out(), plan);
    }
    return ExitOk;
}

} // namespace tpmprov
