#include "CliSession.h"

#include "OutputFormat.h"
#include "engine/Provisioner.h"
#include "report/JsonReport.h"
#include "transport/DeviceHolders.h"

#include <QJsonDocument>
#include <cerrno>
#include <cstdio>

namespace tpmprov {

Cli::Cli(const QCommandLineParser& parser, CliOptions options)
    : m_parser(parser), m_options(std::move(options)), m_out(stdout), m_err(stderr) {}

tpm::TpmClient* Cli::connect() {
    auto transport = tpm::openTransport(m_options.target);
    if (!transport) {
        tpm::explain::Context context;
        context.step = "open";
        if (m_options.target.kind == tpm::TransportSpec::Kind::Device) {
            context.devicePath = m_options.target.devicePath;
            if (transport.error().kind == tpm::ErrorKind::System && transport.error().code == EBUSY)
                context.deviceHolder =
                    tpm::describeDeviceHolders(tpm::findDeviceHolders(m_options.target.devicePath));
        }
        fail(transport.error(), context);
        return nullptr;
    }
    m_client = std::make_unique<tpm::TpmClient>(std::move(transport.value()));
    m_client->setTimeoutOverride(m_options.commandTimeout);
    if (m_options.target.kind == tpm::TransportSpec::Kind::Device && !m_sysfs)
        m_sysfs.emplace(m_options.sysfsRoot, m_options.target.devicePath);
    return m_client.get();
}

const tpm::SysfsReader* Cli::sysfsWithoutConnecting() {
    if (!m_sysfs && m_options.target.kind == tpm::TransportSpec::Kind::Device)
        m_sysfs.emplace(m_options.sysfsRoot, m_options.target.devicePath);
    return sysfs();
}

int Cli::fail(const tpm::Error& error, tpm::explain::Context context) {
    if (context.devicePath.empty() && m_options.target.kind == tpm::TransportSpec::Kind::Device)
        context.devicePath = m_options.target.devicePath;
    context.emulated = m_options.target.kind == tpm::TransportSpec::Kind::Swtpm;
    // What the trace and the kernel know, where the command did not say it itself.
    if (m_client) {
        const tpm::explain::Context known =
            tpm::diagnosisContext(context.step, *m_client, nullptr, 0, false, &error);
        if (context.ordinal == 0)
            context.ordinal = known.ordinal;
        if (context.presenceBits == 0)
            context.presenceBits = known.presenceBits;
    }
    if (context.sysfsDurations.empty() && m_sysfs) {
        if (const auto sysfs = m_sysfs->read())
            context.sysfsDurations = sysfs->durations;
    }
    const tpm::explain::Explanation explanation = tpm::explain::explain(error, context);
    if (m_options.json) {
        printJson(tpm::report::failureToJson(targetText(), error, explanation));
    } else {
        printExplanation(m_err, explanation, error);
    }
    return ExitFailed;
}

int Cli::usage(const QString& message) {
    m_err << "tpmprov: " << message << "\n"
          << "Try 'tpmprov --help'.\n";
    m_err.flush();
    return ExitUsage;
}

void Cli::printJson(const QJsonObject& object) {
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

} // namespace tpmprov
