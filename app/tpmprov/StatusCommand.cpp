#include "CliSession.h"
#include "OutputFormat.h"
#include "engine/StateReader.h"
#include "report/JsonReport.h"
#include "tpm2/Tpm2Reader.h"

namespace tpmprov {

int runStatus(Cli& cli) {
    tpm::TpmClient* client = cli.connect();
    if (!client)
        return ExitFailed;
    client->setStartupAfterReset(false); // status only reads: Startup would reset the PCRs
    tpm::StateReader reader(*client, cli.sysfs());
    auto state = reader.read();
    if (state && state->family == tpm::TpmFamily::Tpm20) {
        // A TPM 2.0 is read through tpm2-tss, on its own connection.
        cli.disconnect();
        if (auto details = tpm::tpm2::completeTpm2State(*state, cli.options().target); !details)
            state = details.error();
    }
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
