#include "CliSession.h"
#include "OutputFormat.h"
#include "Tpm2Cli.h"
#include "engine/Ownership.h"
#include "engine/StateReader.h"
#include "report/JsonReport.h"

namespace tpmprov {

int runVerifyOwner(Cli& cli) {
    if (!cli.parser().isSet(QStringLiteral("owner-password-file")) &&
        !cli.parser().isSet(QStringLiteral("owner-well-known")))
        return cli.usage(QStringLiteral("give --owner-password-file (or, for a TPM 1.2, "
                                        "--owner-well-known)"));
    if (!cli.connect())
        return ExitFailed;
    if (detectTpm2(cli))
        return runTpm2VerifyOwner(cli);
    auto secret = ownerSecretFromOptions(cli.parser());
    if (!secret) {
        if (secret.error().kind == tpm::ErrorKind::Usage)
            return cli.usage(QString::fromStdString(secret.error().detail));
        return cli.fail(secret.error());
    }
    tpm::TpmClient* client = cli.client();
    tpm::StateReader reader(*client, cli.sysfs());
    auto state = reader.read();
    if (!state)
        return cli.fail(state.error());
    // One try only: a wrong secret counts toward the TPM's dictionary-attack lockout.
    auto check = tpm::verifyOwnerOf(*client, *state, *secret);
    if (!check) {
        tpm::explain::Context context;
        context.step = "verify-owner";
        if (check.error().kind != tpm::ErrorKind::Engine)
            context.ordinal = tpm::ordinal::GetCapabilityOwner;
        return cli.fail(check.error(), context);
    }
    const bool accepted = *check == tpm::OwnerCheck::Accepted;
    if (cli.json()) {
        QJsonObject object;
        object.insert(QStringLiteral("target"), QString::fromStdString(cli.targetText()));
        object.insert(QStringLiteral("accepted"), accepted);
        cli.printJson(object);
    } else {
        printOwnerCheck(cli.out(), accepted);
    }
    return accepted ? ExitOk : ExitFailed;
}

} // namespace tpmprov
