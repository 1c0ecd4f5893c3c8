// Every TPM command through tpm-provisioner-helper (D-Bus + polkit), for users who are not
// root. The JSON printed is the helper's, which is what the direct path prints.
#include "CliSession.h"
#include "HelperClient.h"
#include "OutputFormat.h"
#include "PasswordInput.h"
#include "TextAuthAgent.h"
#include "Tpm2Cli.h"
#include "engine/PpiRequest.h"
#include "report/JsonDecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tpmprov {

namespace {

using tpmprov::helper::CallError;
using tpmprov::helper::HelperClient;
using tpmprov::helper::TextAuthAgent;

// Waits for a call's reply (tpmprov has nothing else to do meanwhile).
template <class Reply>
Reply await(Reply reply) {
    reply.waitForFinished();
    return reply;
}

std::optional<QJsonObject> parseObject(const QString& json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString str(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

// A job's or a failure's document, read back into the engine's types (nothing when it is not
// one): printed by the same formatter as the direct path.
std::optional<tpm::report::RunDocument> readRun(const QString& json) {
    const auto object = parseObject(json);
    if (!object)
        return std::nullopt;
    auto run = tpm::report::runFromJson(*object);
    if (!run)
        return std::nullopt;
    return std::move(run.value());
}

// The explanation a failed job or call carries, as the direct path prints it.
bool printFailure(QTextStream& err, const tpm::report::RunDocument& run) {
    if (!run.report.explanation || !run.report.error)
        return false;
    printExplanation(err, *run.report.explanation, *run.report.error);
    return true;
}

// A refusal, a busy helper, a missing helper, or an engine failure (Error.Failed).
int helperFailure(Cli& cli, const CallError& error) {
    if (error.kind() == helper::ErrorKind::Failed) {
        if (cli.json()) {
            if (auto failure = parseObject(error.message)) {
                cli.printJson(*failure);
                return ExitFailed;
            }
        } else if (auto failure = readRun(error.message);
                   failure && printFailure(cli.err(), *failure)) {
            return ExitFailed;
        }
    }
    QString message = error.message;
    if (error.kind() == helper::ErrorKind::NotAuthorized && !cli.authorizationHint().isEmpty())
        message += QLatin1Char(' ') + cli.authorizationHint();
    if (error.kind() == helper::ErrorKind::HelperMissing)
        message += QStringLiteral(" The TPM Provisioner helper (tpm-provisioner-helper) is not "
                                  "available on the system bus: install it, or run tpmprov as "
                                  "root.");
    if (cli.json()) {
        QJsonObject errorObject;
        errorObject.insert(QStringLiteral("kind"), QStringLiteral("helper"));
        errorObject.insert(QStringLiteral("code"), error.name);
        errorObject.insert(QStringLiteral("detail"), message);
        QJsonObject object;
        object.insert(QStringLiteral("error"), errorObject);
        cli.printJson(object);
    } else {
        cli.err() << "tpmprov: " << message << "\n";
        cli.err().flush();
    }
    return ExitFailed;
}

// Prints a JSON document the helper produced (compact) the way the direct path does.
int printHelperJson(Cli& cli, const QString& json) {
    auto object = parseObject(json);
    if (!object)
        return helperFailure(cli, {QStringLiteral("org.freedesktop.DBus.Error.Failed"),
                                   QStringLiteral("The helper sent a document that is not "
                                                  "JSON.")});
    cli.printJson(*object);
    return ExitOk;
}

// The helper's status document, read back into a state and a plan: the text is printed by
// the same formatter as the direct path's, so both say exactly the same.
int runStatusViaHelper(Cli& cli, HelperClient& client) {
    const auto reply = await(client.getState());
    if (reply.isError())
        return helperFailure(cli, HelperClient::errorOf(reply));
    const QString json = reply.argumentAt<1>();
    if (cli.json())
        return printHelperJson(cli, json);
    const QJsonObject status = parseObject(json).value_or(QJsonObject{});
    auto state = tpm::report::stateFromJson(status);
    auto plan = tpm::report::planFromJson(status.value(QStringLiteral("plan")).toArray());
    if (!state || !plan)
        return helperFailure(
            cli, {QStringLiteral("org.freedesktop.DBus.Error.Failed"),
                  QStringLiteral("The helper sent a status the reader does not "
                                 "understand: %1")
                      .arg(QString::fromStdString((state ? plan.error() : state.error()).detail))});
    printState(cli.out(), str(status, "target").toStdString(), *state);
    cli.out() << "\n";
    printPlan(cli.out(), *plan);
    return ExitOk;
}

// Waits for a job, printing its progress in text mode; returns the finished result.
std::optional<helper::JobResult> waitForJob(Cli& cli, HelperClient& client,
                                            const QDBusPendingReply<QString>& started,
                                            int& exitCode) {
    if (started.isError()) {
        exitCode = helperFailure(cli, HelperClient::errorOf(started));
        return std::nullopt;
    }
    const QString job = started.value();
    QString lastLine;
    QObject::connect(&client, &HelperClient::jobProgress, &client,
                     [&cli, &lastLine, &job](const QString& id, const QString&,
                                             const QString& message, double, double) {
                         if (id != job || cli.json() || message == lastLine)
                             return;
                         lastLine = message;
                         cli.out() << "    " << message << "\n";
                         cli.out().flush();
                     });
    CallError error;
    auto finished = client.waitForJob(job, error);
    if (!finished)
        exitCode = helperFailure(cli, error);
    return finished;
}

// SelfTest: the job's JSON is what `tpmprov --json selftest` prints.
int runSelfTestViaHelper(Cli& cli, HelperClient& client) {
    int exitCode = ExitFailed;
    auto result = waitForJob(cli, client, await(client.selfTest()), exitCode);
    if (!result)
        return exitCode;
    if (cli.json()) {
        cli.printJson(parseObject(result->json).value_or(QJsonObject{}));
    } else {
        const auto run = readRun(result->json).value_or(tpm::report::RunDocument{});
        if (result->succeeded)
            cli.out() << QString::fromStdString(run.outcome) << "\n";
        else if (!printFailure(cli.err(), run))
            cli.err() << QString::fromStdString(run.outcome) << "\n";
    }
    cli.out().flush();
    cli.err().flush();
    return result->succeeded ? ExitOk : ExitFailed;
}

int runStartupViaHelper(Cli& cli, HelperClient& client) {
    const auto reply = await(client.startup());
    if (reply.isError())
        return helperFailure(cli, HelperClient::errorOf(reply));
    if (cli.json())
        return printHelperJson(cli, reply.value());
    cli.out() << str(parseObject(reply.value()).value_or(QJsonObject{}), "result") << "\n";
    cli.out().flush();
    return ExitOk;
}

// `ppi request NAME` through the helper: the name becomes its number here (the helper takes
// numbers from its fixed table only); the helper answers with the direct path's JSON.
int runPpiRequestViaHelper(Cli& cli, HelperClient& client, const QString& name) {
    const tpm::PpiOperationInfo* operation = tpm::findPpiOperation(name.toStdString());
    if (!operation)
        return cli.usage(QStringLiteral("unknown PPI operation '%1'").arg(name));
    const auto reply = await(client.requestPhysicalPresence(operation->operation));
    if (reply.isError())
        return helperFailure(cli, HelperClient::errorOf(reply));
    if (cli.json())
        return printHelperJson(cli, reply.value());
    const QJsonObject doc = parseObject(reply.value()).value_or(QJsonObject{});
    cli.out() << "Requested from the firmware: "
              << QString::fromUtf8(operation->words.data(),
                                   static_cast<qsizetype>(operation->words.size()))
              << " (operation " << operation->operation << ").\n"
              << str(doc, "nextBoot") << "\n"
              << "Restart the computer to carry it out; afterwards `tpmprov ppi` says how it "
                 "ended.\n";
    cli.out().flush();
    return ExitOk;
}

int usageOrFailure(Cli& cli, const tpm::Error& error) {
    if (error.kind == tpm::ErrorKind::Usage)
        return cli.usage(QString::fromStdString(error.detail));
    return cli.fail(error);
}

// A TPM 2.0 password check's reply (accepted, JSON): the JSON, or the words; exit 0 only
// when the TPM accepted it.
int printPasswordCheck(Cli& cli, const QDBusPendingReply<bool, QString>& reply,
                       const QString& acceptedText, const QString& refusedText) {
    if (reply.isError())
        return helperFailure(cli, HelperClient::errorOf(reply));
    const bool accepted = reply.argumentAt<0>();
    if (cli.json()) {
        if (const int printed = printHelperJson(cli, reply.argumentAt<1>()); printed != ExitOk)
            return printed;
    } else {
        cli.out() << (accepted ? acceptedText : refusedText) << "\n";
        cli.out().flush();
    }
    return accepted ? ExitOk : ExitFailed;
}

// The helper's VerifyOwner refused because its TPM is not a TPM 1.2 (the engine's NotTpm12
// stop, in the failure JSON): a TPM 2.0's owner password is checked by VerifyOwnerPassword.
// Asked after the 1.2 call rather than by a GetState first, which away from the seat would
// be one more password prompt (read-state); the second call shares verify-owner's.
bool refusedAsNotTpm12(const CallError& error) {
    const auto failure = parseObject(error.message);
    if (!failure)
        return false;
    const auto engine =
        tpm::report::errorFromJson(failure->value(QStringLiteral("error")).toObject());
    return engine && engine->kind == tpm::ErrorKind::Engine &&
           engine->code == static_cast<std::uint32_t>(tpm::EngineStopCode::NotTpm12);
}

// A TPM 2.0's owner password: its bytes, checked with PolicySecret (not counted).
int runTpm2VerifyOwnerViaHelper(Cli& cli, HelperClient& client) {
    if (!cli.parser().isSet(QStringLiteral("owner-password-file")))
        return cli.usage(QStringLiteral("give --owner-password-file FILE"));
    auto password = readPasswordFile(cli.parser().value(QStringLiteral("owner-password-file")));
    if (!password)
        return usageOrFailure(cli, password.error());
    const tpm::AuthValue owner(*password);
    tpm::wipe(*password);
    if (owner.empty())
        return cli.usage(QStringLiteral("the owner password file is empty"));
    return printPasswordCheck(cli, await(client.verifyOwnerPassword(owner)),
                              QStringLiteral("The TPM accepts this owner password."),
                              QStringLiteral("The TPM rejected this owner password "
                                             "(TPM_RC_BAD_AUTH; not counted toward the "
                                             "lockout)."));
}

int runVerifyOwnerViaHelper(Cli& cli, HelperClient& client) {
    auto secret = ownerSecretFromOptions(cli.parser());
    if (!secret) {
        if (secret.error().kind == tpm::ErrorKind::Usage)
            return cli.usage(QString::fromStdString(secret.error().detail));
        return cli.fail(secret.error());
    }
    const auto reply = await(client.verifyOwner(*secret));
    if (reply.isError()) {
        const CallError error = HelperClient::errorOf(reply);
        if (refusedAsNotTpm12(error))
            return runTpm2VerifyOwnerViaHelper(cli, client);
        return helperFailure(cli, error);
    }
    const bool accepted = reply.argumentAt<0>();
    if (cli.json()) {
        if (const int printed = printHelperJson(cli, reply.argumentAt<1>()); printed != ExitOk)
            return printed;
    } else {
        printOwnerCheck(cli.out(), accepted); // as the direct path says it
    }
    return accepted ? ExitOk : ExitFailed;
}

// The interface's options for what was asked on the command line.
QVariantMap provisionOptions(Cli& cli) {
    QVariantMap options;
    if (cli.parser().isSet(QStringLiteral("lock-presence")))
        options.insert(QStringLiteral("lockPresence"), true);
    return options;
}

// A finished provisioning job, printed as the direct path prints its run.
int printProvisionJob(Cli& cli, const helper::JobResult& result) {
    const auto run = readRun(result.json);
    if (cli.json()) {
        cli.printJson(parseObject(result.json).value_or(QJsonObject{}));
        return run ? run->exitCode.value_or(ExitFailed) : ExitFailed;
    }
    if (!run)
        return helperFailure(cli, {QStringLiteral("org.freedesktop.DBus.Error.Failed"),
                                   QStringLiteral("The helper sent a report the reader does not "
                                                  "understand.")});
    printRunEnd(cli.out(), cli.err(), run->report);
    return run->exitCode.value_or(ExitFailed);
}

// A TPM 2.0 (--lockout-password-file): the file is read, or created with a generated
// password, by this user; the helper gets its bytes and the settings as Provision's options.
int runTpm2ProvisionViaHelper(Cli& cli, HelperClient& client) {
    for (const char* option : {"owner-password-file", "endorsement-password-file"})
        if (cli.parser().isSet(QLatin1String(option)))
            return cli.usage(QStringLiteral("--%1 cannot be used through the helper: it keeps "
                                            "the default policy (run tpmprov as root to set "
                                            "that password)")
                                 .arg(QLatin1String(option)));
    auto policy = tpm2PolicyFromOptions(cli.parser());
    if (!policy)
        return usageOrFailure(cli, policy.error());
    auto lockout = lockoutPasswordFromOptions(cli.parser(), true);
    if (!lockout)
        return usageOrFailure(cli, lockout.error());
    if (lockout->generated)
        printGeneratedNotice(cli);
    QVariantMap options;
    options.insert(QStringLiteral("daMaxTries"), policy->daMaxTries);
    options.insert(QStringLiteral("daRecoveryTime"), policy->daRecoveryTime);
    options.insert(QStringLiteral("daLockoutRecovery"), policy->daLockoutRecovery);
    options.insert(QStringLiteral("srkAlgorithm"),
                   QString::fromStdString(tpm::srkAlgorithmName(policy->srkAlgorithm)));
    int exitCode = ExitFailed;
    // The password is in the user's file (theirs, or written and read back above).
    auto result = waitForJob(cli, client, await(client.provisionTpm2(lockout->auth, true, options)),
                             exitCode);
    return result ? printProvisionJob(cli, *result) : exitCode;
}

// verify-lockout, reset-lockout, clear: one helper call with the lockout password.
int runLockoutViaHelper(Cli& cli, HelperClient& client, const QString& command) {
    if (command == QStringLiteral("clear") && !cli.parser().isSet(QStringLiteral("yes")))
        return cli.usage(QStringLiteral("clear destroys every key in the TPM (the storage key "
                                        "and what is sealed under it, such as disk-encryption "
                                        "keys; systemd's NV indices; the stored endorsement "
                                        "keys; the passwords); add --yes to clear it"));
    auto lockout = lockoutPasswordFromOptions(cli.parser(), false);
    if (!lockout)
        return usageOrFailure(cli, lockout.error());
    if (command == QStringLiteral("verify-lockout")) {
        return printPasswordCheck(
            cli, await(client.verifyLockout(lockout->auth)),
            QStringLiteral("The TPM accepts this lockout password."),
            QStringLiteral("The TPM rejected this lockout password; it now refuses the lockout "
                           "password for its lockout-recovery time (tpmprov status shows it). "
                           "Do not try again before."));
    }
    const auto reply =
        await(command == QStringLiteral("clear") ? client.clearWithLockout(lockout->auth)
                                                 : client.resetLockout(lockout->auth));
    if (reply.isError())
        return helperFailure(cli, HelperClient::errorOf(reply));
    if (cli.json())
        return printHelperJson(cli, reply.argumentAt<0>());
    cli.out() << str(parseObject(reply.argumentAt<0>()).value_or(QJsonObject{}), "result") << "\n";
    cli.out().flush();
    return ExitOk;
}

int runProvisionViaHelper(Cli& cli, HelperClient& client) {
    if (cli.parser().isSet(QStringLiteral("lockout-password-file")))
        return runTpm2ProvisionViaHelper(cli, client);
    auto secrets = secretsFromOptions(cli.parser());
    if (!secrets) {
        if (secrets.error().kind == tpm::ErrorKind::Usage)
            return cli.usage(QString::fromStdString(secrets.error().detail));
        return cli.fail(secrets.error());
    }
    // The password came from a file the user chose: it is stored (as the direct path).
    int exitCode = ExitFailed;
    auto result = waitForJob(
        cli, client,
        await(client.provision(secrets->owner, secrets->srk, true, provisionOptions(cli))),
        exitCode);
    return result ? printProvisionJob(cli, *result) : exitCode;
}

std::optional<TextAuthAgent> startTextAgent(Cli& cli) {
    if (cli.parser().isSet(QStringLiteral("no-ask-password"))) {
        cli.setAuthorizationHint(
            QStringLiteral("(tpmprov did not ask for a password: --no-ask-password)"));
        return std::nullopt;
    }
    QString why;
    auto agent = TextAuthAgent::startForThisProcess(&why);
    if (!agent)
        cli.setAuthorizationHint(QStringLiteral("(tpmprov could not ask for an administrator's "
                                                "password: %1; run it on a terminal, or from "
                                                "the desktop)")
                                     .arg(why));
    return agent;
}

} // namespace

int runViaHelper(Cli& cli, const QString& command, const QStringList& arguments) {
    // The helper's TPM and timings are root's choice; these options cannot reach it.
    for (const char* option : {"sysfs-root", "command-timeout", "max-attempts", "trousers-store"})
        if (cli.parser().isSet(QLatin1String(option)))
            return cli.usage(QStringLiteral("--%1 cannot be used through the helper (the "
                                            "helper's settings are chosen by root)")
                                 .arg(QLatin1String(option)));
    if (command == QStringLiteral("firmware-restart"))
        return cli.usage(QStringLiteral("firmware-restart works on swtpm targets only; give "
                                        "one with --tpm"));
    const bool ppiRequest = command == QStringLiteral("ppi") && arguments.size() == 2 &&
                            arguments.first() == QStringLiteral("request");
    if (command == QStringLiteral("ppi") && !ppiRequest)
        return cli.usage(QStringLiteral("through the helper only 'ppi request OPERATION'; "
                                        "'tpmprov ppi' reads sysfs and needs no helper"));
    if (!ppiRequest && !arguments.isEmpty())
        return cli.usage(QStringLiteral("'%1' takes no further arguments").arg(command));
    const bool lockoutCommand = command == QStringLiteral("verify-lockout") ||
                                command == QStringLiteral("reset-lockout") ||
                                command == QStringLiteral("clear");
    if (command != QStringLiteral("status") && command != QStringLiteral("provision") &&
        command != QStringLiteral("verify-owner") && command != QStringLiteral("startup") &&
        command != QStringLiteral("selftest") && !ppiRequest && !lockoutCommand)
        return cli.usage(QStringLiteral("unknown command '%1'").arg(command));

    // An administrator's password is asked on this terminal when polkit wants one (and no
    // agent of the session's answers first); the agent lives until tpmprov exits.
    const std::optional<TextAuthAgent> agent = startTextAgent(cli);

    HelperClient client;
    if (command == QStringLiteral("status"))
        return runStatusViaHelper(cli, client);
    if (command == QStringLiteral("provision"))
        return runProvisionViaHelper(cli, client);
    if (command == QStringLiteral("verify-owner"))
        return runVerifyOwnerViaHelper(cli, client);
    if (command == QStringLiteral("startup"))
        return runStartupViaHelper(cli, client);
    if (ppiRequest)
        return runPpiRequestViaHelper(cli, client, arguments.at(1));
    if (lockoutCommand)
        return runLockoutViaHelper(cli, client, command);
    return runSelfTestViaHelper(cli, client);
}

} // namespace tpmprov
