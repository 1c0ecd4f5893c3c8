#pragma once
// What the helper does to itself before anything else: it holds owner secrets in memory.

#include "protocol/Result.h"

namespace tpmprov::helper {

// Not dumpable (PR_SET_DUMPABLE 0: no core file, no ptrace or /proc/PID/mem by the same
// uid) and no core file size (RLIMIT_CORE 0), as the unit's LimitCORE=0 for a helper that
// was started another way.
tpm::Result<void> hardenProcess();

} // namespace tpmprov::helper
