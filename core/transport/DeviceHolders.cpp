#include "DeviceHolders.h"

#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <limits.h>
#include <memory>
#include <unistd.h>

namespace tpm {
namespace {

struct DirCloser {
    void operator()(DIR* dir) const { ::closedir(dir); }
};
using DirPtr = std::unique_ptr<DIR, DirCloser>;

bool parsePid(const char* name, int& pid) {
    char* end = nullptr;
    const long value = std::strtol(name, &end, 10);
    if (end == name || *end != '\0' || value <= 0 || value > INT_MAX) {
        return false;
    }
    pid = static_cast<int>(value);
    return true;
}

std::string readComm(const std::string& pidDir) {
    std::ifstream file(pidDir + "/comm");
    std::string command;
    std::getline(file, command);
    return command;
}

// Programs that keep a TPM device open while they run.
bool isKnownTpmProgram(const std::string& command) {
    for (const char* name : {"tcsd", "tpm2-abrmd", "tpmd", "tpm-provisioner"}) {
        if (command == name) {
            return true;
        }
    }
    return false;
}

enum class Holds { Yes, No, Unknown };

Holds holdsPath(const std::string& fdDir, const std::string& target) {
    DirPtr dir(::opendir(fdDir.c_str()));
    if (!dir) {
        return Holds::Unknown; // another user's process we may not inspect, or it exited
    }
    while (const dirent* entry = ::readdir(dir.get())) {
        if (entry->d_name[0] == '.') {
            continue;
        }
        char link[PATH_MAX];
        const ssize_t n = ::readlinkat(::dirfd(dir.get()), entry->d_name, link, sizeof link - 1);
        if (n > 0 && std::string(link, static_cast<std::size_t>(n)) == target) {
            return Holds::Yes;
        }
    }
    return Holds::No;
}

} // namespace

std::vector<DeviceHolder> findDeviceHolders(const std::string& devicePath,
                                            const std::string& procRoot) {
    // fd links name the canonical path: resolve symlinks such as /dev/tpm -> /dev/tpm0.
    std::string target = devicePath;
    if (char* resolved = ::realpath(devicePath.c_str(), nullptr)) {
        target = resolved;
        std::free(resolved);
    }
    std::vector<DeviceHolder> holders;
    std::vector<DeviceHolder> probable;
    DirPtr proc(::opendir(procRoot.c_str()));
    if (!proc) {
        return holders;
    }
    while (const dirent* entry = ::readdir(proc.get())) {
        int pid = 0;
        if (!parsePid(entry->d_name, pid)) {
            continue;
        }
        const std::string pidDir = procRoot + "/" + entry->d_name;
        switch (holdsPath(pidDir + "/fd", target)) {
        case Holds::Yes:
            holders.push_back({pid, readComm(pidDir), true});
            break;
        case Holds::Unknown:
            if (std::string command = readComm(pidDir); isKnownTpmProgram(command)) {
                probable.push_back({pid, std::move(command), false});
            }
            break;
        case Holds::No:
            break;
        }
    }
    return holders.empty() ? probable : holders;
}

std::string describeDeviceHolders(const std::vector<DeviceHolder>& holders) {
    std::string text;
    for (const DeviceHolder& holder : holders) {
        if (!text.empty()) {
            text += ", ";
        }
        text += (holder.certain ? "" : "probably ") +
                (holder.command.empty() ? std::string("?") : holder.command) + " (pid " +
                std::to_string(holder.pid) + ")";
    }
    return text;
}

} // namespace tpm
