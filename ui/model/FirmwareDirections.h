#pragma once
// Where the TPM settings are in the firmware setup, by the computer's maker and model as DMI
// names them (readable without root), with a generic fallback: the firmware's menus follow
// the laptop maker, not the TPM's.

#include "system/MachineIdentity.h"

#include <QString>

namespace tpmprov::ui {

struct FirmwareDirections {
    QString setupKeys; // "F1", "F2", or the usual candidates
    QString tpmMenu;   // "Security → Security Chip" (rich text, bold)
    QString clearItem; // "Security → Security Chip → Clear Security Chip" (rich text, bold)
    QString maker;     // the maker the directions are for ("" for the generic ones)
};

FirmwareDirections firmwareDirections(const MachineIdentity& machine);

} // namespace tpmprov::ui
