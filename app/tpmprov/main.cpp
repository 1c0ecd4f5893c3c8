// tpmprov: the command line of TPM Provisioner.
#include "CliSession.h"
#include "Tpm2Cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

using namespace tpmprov;

const char* const kDescription =
    "Takes a TPM 1.2 or 2.0 from factory state to owned, and explains every failure.\n\n"
    "Commands:\n"
    "  status            show the TPM's state and the provisioning plan\n"
    "  provision         run the plan (1.2: presence, enable, activate, self-test, EK,\n"
    "                    ownership; 2.0: storage key, lockout settings, lockout password)\n"
    "  verify-owner      check an owner password (one try; on a 1.2 wrong tries count\n"
    "                    toward lockout)\n"
    "  verify-lockout    TPM 2.0: check the lockout password (one try)\n"
    "  reset-lockout     TPM 2.0: reset the dictionary-attack counter with the lockout password\n"
    "  clear             TPM 2.0: clear the TPM with the lockout password (lists what it\n"
    "                    destroys; needs --yes)\n"
    "  startup           send TPM_Startup(ST_CLEAR) to a TPM that was reset\n"
    "  selftest          run the TPM's full self-test\n"
    "  ppi [request OP]  the firmware's Physical Presence Interface: what it offers, how the\n"
    "                    last request ended; request OP (clear, enable-clear, enable, ...)\n"
    "                    for the next boot\n"
    "  explain CODE      explain a TPM/TSS return code (0x26, 38, 0x1087) or errno (ETIME)\n"
    "  firmware-restart  swtpm only: power cycle + Startup, as firmware does at boot\n\n"
    "Exit status: 0 success, 1 failed (with an explanation), 2 usage, 3 restart required.";

void addOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(QString::fromLatin1(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    parser.addOptions({
        {QStringLiteral("tpm"),
         QStringLiteral("The TPM: device:PATH or swtpm:HOST:PORT[:CTRLPORT]. Default: "
                        "$TPMPROV_TPM, else device:/dev/tpm0."),
         QStringLiteral("spec")},
        {QStringLiteral("json"), QStringLiteral("Print stable JSON instead of text.")},
        {QStringLiteral("owner-password-file"),
         QStringLiteral("Read the owner password from this file ('-' for standard input); "
                        "one trailing newline is dropped."),
         QStringLiteral("file")},
        {QStringLiteral("owner-well-known"),
         QStringLiteral("Use the well-known owner secret (20 zero bytes).")},
        {QStringLiteral("owner-encoding"),
         QStringLiteral("How the password becomes the secret: sha1 (tpm-tools, Heads; "
                        "default), utf16 (tpm-tools -u), windows (tpm.msc), utf16-nul "
                        "(TSS popup secrets with the terminator)."),
         QStringLiteral("encoding"), QStringLiteral("sha1")},
        {QStringLiteral("lockout-password-file"),
         QStringLiteral("TPM 2.0: the lockout password's file. For provision, a file that does "
                        "not exist yet is created with a generated password."),
         QStringLiteral("file")},
        {QStringLiteral("endorsement-password-file"),
         QStringLiteral("TPM 2.0 provision: also set this endorsement password."),
         QStringLiteral("file")},
        {QStringLiteral("da-max-tries"),
         QStringLiteral("TPM 2.0: wrong passwords before the TPM locks out (default 32)."),
         QStringLiteral("n")},
        {QStringLiteral("da-recovery-time"),
         QStringLiteral("TPM 2.0: seconds until one wrong password is forgotten (default 600)."),
         QStringLiteral("s")},
        {QStringLiteral("da-lockout-recovery"),
         QStringLiteral("TPM 2.0: seconds the lockout password is blocked after a wrong one "
                        "(default 86400)."),
         QStringLiteral("s")},
        {QStringLiteral("srk-algorithm"),
         QStringLiteral("TPM 2.0: the shared storage key's type, ecc (default; RSA where the TPM "
                        "lacks ECC P-256) or rsa."),
         QStringLiteral("ecc|rsa"), QStringLiteral("ecc")},
        {QStringLiteral("yes"), QStringLiteral("Confirm clear (it destroys keys).")},
        {QStringLiteral("srk-password-file"),
         QStringLiteral("Read an SRK password from this file (default: well-known SRK)."),
         QStringLiteral("file")},
        {QStringLiteral("srk-well-known"),
         QStringLiteral("Use the well-known SRK secret (the default).")},
        {QStringLiteral("max-attempts"),
         QStringLiteral("TakeOwnership attempts in one run, resets and lost answers included "
                        "(default 3)."),
         QStringLiteral("n"), QStringLiteral("3")},
        {QStringLiteral("trousers-store"),
         QStringLiteral("After taking ownership, register the storage root key in this trousers "
                        "key store (default /var/lib/tpm/system.data when trousers is "
                        "installed), so tpm-tools can use it."),
         QStringLiteral("file")},
        {QStringLiteral("lock-presence"),
         QStringLiteral("After provisioning, lock physical presence until the next boot "
                        "(presence this run asserted is always released).")},
        {QStringLiteral("sysfs-root"), QStringLiteral("Where sysfs is mounted (default /sys)."),
         QStringLiteral("dir"), QStringLiteral("/sys")},
        {QStringLiteral("command-timeout"),
         QStringLiteral("Wait at most this many milliseconds for any one TPM answer, instead "
                        "of the TPM's own durations."),
         QStringLiteral("ms")},
        {QStringLiteral("verbose"),
         QStringLiteral("Log every command sent to the TPM on standard error.")},
        {QStringLiteral("via-helper"),
         QStringLiteral("Ask tpm-provisioner-helper (D-Bus, polkit) to talk to the TPM. The "
                        "default when not running as root and neither --tpm nor $TPMPROV_TPM "
                        "names a TPM.")},
        {QStringLiteral("no-ask-password"),
         QStringLiteral("Through the helper: do not ask for an administrator's password on "
                        "the terminal (no text polkit agent); steps that need one fail.")},
    });
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tpmprov"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TPMPROV_VERSION));

    QCommandLineParser parser;
    addOptions(parser);
    // parse(), not process(): process() exits with 1 on a bad option, which is the "failed"
    // status; a usage error is 2.
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "tpmprov: %s\nTry 'tpmprov --help'.\n",
                     qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    QLoggingCategory::setFilterRules(parser.isSet(QStringLiteral("verbose"))
                                         ? QStringLiteral("tpmprov.*=true")
                                         : QStringLiteral("tpmprov.*=false"));

    CliOptions options;
    options.json = parser.isSet(QStringLiteral("json"));
    options.sysfsRoot = parser.value(QStringLiteral("sysfs-root")).toStdString();
    // Through the helper: asked for, or automatic for a user who is not root and named no
    // TPM (the helper's TPM is root's choice). `explain` never needs a TPM.
    const bool targetNamed =
        parser.isSet(QStringLiteral("tpm")) || !qEnvironmentVariableIsEmpty("TPMPROV_TPM");
    const bool viaHelper =
        parser.isSet(QStringLiteral("via-helper")) || (::geteuid() != 0 && !targetNamed);
    if (parser.isSet(QStringLiteral("via-helper")) && parser.isSet(QStringLiteral("tpm")))
        return Cli(parser, {})
            .usage(QStringLiteral("--tpm cannot be used with --via-helper: "
                                  "the helper's TPM is chosen by root"));
    QString target = parser.value(QStringLiteral("tpm"));
    if (target.isEmpty())
        target = qEnvironmentVariable("TPMPROV_TPM", QStringLiteral("device:/dev/tpm0"));
    Cli cli(parser, {});
    auto spec = tpm::TransportSpec::parse(target.toStdString());
    if (!spec)
        return cli.usage(QString::fromStdString(spec.error().detail));
    options.target = *spec;
    if (parser.isSet(QStringLiteral("command-timeout"))) {
        bool ok = false;
        const int ms = parser.value(QStringLiteral("command-timeout")).toInt(&ok);
        if (!ok || ms < 1)
            return cli.usage(QStringLiteral("--command-timeout takes a positive number of "
                                            "milliseconds"));
        options.commandTimeout = std::chrono::milliseconds{ms};
    }

    Cli session(parser, options);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return session.usage(QStringLiteral("no command given"));
    const QString command = args.first();
    const auto expectArgs = [&](qsizetype count) { return args.size() == count + 1; };

    if (command == QStringLiteral("explain")) {
        if (!expectArgs(1))
            return session.usage(QStringLiteral("explain takes one code, e.g. 0x26 or ETIME"));
        return runExplain(session, args.at(1));
    }
    if (command == QStringLiteral("ppi")) // `ppi` reads sysfs itself; a request may go
        return viaHelper && args.size() > 1 ? runViaHelper(session, command, args.mid(1))
                                            : runPpi(session, args.mid(1));
    if (!expectArgs(0))
        return session.usage(QStringLiteral("'%1' takes no further arguments").arg(command));
    if (viaHelper)
        return runViaHelper(session, command);
    if (command == QStringLiteral("status"))
        return runStatus(session);
    if (command == QStringLiteral("provision"))
        return runProvision(session);
    if (command == QStringLiteral("verify-owner"))
        return runVerifyOwner(session);
    if (command == QStringLiteral("verify-lockout"))
        return runVerifyLockout(session);
    if (command == QStringLiteral("reset-lockout"))
        return runResetLockout(session);
    if (command == QStringLiteral("clear"))
        return runClear(session);
    if (command == QStringLiteral("startup"))
        return runStartup(session);
    if (command == QStringLiteral("selftest"))
        return runSelfTest(session);
    if (command == QStringLiteral("firmware-restart"))
        return runFirmwareRestart(session);
    return session.usage(QStringLiteral("unknown command '%1'").arg(command));
}
