// What the transport and traces need to know about an ordinal: its name and how long the
// kernel lets it run.

#include "Commands.h"
#include "ParseSupport.h"

namespace tpm {

namespace {

struct OrdinalInfo {
    std::uint32_t ordinal;
    const char* name;
    DurationClass duration;
};

// Durations follow the facts file table (Linux tpm1 ordinal durations).
constexpr OrdinalInfo kOrdinals[] = {
    {ordinal::OIAP, "TPM_OIAP", DurationClass::Short},
    {ordinal::TakeOwnership, "TPM_TakeOwnership", DurationClass::Long},
    {ordinal::SelfTestFull, "TPM_SelfTestFull", DurationClass::Long},
    {ordinal::ContinueSelfTest, "TPM_ContinueSelfTest", DurationClass::Long},
    {ordinal::GetTestResult, "TPM_GetTestResult", DurationClass::Short},
    {ordinal::OwnerClear, "TPM_OwnerClear", DurationClass::Short},
    {ordinal::ForceClear, "TPM_ForceClear", DurationClass::Short},
    {ordinal::GetCapability, "TPM_GetCapability", DurationClass::Short},
    {ordinal::GetCapabilityOwner, "TPM_GetCapabilityOwner", DurationClass::Short},
    {ordinal::PhysicalEnable, "TPM_PhysicalEnable", DurationClass::Short},
    {ordinal::PhysicalDisable, "TPM_PhysicalDisable", DurationClass::Short},
    {ordinal::SetOwnerInstall, "TPM_SetOwnerInstall", DurationClass::Short},
    {ordinal::PhysicalSetDeactivated, "TPM_PhysicalSetDeactivated", DurationClass::Short},
    {ordinal::CreateEndorsementKeyPair, "TPM_CreateEndorsementKeyPair", DurationClass::Long},
    {ordinal::ReadPubek, "TPM_ReadPubek", DurationClass::Short},
    {ordinal::OwnerReadInternalPub, "TPM_OwnerReadInternalPub", DurationClass::Short},
    {ordinal::Startup, "TPM_Startup", DurationClass::Short},
    {ordinal::FlushSpecific, "TPM_FlushSpecific", DurationClass::Short},
    {ordinal::PhysicalPresence, "TSC_PhysicalPresence", DurationClass::PhysicalPresence},
};

const OrdinalInfo* findOrdinal(std::uint32_t value) {
    for (const OrdinalInfo& info : kOrdinals)
        if (info.ordinal == value)
            return &info;
    return nullptr;
}

} // namespace

DurationClass durationClassOf(std::uint32_t ordinal) {
    const OrdinalInfo* info = findOrdinal(ordinal);
    return info != nullptr ? info->duration : DurationClass::Short;
}

std::string ordinalName(std::uint32_t ordinal) {
    const OrdinalInfo* info = findOrdinal(ordinal);
    return info != nullptr ? info->name : "ordinal " + detail::hex32(ordinal);
}

std::uint32_t requestOrdinal(ByteView request) {
    ByteReader reader(request);
    std::uint32_t value = 0;
    if (!reader.skip(6) || !reader.readU32(value))
        return 0;
    return value;
}

} // namespace tpm
