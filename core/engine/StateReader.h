#pragma once
// Reads a TpmState: what kind of TPM this is, its flags, owner, EK and timings.

#include "engine/Sysfs.h"
#include "engine/TpmClient.h"
#include "engine/TpmState.h"

namespace tpm {

class StateReader {
public:
    // sysfs: only for a Linux device (nullptr otherwise).
    StateReader(TpmClient& client, const SysfsReader* sysfs);

    // Fails only when the TPM cannot be reached at all; anything the TPM refuses to tell
    // is left unset in the state.
    Result<TpmState> read();

private:
    Result<void> readInto(TpmState& state);
    Result<void> readVersion(TpmState& state);
    Result<void> readFlags(TpmState& state);
    void readTimings(TpmState& state);
    void readEndorsementKey(TpmState& state);

    TpmClient& m_client;
    const SysfsReader* m_sysfs;
};

} // namespace tpm
