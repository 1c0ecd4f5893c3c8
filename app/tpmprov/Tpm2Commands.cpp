// tpmprov for a TPM 2.0: provision with the default policy, check or use the lockout password
// (verify-lockout, reset-lockout, clear), check the owner password. Every operation is core's
// (tpm2/Tpm2Provisioner, tpm2/Tpm2Commands); this file reads options and files and prints.

#include "tpm2/Tpm2Commands.h"

#include "CliSession.h"
#include "OutputFormat.h"
#include "PasswordInput.h"
#include "Tpm2Cli.h"
#include "crypto/Passphrase.h"
#include "engine/StateReader.h"
#include "report/JsonReport.h"
#include "tpm2/Tpm2Lockout.h"
#include "tpm2/Tpm2Provisioner.h"
#include "tpm2/Tpm2Reader.h"
#include "transport/UniqueFd.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tpmprov {

namespace {

// Writes a new password file (0600 from its first byte, never over an existing file), then
// reads it back: only a password that reads back the same is used.
tpm::Result<void> storeGeneratedPassword(const QString& path, const std::string& password) {
    tpm::UniqueFd fd(::open(path.toLocal8Bit().constData(),
                            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!fd)
        return tpm::Error::system(errno, "cannot create " + path.toStdString() + ": " +
                                             std::strerror(errno));
    // No newline: tpm2-tools' file: takes the file's bytes as they are; tpmprov drops one.
    std::size_t written = 0;
    while (written < password.size()) {
        const ssize_t n = ::write(fd.get(), password.data() + written, password.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return tpm::Error::system(errno, "cannot write " + path.toStdString());
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0)
        return tpm::Error::system(errno, "cannot sync " + path.toStdString());
    auto back = readPasswordFile(path);
    if (!back)
        return back.error();
    const bool same = *back == password;
    tpm::wipe(*back);
    if (!same)
        return tpm::Error::system(EIO, path.toStdString() + " does not read back as written");
    return {};
}

// --lockout-password-file F: F holds the password; for provision a missing F is created with a
// generated one (stored and read back before the TPM sees it).
tpm::Result<LockoutPassword> lockoutPassword(const QCommandLineParser& parser, bool mayGenerate) {
    if (!parser.isSet(QStringLiteral("lockout-password-file")))
        return tpm::Error::usage("give --lockout-password-file FILE" +
                                 std::string(mayGenerate ? " (a new file gets a generated "
                                                           "password)"
                                                         : ""));
    const QString path = parser.value(QStringLiteral("lockout-password-file"));
    LockoutPassword out;
    if (mayGenerate && path != QStringLiteral("-") &&
        ::access(path.toLocal8Bit().constData(), F_OK) != 0 && errno == ENOENT) {
        auto generated = tpm::generatePassphrase();
        if (!generated)
            return generated.error();
        if (auto stored = storeGeneratedPassword(path, *generated); !stored) {
            tpm::wipe(*generated);
            return stored.error();
        }
        out.auth = tpm::AuthValue(*generated);
        out.generated = true;
        tpm::wipe(*generated);
        return out;
    }
    auto password = readPasswordFile(path);
    if (!password)
        return password.error();
    // An empty file is the empty lockout password a manufactured TPM has (reset-lockout on
    // it works); provisioning never sets one.
    if (password->empty() && mayGenerate)
        return tpm::Error::usage("the lockout password file is empty; provisioning sets a "
                                 "lockout password (give a file that does not exist yet to "
                                 "get a generated one)");
    out.auth = tpm::AuthValue(*password);
    tpm::wipe(*password);
    return out;
}

tpm::Result<tpm::AuthValue> optionalPassword(const QCommandLineParser& parser, const QString& name,
                                             const std::string& what) {
    auto password = readPasswordFile(parser.value(name));
    if (!password)
        return password.error();
    if (password->empty())
        return tpm::Error::usage("the " + what + " file is empty");
    tpm::AuthValue auth(*password);
    tpm::wipe(*password);
    return auth;
}

tpm::Result<std::uint32_t> numberOption(const QCommandLineParser& parser, const QString& name,
                                        std::uint32_t fallback) {
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qulonglong value = parser.value(name).toULongLong(&ok);
    if (!ok || value > 0xFFFFFFFFull)
        return tpm::Error::usage("--" + name.toStdString() +
                                 " takes a number from 0 to 4294967295");
    return static_cast<std::uint32_t>(value);
}

tpm::Result<tpm::Tpm2Policy> policyFromOptions(const QCommandLineParser& parser) {
    tpm::Tpm2Policy policy;
    auto tries = numberOption(parser, QStringLiteral("da-max-tries"), policy.daMaxTries);
    auto recovery = numberOption(parser, QStringLiteral("da-recovery-time"), policy.daRecoveryTime);
    auto lockout =
        numberOption(parser, QStringLiteral("da-lockout-recovery"), policy.daLockoutRecovery);
    for (const auto* n : {&tries, &recovery, &lockout})
        if (!*n)
            return n->error();
    if (*tries == 0)
        return tpm::Error::usage("--da-max-tries must be at least 1 (0 would lock out at once)");
    policy.daMaxTries = *tries;
    policy.daRecoveryTime = *recovery;
    policy.daLockoutRecovery = *lockout;
    const QString algorithm = parser.value(QStringLiteral("srk-algorithm"));
    if (algorithm == QStringLiteral("rsa"))
        policy.srkAlgorithm = tpm::SrkAlgorithm::Rsa;
    else if (algorithm != QStringLiteral("ecc"))
        return tpm::Error::usage("--srk-algorithm takes ecc or rsa");
    policy.setOwnerAuth = parser.isSet(QStringLiteral("owner-password-file"));
    policy.setEndorsementAuth = parser.isSet(QStringLiteral("endorsement-password-file"));
    return policy;
}

int usageOrFail(Cli& cli, const tpm::Error& error) {
    if (error.kind == tpm::ErrorKind::Usage)
        return cli.usage(QString::fromStdString(error.detail));
    return cli.fail(error);
}

// An ESAPI connection to the TPM the options name, without reading its state.
tpm::Result<std::unique_ptr<tpm::tpm2::EsysConnection>> connectTpm2(Cli& cli) {
    return tpm::tpm2::EsysConnection::openFor(cli.options().target);
}

tpm::Result<tpm::tpm2::Tpm2Session> openTpm2(Cli& cli, const char* command) {
    if (!cli.connect())
        return tpm::Error::usage(""); // connect() printed why
    if (!detectTpm2(cli))
        return tpm::Error::usage(std::string(command) +
                                 " is for a TPM 2.0; this TPM is not one (for a TPM 1.2 use "
                                 "verify-owner, and clear it in the firmware setup)");
    return tpm::tpm2::openTpm2Session(cli.options().target, cli.sysfs());
}

int printDone(Cli& cli, const QString& what, const QString& text) {
    if (cli.json()) {
        QJsonObject object;
        object.insert(QStringLiteral("target"), QString::fromStdString(cli.targetText()));
        object.insert(QStringLiteral("done"), what);
        cli.printJson(object);
    } else {
        cli.out() << text << "\n";
        cli.out().flush();
    }
    return ExitOk;
}

int failStep(Cli& cli, const tpm::Error& error, const char* step) {
    tpm::explain::Context context;
    context.step = step;
    return cli.fail(error, context);
}

// Opening failed: a usage error (not a TPM 2.0; connect() already printed an empty one), or
// the TPM's or the TSS's error explained.
int failSession(Cli& cli, const tpm::Error& error, const char* step) {
    if (error.kind == tpm::ErrorKind::Usage)
        return error.detail.empty() ? ExitFailed : cli.usage(QString::fromStdString(error.detail));
    return failStep(cli, error, step);
}

void warnOneTry(Cli& cli, const tpm::TpmState& state) {
    if (cli.json())
        return;
    const auto& da = state.tpm2.dictionaryAttack;
    cli.err() << "One try: a wrong lockout password blocks the lockout password for "
              << (da ? QString::number(da->lockoutRecovery) + QStringLiteral(" seconds")
                     : QStringLiteral("the TPM's lockout-recovery time"))
              << " (every later try restarts that wait).\n";
    cli.err().flush();
}

} // namespace

void printGeneratedNotice(Cli& cli) {
    if (cli.json())
        return;
    cli.out() << "A lockout password was generated and written to "
              << cli.parser().value(QStringLiteral("lockout-password-file"))
              << " (read back before use). Keep a copy off this computer.\n";
}

tpm::Result<LockoutPassword> lockoutPasswordFromOptions(const QCommandLineParser& parser,
                                                        bool mayGenerate) {
    return lockoutPassword(parser, mayGenerate);
}

tpm::Result<tpm::Tpm2Policy> tpm2PolicyFromOptions(const QCommandLineParser& parser) {
    return policyFromOptions(parser);
}

tpm::Result<void> checkTpm2Options(const QCommandLineParser& parser) {
    auto policy = policyFromOptions(parser);
    if (!policy)
        return policy.error();
    return {};
}

bool detectTpm2(Cli& cli) {
    tpm::TpmClient* client = cli.client();
    if (!client)
        return false;
    client->setStartupAfterReset(false); // only the family is wanted: nothing is changed
    tpm::StateReader reader(*client, cli.sysfs());
    auto state = reader.read();
    client->setStartupAfterReset(true);
    if (!state || state->family != tpm::TpmFamily::Tpm20)
        return false;
    cli.disconnect(); // tpm2-tss opens its own connection (a swtpm serves one at a time)
    return true;
}

int runTpm2Provision(Cli& cli) {
    const QCommandLineParser& parser = cli.parser();
    auto policy = policyFromOptions(parser);
    if (!policy)
        return usageOrFail(cli, policy.error());
    auto lockout = lockoutPassword(parser, true);
    if (!lockout)
        return usageOrFail(cli, lockout.error());
    tpm::tpm2::Tpm2ProvisionOptions options;
    options.policy = *policy;
    options.lockoutAuth = lockout->auth;
    if (policy->setOwnerAuth) {
        auto owner =
            optionalPassword(parser, QStringLiteral("owner-password-file"), "owner password");
        if (!owner)
            return usageOrFail(cli, owner.error());
        options.ownerAuth = *owner;
        if (!cli.json())
            cli.err() << "Warning: with an owner password, systemd-cryptenroll, clevis and "
                         "other programs can no longer create keys in this TPM (they cannot "
                         "supply it).\n";
    }
    if (policy->setEndorsementAuth) {
        auto endorsement = optionalPassword(parser, QStringLiteral("endorsement-password-file"),
                                            "endorsement password");
        if (!endorsement)
            return usageOrFail(cli, endorsement.error());
        options.endorsementAuth = *endorsement;
    }
    if (lockout->generated)
        printGeneratedNotice(cli);
    // The password is in a file the user keeps (written and read back above, or theirs).
    options.confirmLockoutAuthStored = [] { return true; };

    tpm::tpm2::Tpm2Provisioner provisioner(cli.options().target, cli.sysfs());
    if (!cli.json())
        provisioner.setEventListener(
            [&cli](const tpm::ProvisionEvent& event) { printEvent(cli.out(), event); });
    const tpm::ProvisionReport report = provisioner.run(options);
    if (cli.json()) {
        QJsonObject object = tpm::report::provisionToJson(cli.targetText(), report, {});
        object.insert(QStringLiteral("lockoutPasswordGenerated"), lockout->generated);
        cli.printJson(object);
    } else {
        printRunEnd(cli.out(), cli.err(), report);
    }
    return tpm::exitCodeFor(report.outcome);
}

int runVerifyLockout(Cli& cli) {
    auto lockout = lockoutPassword(cli.parser(), false);
    if (!lockout)
        return usageOrFail(cli, lockout.error());
    auto session = openTpm2(cli, "verify-lockout");
    if (!session)
        return failSession(cli, session.error(), "verify-lockout");
    warnOneTry(cli, session->state);
    if (auto checked = tpm::tpm2::verifyLockoutAuth(*session, lockout->auth); !checked)
        return failStep(cli, checked.error(), "verify-lockout");
    return printDone(cli, QStringLiteral("verify-lockout"),
                     QStringLiteral("The TPM accepts this lockout password."));
}

int runResetLockout(Cli& cli) {
    auto lockout = lockoutPassword(cli.parser(), false);
    if (!lockout)
        return usageOrFail(cli, lockout.error());
    auto session = openTpm2(cli, "reset-lockout");
    if (!session)
        return failSession(cli, session.error(), "reset-lockout");
    warnOneTry(cli, session->state);
    if (auto reset = tpm::tpm2::resetLockoutCounter(*session, lockout->auth); !reset)
        return failStep(cli, reset.error(), "reset-lockout");
    return printDone(cli, QStringLiteral("reset-lockout"),
                     QStringLiteral("The dictionary-attack counter is back to zero: passwords "
                                    "and keys protected by the TPM can be tried again."));
}

int runClear(Cli& cli) {
    auto lockout = lockoutPassword(cli.parser(), false);
    if (!lockout)
        return usageOrFail(cli, lockout.error());
    auto session = openTpm2(cli, "clear");
    if (!session)
        return failSession(cli, session.error(), "clear");
    const tpm::Tpm2Details& d = session->state.tpm2;
    if (d.permanent && d.permanent->disableClear) // before the list and --yes: nothing to confirm
        return failStep(cli, tpm::tpm2::clearByLockout(*session, lockout->auth).error(), "clear");
    if (!cli.json()) {
        cli.out() << clearConsequences(d);
        cli.out().flush();
    }
    if (!cli.parser().isSet(QStringLiteral("yes")))
        return cli.usage(QStringLiteral("clear destroys the keys listed above; add --yes to "
                                        "clear the TPM"));
    warnOneTry(cli, session->state);
    if (auto cleared = tpm::tpm2::clearByLockout(*session, lockout->auth); !cleared)
        return failStep(cli, cleared.error(), "clear");
    return printDone(cli, QStringLiteral("clear"),
                     QStringLiteral("The TPM is cleared: every password is empty and the "
                                    "storage key is gone. Run `tpmprov provision` to set it up "
                                    "again."));
}

int runTpm2VerifyOwner(Cli& cli) {
    if (!cli.parser().isSet(QStringLiteral("owner-password-file")))
        return cli.usage(QStringLiteral("give --owner-password-file FILE"));
    auto owner =
        optionalPassword(cli.parser(), QStringLiteral("owner-password-file"), "owner password");
    if (!owner)
        return usageOrFail(cli, owner.error());
    auto session = tpm::tpm2::openTpm2Session(cli.options().target, cli.sysfs());
    if (!session)
        return failSession(cli, session.error(), "verify-owner");
    auto checked = tpm::tpm2::verifyOwnerAuth(*session, *owner);
    const bool badAuth = !checked && tpm::tpm2::isRefusedAuth(checked.error());
    if (!checked && !badAuth)
        return failStep(cli, checked.error(), "verify-owner");
    if (cli.json()) {
        QJsonObject object;
        object.insert(QStringLiteral("target"), QString::fromStdString(cli.targetText()));
        object.insert(QStringLiteral("accepted"), checked.ok());
        cli.printJson(object);
    } else {
        cli.out() << (checked ? QStringLiteral("The TPM accepts this owner password.\n")
                              : QStringLiteral("The TPM rejected this owner password "
                                               "(TPM_RC_BAD_AUTH; not counted toward the "
                                               "lockout).\n"));
        cli.out().flush();
    }
    return checked ? ExitOk : ExitFailed;
}

int runTpm2Startup(Cli& cli) {
    auto esys = connectTpm2(cli);
    if (!esys)
        return failStep(cli, esys.error(), "startup");
    auto reading = tpm::tpm2::readTpm2(**esys);
    if (!reading)
        return failStep(cli, reading.error(), "startup");
    if (!reading->awaitingStartup)
        return printDone(cli, QStringLiteral("startup"),
                         QStringLiteral("The TPM 2.0 was already started; nothing was sent."));
    if (auto started = tpm::tpm2::startup(**esys); !started)
        return failStep(cli, started.error(), "startup");
    return printDone(cli, QStringLiteral("startup"),
                     QStringLiteral("Sent TPM2_Startup(CLEAR), as firmware does at boot."));
}

int runTpm2SelfTest(Cli& cli) {
    auto esys = connectTpm2(cli);
    if (!esys)
        return failStep(cli, esys.error(), "self-test");
    if (auto tested = tpm::tpm2::selfTest(**esys); !tested)
        return failStep(cli, tested.error(), "self-test");
    return printDone(cli, QStringLiteral("self-test"),
                     QStringLiteral("The TPM 2.0 passed its full self-test."));
}

QString clearConsequences(const tpm::Tpm2Details& d) {
    QString out = QStringLiteral(
        "Clearing the TPM destroys, for good:\n"
        "  - the storage key at 0x81000001 and everything sealed under it: disk-encryption "
        "keys enrolled with systemd-cryptenroll or clevis, BitLocker's TPM protector, keys of "
        "other programs\n"
        "  - every owner NV index, including systemd's (0x01D10200-0x01D10224)\n"
        "  - the endorsement keys stored at 0x81010001/0x81010016 (the certificates stay)\n"
        "  - the owner, endorsement and lockout passwords (all become empty)\n");
    out += QStringLiteral("Persistent objects now: %1.\n").arg(d.persistentHandles.size());
    return out;
}

} // namespace tpmprov
