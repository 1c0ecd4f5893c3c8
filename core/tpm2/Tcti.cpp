#include "tpm2/Tcti.h"

#include <filesystem>

namespace tpm::tpm2 {

namespace {

bool pathExists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

} // namespace

Result<std::string> tctiFor(const TransportSpec& spec,
                            bool (*resourceManagerExists)(const std::string&)) {
    if (spec.kind == TransportSpec::Kind::Swtpm)
        return "swtpm:host=" + spec.host + ",port=" + std::to_string(spec.port);
    const std::string& path = spec.devicePath;
    const std::string raw = "/dev/tpm";
    if (path.rfind("/dev/tpmrm", 0) == 0)
        return "device:" + path;
    if (path.rfind(raw, 0) == 0 && path.size() > raw.size()) {
        const std::string rm = "/dev/tpmrm" + path.substr(raw.size());
        if (!(resourceManagerExists ? resourceManagerExists : pathExists)(rm))
            return Error::usage(rm + " does not exist: a TPM 2.0 is used only through the "
                                     "kernel's resource manager, which kernels before 4.12 lack "
                                     "and which the kernel does not offer while the TPM is in "
                                     "firmware-upgrade mode (finish or cancel the TPM firmware "
                                     "update first); without it, objects would leak in the TPM");
        return "device:" + rm;
    }
    return "device:" + path; // another path (a test's device): as given
}

} // namespace tpm::tpm2
