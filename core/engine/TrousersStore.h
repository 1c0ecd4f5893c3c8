#pragma once
// trousers (tcsd) keeps the storage root key in its system persistent store and writes it
// there only inside its own TakeOwnership (trousers src/tcs/tcsi_own.c). Without that entry
// every SRK-based tpm-tools command (tpm_sealdata -z) fails with 0x2020 TSS_E_PS_KEY_NOTFOUND
// on a TPM this product took ownership of. These functions write the entry trousers would.
//
// The store (trousers 0.3.x, version 1), integers little-endian as tcsd writes them:
//   u8 version = 1, u32 number of keys, then per key:
//   uuid[16] parentUuid[16] u16 pubSize u16 blobSize u32 vendorSize u16 flags
//   pub[pubSize] blob[blobSize] vendor[vendorSize]
// The SRK entry, as tcsd writes it after tpm_takeownership: uuid ...01, parent all zeros,
// flags VALID|PARENT_PS_SYSTEM, the public key stored as 256 zero bytes, the blob the
// TPM_KEY of the SRK parameters with that zero key and no encrypted part.

#include "protocol/Bytes.h"
#include "protocol/Result.h"

#include <string>

namespace tpm {

inline constexpr const char* kTrousersSystemStore = "/var/lib/tpm/system.data";

// `existing` (empty: no store yet) with the SRK entry trousers writes, replacing an SRK
// entry of an earlier owner and keeping every other key as it is. An unknown store version
// or a store whose lengths do not add up is an error: it is left alone.
Result<Bytes> storeWithSrk(ByteView existing);

// The default store path when trousers is installed, else "". trousers is known by its
// configuration file (the package's conffile), not by /var/lib/tpm: Debian's tpm-udev
// creates that directory (the tss user's home) without trousers.
inline constexpr const char* kTrousersConfig = "/etc/tcsd.conf";
std::string installedTrousersStore(const std::string& trousersConfig = kTrousersConfig);

// Reads `path` (missing: empty), writes storeWithSrk() as a new 0600 file beside it, owned
// like the directory (tss for /var/lib/tpm), and renames it into place. tcsd must not be
// running (it cannot be while this product holds the TPM device).
Result<void> registerSrkInTrousersStore(const std::string& path);

} // namespace tpm
