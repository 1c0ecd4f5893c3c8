#include "engine/PpiRequest.h"

#include "transport/UniqueFd.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tpm {

namespace {

// TCG PC Client Physical Presence Interface 1.3: the operation numbers of both families.
constexpr std::array kOperations{
    PpiOperationInfo{"none", 0, true, true, "cancel a pending request"},
    PpiOperationInfo{"enable", 1, true, true, "turn the TPM on"},
    PpiOperationInfo{"disable", 2, true, true, "turn the TPM off"},
    PpiOperationInfo{"activate", 3, true, false, "activate the TPM"},
    PpiOperationInfo{"clear", 5, true, true, "clear the TPM"},
    PpiOperationInfo{"turn-on", 6, true, false, "enable and activate the TPM"},
    PpiOperationInfo{"enable-clear", 14, true, true, "turn the TPM on and clear it"},
    PpiOperationInfo{"change-eps", 24, false, true,
                     "replace the endorsement primary seed (new endorsement keys)"},
};

int writeWithSystemCalls(const std::string& path, const std::string& text) {
    UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!fd)
        return errno;
    const ssize_t written = ::write(fd.get(), text.data(), text.size());
    if (written < 0)
        return errno;
    return written == static_cast<ssize_t>(text.size()) ? 0 : EIO;
}

std::string nextBootWords(const SysfsInfo& sysfs, PpiOperationStatus status) {
    std::string out =
        sysfs.ppi.transitionAction
            ? "At the next boot (" + ppiTransitionWords(*sysfs.ppi.transitionAction) + ") "
            : std::string("At the next boot ");
    if (status == PpiOperationStatus::UserRequired)
        out += "the firmware asks the person at the computer to confirm it (OVMF: press F12 to "
               "accept, Esc to reject); without that, nothing happens.";
    else
        out += "the firmware carries it out without asking.";
    return out;
}

} // namespace

std::span<const PpiOperationInfo> ppiRequestableOperations() {
    return kOperations;
}

const PpiOperationInfo* findPpiOperation(std::string_view name) {
    for (const PpiOperationInfo& op : kOperations)
        if (op.name == name)
            return &op;
    return nullptr;
}

const PpiOperationInfo* findPpiOperation(std::uint32_t operation) {
    for (const PpiOperationInfo& op : kOperations)
        if (op.operation == operation)
            return &op;
    return nullptr;
}

Result<PpiRequestPlan> planPpiRequest(const SysfsInfo& sysfs, TpmFamily family,
                                      std::string_view name) {
    const PpiOperationInfo* op = findPpiOperation(name);
    if (!op) {
        std::string names;
        for (const PpiOperationInfo& known : kOperations)
            names += (names.empty() ? "" : ", ") + std::string(known.name);
        return Error::usage("unknown PPI operation '" + std::string(name) + "' (known: " + names +
                            ")");
    }
    const bool tpm2 = family == TpmFamily::Tpm20;
    if (tpm2 ? !op->tpm2 : !op->tpm12)
        return Error::usage("'" + std::string(name) + "' is not a PPI operation for a TPM " +
                            (tpm2 ? "2.0" : "1.2"));
    if (!sysfs.hasPpi)
        return Error::engine(EngineStopCode::Blocked,
                             "the kernel shows no Physical Presence Interface for this TPM (no "
                             "ppi directory in sysfs): the firmware does not offer one");
    PpiRequestPlan plan{*op, PpiOperationStatus::NotImplemented, {}};
    for (const PpiOperation& offered : sysfs.ppi.operations)
        if (offered.operation == op->operation)
            plan.status = offered.status;
    if (op->operation != 0 && plan.status != PpiOperationStatus::UserRequired &&
        plan.status != PpiOperationStatus::NoConfirmation)
        return Error::engine(
            EngineStopCode::Blocked,
            "the firmware does not let the operating system request '" + std::string(name) +
                "' (operation " + std::to_string(op->operation) + ": " +
                ppiStatusWords(plan.status) + "); use the firmware setup's TPM menu instead");
    plan.nextBoot = nextBootWords(sysfs, plan.status);
    return plan;
}

Result<void> writePpiRequest(const std::string& ppiDirectory, std::uint32_t operation,
                             const PpiWriter& writer) {
    const std::string path = ppiDirectory + "/request";
    const int err = (writer ? writer : writeWithSystemCalls)(path, std::to_string(operation));
    if (err == 0)
        return {};
    std::string why;
    switch (err) {
    case EPERM:
        why = "the firmware refused the request (it does not offer this operation to the "
              "operating system, or blocks it)";
        break;
    case EACCES:
        why = "only root may write the request";
        break;
    case EIO:
    case EFAULT:
        why = "the firmware failed to take the request";
        break;
    default:
        why = std::strerror(err);
        break;
    }
    return Error::system(err, "writing " + std::to_string(operation) + " to " + path + ": " + why);
}

} // namespace tpm
