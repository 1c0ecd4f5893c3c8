#pragma once
// What every tpmprov command shares: the parsed global options, the output streams, and an
// open connection to the TPM.

#include "crypto/Secret.h"
#include "engine/Sysfs.h"
#include "engine/TpmClient.h"
#include "explain/ErrorCatalogue.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <chrono>
#include <memory>
#include <optional>

namespace tpmprov {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitRestartRequired = 3 };

struct CliOptions {
    tpm::TransportSpec target;
    bool json = false;
    std::string sysfsRoot = "/sys";
    std::optional<std::chrono::milliseconds> commandTimeout;
};

class Cli {
public:
    Cli(const QCommandLineParser& parser, CliOptions options);

    const QCommandLineParser& parser() const { return m_parser; }
    const CliOptions& options() const { return m_options; }
    bool json() const { return m_options.json; }
    std::string targetText() const { return m_options.target.toString(); }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens the TPM. On failure prints the explanation and returns nullptr.
    tpm::TpmClient* connect();
    tpm::TpmClient* client() { return m_client.get(); }
    // Closes the connection connect() opened (a swtpm serves one client at a time: tpm2-tss
    // opens its own for a TPM 2.0).
    void disconnect() { m_client.reset(); }
    // Only for a Linux device; nullptr for swtpm.
    const tpm::SysfsReader* sysfs() const { return m_sysfs ? &*m_sysfs : nullptr; }
    // The same without opening the TPM (the PPI goes through sysfs, not the device).
    const tpm::SysfsReader* sysfsWithoutConnecting();

    // Prints an error with its explanation (human text or JSON) and returns ExitFailed.
    int fail(const tpm::Error& error, tpm::explain::Context context = {});
    int usage(const QString& message);
    void printJson(const QJsonObject& object);
    // Said after "An administrator must allow it" when no text agent could ask.
    void setAuthorizationHint(QString hint) { m_authorizationHint = std::move(hint); }
    const QString& authorizationHint() const { return m_authorizationHint; }

private:
    const QCommandLineParser& m_parser;
    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<tpm::TpmClient> m_client;
    std::optional<tpm::SysfsReader> m_sysfs;
    QString m_authorizationHint;
};

// The secrets the options name (shared by the direct and the helper paths).
struct Secrets {
    tpm::Secret owner;
    tpm::Secret srk;
};
tpm::Result<Secrets> secretsFromOptions(const QCommandLineParser& parser);
tpm::Result<tpm::Secret> ownerSecretFromOptions(const QCommandLineParser& parser);

// Every TPM command through tpm-provisioner-helper (HelperCommands.cpp).
int runViaHelper(Cli& cli, const QString& command, const QStringList& arguments = {});

int runStatus(Cli& cli);
int runProvision(Cli& cli);
int runVerifyOwner(Cli& cli);
int runStartup(Cli& cli);
int runSelfTest(Cli& cli);
int runFirmwareRestart(Cli& cli);
int runExplain(Cli& cli, const QString& code);
int runPpi(Cli& cli, const QStringList& args); // `ppi` and `ppi request NAME`

} // namespace tpmprov
