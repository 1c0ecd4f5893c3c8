#pragma once
// A snapshot of everything the engine knows about the TPM before deciding what to do.

#include "engine/Message.h"
#include "engine/Sysfs.h"
#include "protocol/Structures.h"

#include <optional>
#include <string>
#include <vector>

namespace tpm {

enum class TpmFamily { Tpm12, Tpm11, Tpm20, Unknown };

enum class EkStatus {
    Present,    // read with ReadPubek
    Absent,     // TPM_NO_ENDORSEMENT: has to be created before ownership
    Unreadable, // exists, but readPubek is off (normal once owned)
    Unknown,    // cannot tell while the TPM is disabled or deactivated
};

struct TpmState {
    TpmFamily family = TpmFamily::Unknown;
    std::string familyDetail; // how the family was recognised
    std::optional<CapVersionInfo> versionInfo;
    std::optional<Version> legacyVersion; // TPM 1.1 chips: TPM_CAP_VERSION
    std::string manufacturer;             // TPM_CAP_PROP_MANUFACTURER as text ("STM")
    std::optional<PermanentFlags> permanent;
    std::optional<StclearFlags> stclear;
    std::optional<bool> owned;
    EkStatus ek = EkStatus::Unknown;
    std::string ekFingerprint; // SHA-1 of the EK modulus, hex; identifies this TPM
    std::optional<PubKey> ekPublic;
    std::optional<Durations> durations;
    std::optional<TisTimeouts> tisTimeouts;
    std::optional<SysfsInfo> sysfs;
    // TPM_INVALID_POSTINIT to the first query of a read-only read: the TPM waits for
    // TPM_Startup (after a reset, or firmware that never sent it). Nothing else was read.
    bool awaitingStartup = false;
    std::vector<Message> recoveries; // what was fixed while reading (Startup after reset)

    bool enabled() const { return permanent && !permanent->disable; }
    // Live activation: the stclear copy, refreshed from the permanent flag at Startup.
    bool active() const { return stclear && !stclear->deactivated; }
    std::string vendor() const;      // from version info, else manufacturer
    std::string chipVersion() const; // "1.2.13.12"
};

std::string familyName(TpmFamily family);
std::string ekStatusName(EkStatus status);

} // namespace tpm
