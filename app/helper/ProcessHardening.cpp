#include "ProcessHardening.h"

#include <cerrno>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace tpmprov::helper {

tpm::Result<void> hardenProcess() {
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return tpm::Error::system(errno, "cannot make the process non-dumpable");
    const rlimit noCore{0, 0};
    if (::setrlimit(RLIMIT_CORE, &noCore) != 0)
        return tpm::Error::system(errno, "cannot switch core dumps off");
    return {};
}

} // namespace tpmprov::helper
