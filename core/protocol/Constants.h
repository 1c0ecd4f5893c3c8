#pragma once
// TPM 1.2 numbers (TCG TPM Main Part 2, rev 116). Names follow the spec, without the TPM_ prefix.

#include <cstdint>

namespace tpm {

namespace tag {
inline constexpr std::uint16_t RquCommand = 0x00C1;
inline constexpr std::uint16_t RquAuth1Command = 0x00C2;
inline constexpr std::uint16_t RquAuth2Command = 0x00C3;
inline constexpr std::uint16_t RspCommand = 0x00C4;
inline constexpr std::uint16_t RspAuth1Command = 0x00C5;
inline constexpr std::uint16_t RspAuth2Command = 0x00C6;
inline constexpr std::uint16_t Tpm2NoSessions = 0x8001; // a TPM 2.0 answering
inline constexpr std::uint16_t Tpm2Sessions = 0x8002;
} // namespace tag

namespace ordinal {
inline constexpr std::uint32_t OIAP = 0x0000000A;
inline constexpr std::uint32_t TakeOwnership = 0x0000000D;
inline constexpr std::uint32_t SelfTestFull = 0x00000050;
inline constexpr std::uint32_t ContinueSelfTest = 0x00000053;
inline constexpr std::uint32_t GetTestResult = 0x00000054;
inline constexpr std::uint32_t OwnerClear = 0x0000005B;
inline constexpr std::uint32_t ForceClear = 0x0000005D;
inline constexpr std::uint32_t GetCapability = 0x00000065;
inline constexpr std::uint32_t GetCapabilityOwner = 0x00000066;
inline constexpr std::uint32_t PhysicalEnable = 0x0000006F;
inline constexpr std::uint32_t PhysicalDisable = 0x00000070;
inline constexpr std::uint32_t SetOwnerInstall = 0x00000071;
inline constexpr std::uint32_t PhysicalSetDeactivated = 0x00000072;
inline constexpr std::uint32_t CreateEndorsementKeyPair = 0x00000078;
inline constexpr std::uint32_t ReadPubek = 0x0000007C;
inline constexpr std::uint32_t OwnerReadInternalPub = 0x00000081;
inline constexpr std::uint32_t Startup = 0x00000099;
inline constexpr std::uint32_t FlushSpecific = 0x000000BA;
inline constexpr std::uint32_t PhysicalPresence = 0x4000000A; // TSC_PhysicalPresence
} // namespace ordinal

enum class StartupType : std::uint16_t { Clear = 1, State = 2, Deactivated = 3 };

namespace cap {
inline constexpr std::uint32_t Flag = 4;
inline constexpr std::uint32_t Property = 5;
inline constexpr std::uint32_t VersionVal = 0x1A;
inline constexpr std::uint32_t FlagPermanent = 0x108;
inline constexpr std::uint32_t FlagVolatile = 0x109; // TPM_STCLEAR_FLAGS
inline constexpr std::uint32_t PropManufacturer = 0x103;
inline constexpr std::uint32_t PropOwner = 0x111;
inline constexpr std::uint32_t PropTisTimeout = 0x115;
inline constexpr std::uint32_t PropDuration = 0x120;
} // namespace cap

namespace structtag {
inline constexpr std::uint16_t PermanentFlags = 0x001F;
inline constexpr std::uint16_t StclearFlags = 0x0020;
inline constexpr std::uint16_t CapVersionInfo = 0x0030;
} // namespace structtag

namespace pp { // TSC_PhysicalPresence bits
inline constexpr std::uint16_t Lock = 0x0004;
inline constexpr std::uint16_t Present = 0x0008;
inline constexpr std::uint16_t NotPresent = 0x0010;
inline constexpr std::uint16_t CmdEnable = 0x0020;
inline constexpr std::uint16_t HwEnable = 0x0040;
inline constexpr std::uint16_t LifetimeLock = 0x0080;
inline constexpr std::uint16_t CmdDisable = 0x0100;
inline constexpr std::uint16_t HwDisable = 0x0200;
inline constexpr std::uint16_t ReservedMask = 0xFC03;
} // namespace pp

inline constexpr std::uint16_t kProtocolIdOwner = 0x0005;      // TPM_PID_OWNER
inline constexpr std::uint32_t kResourceTypeAuth = 0x00000002; // TPM_RT_AUTH
inline constexpr std::uint32_t kSrkHandle = 0x40000000;        // TPM_KH_SRK
inline constexpr std::uint32_t kEkHandle = 0x40000006;         // TPM_KH_EK

// TPM_RESULT values (TPM_BASE = 0). The full list with explanations lives in the catalogue.
namespace rc {
inline constexpr std::uint32_t Success = 0x00;
inline constexpr std::uint32_t AuthFail = 0x01;
inline constexpr std::uint32_t BadIndex = 0x02;
inline constexpr std::uint32_t BadParameter = 0x03;
inline constexpr std::uint32_t ClearDisabled = 0x05;
inline constexpr std::uint32_t Deactivated = 0x06;
inline constexpr std::uint32_t Disabled = 0x07;
inline constexpr std::uint32_t DisabledCmd = 0x08;
inline constexpr std::uint32_t Fail = 0x09;
inline constexpr std::uint32_t BadOrdinal = 0x0A;
inline constexpr std::uint32_t InstallDisabled = 0x0B;
inline constexpr std::uint32_t NoSrk = 0x12;
inline constexpr std::uint32_t OwnerSet = 0x14;
inline constexpr std::uint32_t Resources = 0x15;
inline constexpr std::uint32_t BadParamSize = 0x19;
inline constexpr std::uint32_t FailedSelfTest = 0x1C;
inline constexpr std::uint32_t IoError = 0x1F;
inline constexpr std::uint32_t NoEndorsement = 0x23;
inline constexpr std::uint32_t InvalidPostInit = 0x26;
inline constexpr std::uint32_t BadMode = 0x2C;
inline constexpr std::uint32_t BadPresence = 0x2D;
inline constexpr std::uint32_t DefendLockRunning = 0x803;
inline constexpr std::uint32_t Retry = 0x800;
inline constexpr std::uint32_t NeedsSelfTest = 0x801;
inline constexpr std::uint32_t DoingSelfTest = 0x802;
inline constexpr std::uint32_t NonFatal = 0x800;
// libtpms' TPM 2.0 answers a 1.2-tagged command with tag 0x8001 and this code.
inline constexpr std::uint32_t Tpm2BadTag = 0x84;
} // namespace rc

// The kernel's duration classes; which one a command falls into decides its timeout.
enum class DurationClass { Short, Medium, Long, PhysicalPresence };

} // namespace tpm
