#include "CliSession.h"
#include "OutputFormat.h"
#include "PasswordInput.h"
#include "Tpm2Cli.h"
#include "engine/Provisioner.h"
#include "engine/TrousersStore.h"
#include "report/JsonReport.h"

namespace tpmprov {

namespace {

tpm::Result<tpm::SecretEncoding> encodingOption(const QCommandLineParser& parser) {
    const QString name = parser.value(QStringLiteral("owner-encoding"));
    auto encoding = tpm::encodingFromName(name.toStdString());
    if (!encoding)
        return tpm::Error::usage("unknown --owner-encoding '" + name.toStdString() +
                                 "' (use sha1, utf16, windows or utf16-nul)");
    return *encoding;
}

} // namespace

// Shared with verify-owner: exactly one of --owner-password-file / --owner-well-known.
tpm::Result<tpm::Secret> ownerSecretFromOptions(const QCommandLineParser& parser) {
    const bool file = parser.isSet(QStringLiteral("owner-password-file"));
    const bool wellKnown = parser.isSet(QStringLiteral("owner-well-known"));
    if (file == wellKnown)
        return tpm::Error::usage("give exactly one of --owner-password-file and "
                                 "--owner-well-known");
    if (wellKnown)
        return tpm::Secret::wellKnown();
    auto encoding = encodingOption(parser);
    if (!encoding)
        return encoding.error();
    const QString path = parser.value(QStringLiteral("owner-password-file"));
    auto password = readPasswordFile(path);
    if (!password)
        return password.error();
    if (password->empty())
        return tpm::Error::usage("the owner password file is empty; use --owner-well-known "
                                 "if you really want no owner password");
    auto secret = tpm::deriveOwnerSecret(*password, *encoding);
    tpm::wipe(*password);
    return secret;
}

tpm::Result<Secrets> secretsFromOptions(const QCommandLineParser& parser) {
    auto owner = ownerSecretFromOptions(parser);
    if (!owner)
        return owner.error();
    Secrets secrets{*owner, tpm::Secret::wellKnown()};
    const bool srkFile = parser.isSet(QStringLiteral("srk-password-file"));
    if (srkFile && parser.isSet(QStringLiteral("srk-well-known")))
        return tpm::Error::usage("give at most one of --srk-password-file and --srk-well-known");
    if (srkFile) {
        auto encoding = encodingOption(parser);
        if (!encoding)
            return encoding.error();
        auto srk =
            secretFromPasswordFile(parser.value(QStringLiteral("srk-password-file")), *encoding);
        if (!srk)
            return srk.error();
        secrets.srk = *srk;
    }
    return secrets;
}

int runProvision(Cli& cli) {
    // What can be wrong with the options is said before the TPM is opened.
    const QCommandLineParser& parser = cli.parser();
    if (!parser.isSet(QStringLiteral("owner-password-file")) &&
        !parser.isSet(QStringLiteral("owner-well-known")) &&
        !parser.isSet(QStringLiteral("lockout-password-file")))
        return cli.usage(QStringLiteral("give --owner-password-file or --owner-well-known (TPM "
                                        "1.2), or --lockout-password-file (TPM 2.0)"));
    bool maxOk = false;
    const int maxAttempts = parser.value(QStringLiteral("max-attempts")).toInt(&maxOk);
    if (!maxOk || maxAttempts < 1 || maxAttempts > 10)
        return cli.usage(QStringLiteral("--max-attempts takes a number from 1 to 10"));
    if (auto tpm2Options = checkTpm2Options(parser); !tpm2Options)
        return cli.usage(QString::fromStdString(tpm2Options.error().detail));
    if (!cli.connect())
        return ExitFailed;
    if (detectTpm2(cli))
        return runTpm2Provision(cli);
    auto secrets = secretsFromOptions(cli.parser());
    if (!secrets) {
        if (secrets.error().kind == tpm::ErrorKind::Usage)
            return cli.usage(QString::fromStdString(secrets.error().detail));
        return cli.fail(secrets.error());
    }
    tpm::TpmClient* client = cli.client();
    tpm::ProvisionOptions options;
    options.ownerSecret = secrets->owner;
    options.srkSecret = secrets->srk;
    options.maxTakeOwnershipAttempts = maxAttempts;
    options.lockPresence = cli.parser().isSet(QStringLiteral("lock-presence"));
    options.trousersStorePath =
        cli.parser().isSet(QStringLiteral("trousers-store"))
            ? cli.parser().value(QStringLiteral("trousers-store")).toStdString()
            : tpm::installedTrousersStore();
    // The password came from a file the user keeps (or is the well-known secret), so it is
    // stored before TakeOwnership is sent.
    options.confirmOwnerSecretStored = [] { return true; };

    tpm::Provisioner provisioner(*client, cli.sysfs());
    if (!cli.json())
        provisioner.setEventListener(
            [&cli](const tpm::ProvisionEvent& event) { printEvent(cli.out(), event); });
    const tpm::ProvisionReport report = provisioner.run(options);

    if (cli.json()) {
        cli.printJson(tpm::report::provisionToJson(cli.targetText(), report, client->trace()));
        return tpm::exitCodeFor(report.outcome);
    }
    printRunEnd(cli.out(), cli.err(), report);
    return tpm::exitCodeFor(report.outcome);
}

} // namespace tpmprov
