#include "engine/Sysfs.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace tpm {

namespace fs = std::filesystem;

namespace {

// A failed query reads as an empty file; so does a missing one. Both mean "unknown".
std::string readTrimmed(const fs::path& path) {
    std::ifstream in(path);
    if (!in)
        return {};
    std::ostringstream text;
    text << in.rdbuf();
    std::string value = text.str();
    while (!value.empty() && (value.back() == '\n' || value.back() == ' ' || value.back() == '\0'))
        value.pop_back();
    return value;
}

// Older kernels keep the TPM 1.2 files under device/, newer ones beside it.
std::string readAttribute(const fs::path& dir, const char* name) {
    std::string value = readTrimmed(dir / name);
    if (value.empty())
        value = readTrimmed(dir / "device" / name);
    return value;
}

std::optional<bool> readFlag(const fs::path& dir, const char* name) {
    const std::string value = readAttribute(dir, name);
    if (value == "1")
        return true;
    if (value == "0")
        return false;
    return std::nullopt;
}

} // namespace

SysfsReader::SysfsReader(std::string root, std::string devicePath)
    : m_root(std::move(root)), m_devicePath(std::move(devicePath)) {
    m_deviceName = fs::path(m_devicePath).filename().string();
}

std::string SysfsReader::resourceManagerPath() const {
    // tpm0 -> tpmrm0
    if (m_deviceName.rfind("tpm", 0) != 0)
        return {};
    return (fs::path(m_devicePath).parent_path() / ("tpmrm" + m_deviceName.substr(3))).string();
}

std::optional<SysfsInfo> SysfsReader::read() const {
    const fs::path dir = fs::path(m_root) / "class" / "tpm" / m_deviceName;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return std::nullopt;

    SysfsInfo info;
    info.directory = dir.string();
    info.durations = readAttribute(dir, "durations");
    info.timeouts = readAttribute(dir, "timeouts");
    info.caps = readAttribute(dir, "caps");
    const std::string major = readTrimmed(dir / "tpm_version_major");
    if (major == "1" || major == "2")
        info.versionMajor = major == "1" ? 1 : 2;
    info.enabled = readFlag(dir, "enabled");
    info.active = readFlag(dir, "active");
    info.owned = readFlag(dir, "owned");
    info.tempDeactivated = readFlag(dir, "temp_deactivated");

    fs::path ppi = dir / "ppi";
    if (!fs::is_directory(ppi, ec))
        ppi = dir / "device" / "ppi";
    if (fs::is_directory(ppi, ec)) {
        info.hasPpi = true;
        info.ppiDirectory = ppi.string();
        info.ppiVersion = readTrimmed(ppi / "version");
        info.ppiTcgOperations = readTrimmed(ppi / "tcg_operations");
        info.ppiVendorOperations = readTrimmed(ppi / "vs_operations");
        info.ppi.version = info.ppiVersion;
        info.ppi.operations = parsePpiOperations(info.ppiTcgOperations);
        info.ppi.request = parsePpiRequest(readTrimmed(ppi / "request"));
        info.ppi.response = parsePpiResponse(readTrimmed(ppi / "response"));
        info.ppi.transitionAction =
            parsePpiTransitionAction(readTrimmed(ppi / "transition_action"));
    }
    return info;
}

} // namespace tpm
