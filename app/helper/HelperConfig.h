#pragma once
// The helper's settings: which TPM it talks to (root decides: the command line or a
// root-owned config file, never a caller) and when it exits.

#include "transport/Transport.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <sys/stat.h>

namespace tpmprov::helper {

inline constexpr const char* kDefaultConfigPath = "/etc/tpm-provisioner/helper.conf";
inline constexpr const char* kDefaultTarget = "device:/dev/tpm0";

struct HelperSettings {
    tpm::TransportSpec target;
    std::string sysfsRoot = "/sys"; // tests only: a sysfs tree the test wrote
    int idleTimeoutSeconds = 60;
    bool verbose = false;
};

// Why a file (or its directory) with this metadata must not be trusted as configuration:
// not a regular file / directory, not owned by root, or writable by group or others.
// std::nullopt when it is fine.
std::optional<QString> configTrustProblem(const struct stat& st, bool isDirectory);

// The `tpm=SPEC` value of a config file's text; other keys, lines without '=' and bad specs
// are errors. '#' starts a comment line. No `tpm` line: std::nullopt target.
tpm::Result<std::optional<std::string>> parseConfigText(const std::string& text);

// Opens PATH without following a symbolic link, checks it and its directory with
// configTrustProblem(), and parses it. missingIsOk: a missing file gives no target.
tpm::Result<std::optional<std::string>> readConfigFile(const QString& path, bool missingIsOk);

// Why the helper must not talk to this TPM: a swtpm: target unless the test-only
// --allow-emulator was given, a device path that is not /dev/tpmN or /dev/tpmrmN.
std::optional<std::string> targetProblem(const tpm::TransportSpec& spec, bool allowEmulator);

// The helper's command line (argv without the program name's handling: pass all of it).
// Errors are usage errors in words.
tpm::Result<HelperSettings> settingsFromArguments(const QStringList& arguments);

} // namespace tpmprov::helper
