#pragma once
// The "tpm2" object of a status document: what a TPM 2.0 reported (engine/Tpm2Details.h),
// written and read back by the one codec. Handles are "0x81000001" strings, as tpm2-tools
// prints them.

#include "engine/Tpm2Details.h"

#include <QJsonObject>

namespace tpm::report {

// "0x81000001": a TPM handle (or 32-bit attribute word) as tpm2-tools prints it.
QString handleText(std::uint32_t handle);

QJsonObject tpm2ToJson(const Tpm2Details& details);
Tpm2Details tpm2FromJson(const QJsonObject& object);

} // namespace tpm::report
