#pragma once
// A snapshot of everything the engine knows about the TPM before deciding what to do.

#include "engine/Message.h"
#include "engine/Sysfs.h"
#include "engine/Tpm2Details.h"
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

// What only a TPM 1.2 (or 1.1) reports: its TPM_CAP_* answers, its endorsement key and the
// driver's timing for it. A TPM 2.0 gets its own details beside these (issue 12).
struct Tpm12Details {
    std::optional<CapVersionInfo> versionInfo;
    std::optional<Version> legacyVersion; // TPM 1.1 chips: TPM_CAP_VERSION
    std::optional<PermanentFlags> permanent;
    std::optional<StclearFlags> stclear;
    EkStatus ek = EkStatus::Unknown;
    std::string ekFingerprint; // SHA-1 of the EK modulus, hex; identifies this TPM
    std::optional<PubKey> ekPublic;
    std::optional<Durations> durations;
    std::optional<TisTimeouts> tisTimeouts;
};

// The TPM as the engine sees it: what every family has (the family tag, the manufacturer,
// whether it has an owner, the kernel's view, recoveries), and the family's own details.
struct TpmState {
    TpmFamily family = TpmFamily::Unknown;
    std::string familyDetail; // how the family was recognised
    std::string manufacturer; // TPM_CAP_PROP_MANUFACTURER as text ("STM")
    std::optional<bool> owned;
    std::optional<SysfsInfo> sysfs;
    // TPM_INVALID_POSTINIT to the first query of a read-only read: the TPM waits for
    // TPM_Startup (after a reset, or firmware that never sent it). Nothing else was read.
    bool awaitingStartup = false;
    std::vector<Message> recoveries; // what was fixed while reading (Startup after reset)
    Tpm12Details tpm12;              // family Tpm12 (the version also for Tpm11)
    Tpm2Details tpm2;                // family Tpm20, once read through tpm2-tss

    bool enabled() const { return tpm12.permanent && !tpm12.permanent->disable; }
    // Live activation: the stclear copy, refreshed from the permanent flag at Startup.
    bool active() const { return tpm12.stclear && !tpm12.stclear->deactivated; }
    std::string vendor() const;      // from version info, else manufacturer
    std::string chipVersion() const; // "1.2.13.12"
};

std::string familyName(TpmFamily family);
// A TPM's four-letter code (manufacturer, vendor string) as text: "STM " -> "STM"; bytes
// that are not printable ASCII are left out.
std::string fourCharText(std::uint32_t value);
std::string ekStatusName(EkStatus status);

} // namespace tpm
