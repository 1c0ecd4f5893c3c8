#pragma once
// Reads what a TPM 2.0 reports about itself through ESAPI: its identity and spec level, who
// set which authorization (TPM_PT_PERMANENT), the hierarchies enabled in this boot, the
// dictionary-attack settings, the persistent handles and what the SRK is, the EK certificates
// present and the PCR banks. Only GetCapability and ReadPublic are sent: a read changes
// nothing, and never sends Startup (it would reset the PCRs).

#include "engine/Tpm2Details.h"
#include "engine/TpmState.h"
#include "protocol/Result.h"
#include "tpm2/EsysConnection.h"
#include "transport/Transport.h"

namespace tpm::tpm2 {

inline constexpr std::uint32_t kSrkHandle = 0x81000001;

struct Tpm2Reading {
    Tpm2Details details;
    bool awaitingStartup = false; // TPM_RC_INITIALIZE: nothing else could be read
};

Result<Tpm2Reading> readTpm2(EsysConnection& esys);

// Puts a reading into a TPM 2.0 state: its details, the manufacturer, whether it waits for
// Startup, and whether anyone set a hierarchy's password (the TPM 2.0 form of "owned").
void applyReading(TpmState& state, Tpm2Reading reading);

// For a state whose family is TPM 2.0: opens the TPM the spec names through tpm2-tss (the
// resource manager for a device) and fills state.tpm2, the manufacturer and awaitingStartup.
// The caller has closed its own connection to a swtpm first (swtpm serves one at a time).
Result<void> completeTpm2State(TpmState& state, const TransportSpec& spec);

} // namespace tpm::tpm2
