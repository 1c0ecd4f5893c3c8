#include "HelperConfig.h"

#include "transport/BoundedRead.h"
#include "transport/UniqueFd.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tpmprov::helper {

namespace {

constexpr std::size_t kMaxConfigBytes = 64 * 1024;

std::string trimmed(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t\r");
    if (begin == std::string::npos)
        return {};
    const auto end = text.find_last_not_of(" \t\r");
    return text.substr(begin, end - begin + 1);
}

} // namespace

std::optional<QString> configTrustProblem(const struct stat& st, bool isDirectory) {
    if (isDirectory ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode))
        return isDirectory ? QStringLiteral("is not a directory")
                           : QStringLiteral("is not a regular file");
    if (st.st_uid != 0)
        return QStringLiteral("is owned by uid %1, not by root").arg(st.st_uid);
    if (st.st_mode & (S_IWGRP | S_IWOTH))
        return QStringLiteral("is writable by group or others (mode %1)")
            .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'));
    return std::nullopt;
}

tpm::Result<std::optional<std::string>> parseConfigText(const std::string& text) {
    std::optional<std::string> target;
    std::size_t lineNumber = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const auto end = text.find('\n', pos);
        const std::string line =
            trimmed(text.substr(pos, end == std::string::npos ? std::string::npos : end - pos));
        ++lineNumber;
        pos = end == std::string::npos ? text.size() + 1 : end + 1;
        if (line.empty() || line.front() == '#')
            continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            return tpm::Error::usage("line " + std::to_string(lineNumber) + ": expected key=value");
        const std::string key = trimmed(line.substr(0, eq));
        const std::string value = trimmed(line.substr(eq + 1));
        if (key != "tpm")
            return tpm::Error::usage("line " + std::to_string(lineNumber) + ": unknown key '" +
                                     key + "' (the only key is tpm)");
        auto spec = tpm::TransportSpec::parse(value);
        if (!spec)
            return tpm::Error::usage("line " + std::to_string(lineNumber) + ": " +
                                     spec.error().detail);
        target = value;
    }
    return target;
}

tpm::Result<std::optional<std::string>> readConfigFile(const QString& path, bool missingIsOk) {
    const QByteArray native = path.toLocal8Bit();
    const std::string where = path.toStdString();
    const tpm::UniqueFd fd(
        ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY));
    if (!fd) {
        const int err = errno;
        if (err == ENOENT && missingIsOk)
            return std::optional<std::string>{};
        return tpm::Error::system(err, "cannot open " + where + ": " + std::strerror(err));
    }
    struct stat st {};
    std::optional<QString> problem;
    if (::fstat(fd.get(), &st) != 0)
        problem = QStringLiteral("cannot be examined");
    else
        problem = configTrustProblem(st, false);
    if (!problem) {
        // The directory too: whoever may write it could swap the file.
        const QByteArray dir = QFileInfo(path).absolutePath().toLocal8Bit();
        struct stat dirStat {};
        if (::stat(dir.constData(), &dirStat) != 0)
            problem = QStringLiteral("has a directory that cannot be examined");
        else if (auto dirProblem = configTrustProblem(dirStat, true))
            problem = QStringLiteral("has a directory that ") + *dirProblem;
    }
    if (problem)
        return tpm::Error::usage("refusing the configuration " + where + ": it " +
                                 problem->toStdString());
    auto text = tpm::readBounded(fd.get(), kMaxConfigBytes);
    if (!text && text.error().kind == tpm::ErrorKind::Usage)
        return tpm::Error::usage(where + " is too large to be a configuration file");
    if (!text)
        return tpm::Error::system(text.error().code, "cannot read " + where);
    auto parsed = parseConfigText(*text);
    if (!parsed)
        return tpm::Error::usage(where + ": " + parsed.error().detail);
    return parsed;
}

std::optional<std::string> targetProblem(const tpm::TransportSpec& spec, bool allowEmulator) {
    if (spec.kind == tpm::TransportSpec::Kind::Swtpm) {
        if (allowEmulator)
            return std::nullopt;
        return "refusing the TPM " + spec.toString() +
               ": an emulator over TCP is for tests only (any local user who binds the port "
               "would become the TPM); the helper accepts it only with --allow-emulator";
    }
    static const QRegularExpression kTpmDevice(QStringLiteral("^/dev/tpm(rm)?[0-9]{1,3}$"));
    if (!kTpmDevice.match(QString::fromStdString(spec.devicePath)).hasMatch())
        return "refusing the TPM " + spec.toString() +
               ": the helper talks only to a TPM device node (/dev/tpmN or /dev/tpmrmN)";
    return std::nullopt;
}

tpm::Result<HelperSettings> settingsFromArguments(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {QStringLiteral("tpm"), QStringLiteral("The TPM."), QStringLiteral("spec")},
        {QStringLiteral("config"), QStringLiteral("The configuration file."),
         QStringLiteral("path")},
        {QStringLiteral("idle-timeout"), QStringLiteral("Seconds."), QStringLiteral("seconds"),
         QStringLiteral("60")},
        {QStringLiteral("verbose"), QStringLiteral("Log the engine's steps and commands.")},
        {QStringLiteral("allow-emulator"),
         QStringLiteral("Tests only: accept a swtpm: target (TCP).")},
        {QStringLiteral("sysfs-root"),
         QStringLiteral("Tests only: read sysfs (the TPM's PPI) under this directory."),
         QStringLiteral("dir")},
    });
    if (!parser.parse(arguments))
        return tpm::Error::usage(parser.errorText().toStdString());
    if (!parser.positionalArguments().isEmpty())
        return tpm::Error::usage("unexpected argument '" +
                                 parser.positionalArguments().first().toStdString() + "'");

    HelperSettings settings;
    settings.verbose = parser.isSet(QStringLiteral("verbose"));
    bool ok = false;
    settings.idleTimeoutSeconds = parser.value(QStringLiteral("idle-timeout")).toInt(&ok);
    if (!ok || settings.idleTimeoutSeconds < 1 || settings.idleTimeoutSeconds > 86400)
        return tpm::Error::usage("--idle-timeout takes a number of seconds from 1 to 86400");

    std::string target = kDefaultTarget;
    const bool explicitConfig = parser.isSet(QStringLiteral("config"));
    const QString configPath = explicitConfig ? parser.value(QStringLiteral("config"))
                                              : QString::fromLatin1(kDefaultConfigPath);
    auto configured = readConfigFile(configPath, !explicitConfig);
    if (!configured)
        return configured.error();
    if (*configured)
        target = **configured;
    if (parser.isSet(QStringLiteral("tpm")))
        target = parser.value(QStringLiteral("tpm")).toStdString();
    auto spec = tpm::TransportSpec::parse(target);
    if (!spec)
        return tpm::Error::usage("--tpm: " + spec.error().detail);
    if (auto refused = targetProblem(*spec, parser.isSet(QStringLiteral("allow-emulator"))))
        return tpm::Error::usage(*refused);
    settings.target = *spec;
    if (parser.isSet(QStringLiteral("sysfs-root")))
        settings.sysfsRoot = parser.value(QStringLiteral("sysfs-root")).toStdString();
    return settings;
}

} // namespace tpmprov::helper
