#pragma once
// swtpm's control channel (a TCP port of its own): u32 big-endian command code and payload,
// answered by a u32 big-endian result (0 = success). One short connection per command,
// because swtpm serves a single control client at a time.

#include "protocol/Result.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace tpm::swtpmctrl {

inline constexpr std::uint32_t kGetCapability = 1; // answered by a u64 capability mask
inline constexpr std::uint32_t kInit = 2;          // u32 flags; a power cycle
inline constexpr std::uint32_t kShutdown = 3;      // swtpm stops serving and exits

inline constexpr std::chrono::milliseconds kDefaultTimeout{5000};

// Sends INIT (flags 0): the TPM restarts and answers 0x26 until TPM_Startup.
Result<void> init(const std::string& host, std::uint16_t port,
                  std::chrono::milliseconds timeout = kDefaultTimeout);
// Sends SHUTDOWN: swtpm saves its state and terminates.
Result<void> shutdown(const std::string& host, std::uint16_t port,
                      std::chrono::milliseconds timeout = kDefaultTimeout);
// Sends GET_CAPABILITY: a harmless "are you serving?" probe.
Result<std::uint64_t> capabilities(const std::string& host, std::uint16_t port,
                                   std::chrono::milliseconds timeout = kDefaultTimeout);

} // namespace tpm::swtpmctrl
