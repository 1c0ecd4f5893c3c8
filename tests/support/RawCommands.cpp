#include "RawCommands.h"

#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"

namespace tpm::test {

Bytes rawStartup(StartupType type) {
    CommandWriter command(tag::RquCommand, ordinal::Startup);
    command.params().u16(static_cast<std::uint16_t>(type));
    return std::move(command).finish();
}

Bytes rawPhysicalPresence(std::uint16_t bits) {
    CommandWriter command(tag::RquCommand, ordinal::PhysicalPresence);
    command.params().u16(bits);
    return std::move(command).finish();
}

Bytes rawPhysicalSetDeactivated(bool deactivated) {
    CommandWriter command(tag::RquCommand, ordinal::PhysicalSetDeactivated);
    command.params().boolean(deactivated);
    return std::move(command).finish();
}

Bytes rawPhysicalDisable() {
    return CommandWriter(tag::RquCommand, ordinal::PhysicalDisable).finish();
}

Bytes rawGetCapability(std::uint32_t capArea, std::uint32_t subCap) {
    CommandWriter command(tag::RquCommand, ordinal::GetCapability);
    command.params().u32(capArea).u32(4).u32(subCap);
    return std::move(command).finish();
}

Result<std::uint32_t> responseCode(ByteView response) {
    ByteReader reader(response);
    std::uint16_t responseTag = 0;
    std::uint32_t paramSize = 0;
    std::uint32_t code = 0;
    if (!reader.readU16(responseTag) || !reader.readU32(paramSize) || !reader.readU32(code)) {
        return Error::protocol(ProtocolErrorCode::Truncated, "response shorter than 10 bytes");
    }
    return code;
}

Result<PermanentFlagBytes> parsePermanentFlagsResponse(ByteView response) {
    auto code = responseCode(response);
    if (!code) {
        return code.error();
    }
    if (*code != rc::Success) {
        return Error::tpm(*code, "GetCapability(permanent flags)");
    }
    ByteReader reader(response.subspan(10));
    ByteView blob;
    std::uint16_t structTag = 0;
    if (!reader.readSized32(blob)) {
        return Error::protocol(ProtocolErrorCode::Truncated, "no capability blob");
    }
    ByteReader flags(blob);
    ByteView bits;
    if (!flags.readU16(structTag) || structTag != structtag::PermanentFlags ||
        !flags.readBytes(9, bits)) {
        return Error::protocol(ProtocolErrorCode::BadValue, "not TPM_PERMANENT_FLAGS");
    }
    PermanentFlagBytes out;
    out.disable = bits[0] != 0;
    out.ownership = bits[1] != 0;
    out.deactivated = bits[2] != 0;
    out.physicalPresenceLifetimeLock = bits[6] != 0;
    out.physicalPresenceHWEnable = bits[7] != 0;
    out.physicalPresenceCMDEnable = bits[8] != 0;
    return out;
}

} // namespace tpm::test
