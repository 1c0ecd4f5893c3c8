#pragma once
// The one table from D-Bus method to polkit action. A unit test checks it against the
// annotations in resources/dbus/io.github.TpmProvisioner1.xml and the actions in
// resources/polkit/io.github.tpmprovisioner.policy, so the three cannot drift apart.

#include <array>
#include <string_view>

namespace tpmprov::helper {

enum class Method {
    GetState,
    AssertPresence,
    Enable,
    Activate,
    Startup,
    SelfTest,
    CreateEndorsementKey,
    TakeOwnership,
    Provision,
    VerifyOwner,
    VerifyOwnerPassword,
    VerifyLockout,
    ResetLockout,
    ClearWithLockout,
    ForceClear,
    RequestPhysicalPresence,
    Cancel,
    GetJob,
};

struct MethodAction {
    Method method;
    std::string_view name;   // the D-Bus method name
    std::string_view action; // its polkit action id
    std::string_view what;   // "take ownership of the TPM": completes "You are not allowed to ..."
    bool usesTpm;            // talks to the TPM: refused with Error.Busy while a job runs
};

inline constexpr std::array kMethodActions = std::to_array<MethodAction>({
    {Method::GetState, "GetState", "io.github.tpmprovisioner.read-state", "read the TPM's state",
     true},
    {Method::AssertPresence, "AssertPresence", "io.github.tpmprovisioner.assert-presence",
     "assert physical presence on the TPM", true},
    {Method::Enable, "Enable", "io.github.tpmprovisioner.enable", "turn the TPM on", true},
    {Method::Activate, "Activate", "io.github.tpmprovisioner.activate", "activate the TPM", true},
    {Method::Startup, "Startup", "io.github.tpmprovisioner.startup", "start the TPM", true},
    {Method::SelfTest, "SelfTest", "io.github.tpmprovisioner.self-test", "run the TPM's self-test",
     true},
    {Method::CreateEndorsementKey, "CreateEndorsementKey", "io.github.tpmprovisioner.create-ek",
     "create the TPM's endorsement key", true},
    {Method::TakeOwnership, "TakeOwnership", "io.github.tpmprovisioner.take-ownership",
     "take ownership of the TPM", true},
    {Method::Provision, "Provision", "io.github.tpmprovisioner.provision",
     "set up (provision) the TPM", true},
    {Method::VerifyOwner, "VerifyOwner", "io.github.tpmprovisioner.verify-owner",
     "check the TPM's owner password", true},
    {Method::VerifyOwnerPassword, "VerifyOwnerPassword", "io.github.tpmprovisioner.verify-owner",
     "check the TPM's owner password", true},
    {Method::VerifyLockout, "VerifyLockout", "io.github.tpmprovisioner.verify-lockout",
     "check the TPM's lockout password", true},
    {Method::ResetLockout, "ResetLockout", "io.github.tpmprovisioner.reset-lockout",
     "reset the TPM's dictionary-attack lockout", true},
    {Method::ClearWithLockout, "ClearWithLockout", "io.github.tpmprovisioner.clear-with-lockout",
     "clear the TPM with its lockout password and destroy its keys", true},
    {Method::ForceClear, "ForceClear", "io.github.tpmprovisioner.force-clear",
     "clear the TPM and destroy its keys", true},
    {Method::RequestPhysicalPresence, "RequestPhysicalPresence",
     "io.github.tpmprovisioner.request-physical-presence",
     "ask the firmware to change the TPM at the next boot", false},
    {Method::Cancel, "Cancel", "io.github.tpmprovisioner.cancel", "cancel a TPM operation", false},
    {Method::GetJob, "GetJob", "io.github.tpmprovisioner.read-state",
     "read the result of a TPM operation", false},
});

// Not a method's own action: asked in addition when GetJob or Cancel names a job another uid
// started (jobs belong to their requester, as in udisks and PackageKit).
inline constexpr std::string_view kOtherUsersJobsAction =
    "io.github.tpmprovisioner.manage-other-users-jobs";

constexpr const MethodAction& methodAction(Method method) {
    for (const MethodAction& entry : kMethodActions)
        if (entry.method == method)
            return entry;
    return kMethodActions.front(); // unreachable: every Method has a row (checked below)
}

constexpr bool everyMethodHasOneRow() {
    for (std::size_t i = 0; i < kMethodActions.size(); ++i) {
        if (static_cast<std::size_t>(kMethodActions[i].method) != i)
            return false;
    }
    return kMethodActions.size() == static_cast<std::size_t>(Method::GetJob) + 1;
}
static_assert(everyMethodHasOneRow(), "kMethodActions: one row per Method, in enum order");

} // namespace tpmprov::helper
