// Physical presence and the commands that need it: enable, activate, owner install, force
// clear.
// The builders send exactly the bits asked for; predicting a 0x03 is the engine's job.

#include "Commands.h"

namespace tpm {

namespace {
Bytes buildNoParams(std::uint32_t ordinal) {
    return CommandWriter(tag::RquCommand, ordinal).finish();
}
} // namespace

Bytes buildPhysicalPresence(std::uint16_t bits) {
    CommandWriter command(tag::RquCommand, ordinal::PhysicalPresence);
    command.params().u16(bits);
    return std::move(command).finish();
}

Bytes buildPhysicalEnable() {
    return buildNoParams(ordinal::PhysicalEnable);
}
Bytes buildPhysicalDisable() {
    return buildNoParams(ordinal::PhysicalDisable);
}

Bytes buildPhysicalSetDeactivated(bool deactivated) {
    CommandWriter command(tag::RquCommand, ordinal::PhysicalSetDeactivated);
    command.params().boolean(deactivated);
    return std::move(command).finish();
}

Bytes buildSetOwnerInstall(bool allowed) {
    CommandWriter command(tag::RquCommand, ordinal::SetOwnerInstall);
    command.params().boolean(allowed);
    return std::move(command).finish();
}

Bytes buildForceClear() {
    return buildNoParams(ordinal::ForceClear);
}

} // namespace tpm
