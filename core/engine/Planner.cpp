#include "engine/Plan.h"

#include <stdexcept>

namespace tpm {

namespace {

constexpr const char* kFirmwareHint =
    "In the firmware setup (on ThinkPads: Security > Security Chip; elsewhere usually "
    "Security > TPM), set the security chip to Active/Enabled, save and restart";

} // namespace

PresenceRule presenceRule(const PermanentFlags& p, const StclearFlags& s, bool needed) {
    if (!needed)
        return {StepStatus::Done, "not needed: the TPM is already enabled and activated"};
    if (s.physicalPresence)
        return {StepStatus::Done, "physical presence is already asserted for this boot"};
    if (!p.physicalPresenceCMDEnable && p.physicalPresenceLifetimeLock)
        return {StepStatus::Blocked,
                std::string("software physical presence is disabled for the lifetime of this "
                            "chip, so enabling and activating can only be done in firmware. ") +
                    kFirmwareHint + "."};
    if (s.physicalPresenceLock)
        return {StepStatus::Blocked,
                std::string("the firmware locked physical presence for this boot, so the "
                            "operating system cannot enable or activate the TPM. ") +
                    kFirmwareHint + ", then run this again."};
    if (!p.physicalPresenceCMDEnable)
        return {StepStatus::Needed, "enable software presence (CMD_ENABLE), then assert it"};
    return {StepStatus::Needed, "assert physical presence for the enable and activate commands"};
}

namespace {

std::string turnOnReason(bool needEnable, bool needOwnerInstall) {
    if (needEnable && needOwnerInstall)
        return "the TPM is disabled and accepts no owner; TPM_PhysicalEnable turns it on at "
               "once and TPM_SetOwnerInstall allows an owner";
    if (needEnable)
        return "the TPM is disabled; TPM_PhysicalEnable turns it on at once";
    return "owner installation is switched off; TPM_SetOwnerInstall allows an owner";
}

} // namespace

const PlanStep* Plan::next() const {
    for (const PlanStep& s : steps)
        if (s.status == StepStatus::Needed || s.status == StepStatus::Blocked)
            return &s;
    return nullptr;
}

const PlanStep& Plan::step(StepId id) const {
    for (const PlanStep& s : steps)
        if (s.id == id)
            return s;
    throw std::logic_error("plan has no such step");
}

Plan makePlan(const TpmState& state, const RunProgress& progress) {
    Plan plan;
    auto add = [&plan](StepId id, StepStatus status, std::string reason) {
        plan.steps.push_back({id, status, std::move(reason)});
    };

    if (state.family != TpmFamily::Tpm12 || !state.permanent || !state.stclear) {
        const std::string why =
            state.awaitingStartup
                ? "the TPM waits for TPM_Startup, which firmware normally sends at boot; "
                  "provisioning sends it first (or send it alone with `tpmprov startup`)"
            : state.family == TpmFamily::Tpm20
                ? "this is a TPM 2.0; this version provisions TPM 1.2 only"
            : state.family == TpmFamily::Tpm11
                ? "this is a TPM 1.1; this version provisions TPM 1.2 only"
                : "the TPM's state could not be read";
        for (StepId id :
             {StepId::PhysicalPresence, StepId::Enable, StepId::Activate, StepId::Restart,
              StepId::SelfTest, StepId::EndorsementKey, StepId::TakeOwnership, StepId::Verify})
            add(id, StepStatus::Skipped, why);
        return plan;
    }

    const PermanentFlags& p = *state.permanent;
    const StclearFlags& s = *state.stclear;
    const bool owned = state.owned.value_or(false);
    const bool needEnable = p.disable;
    const bool needOwnerInstall = !p.ownership && !owned;
    const bool needActivate = p.deactivated;
    const PresenceRule presence =
        presenceRule(p, s, needEnable || needOwnerInstall || needActivate);
    const bool presenceBlocked = presence.status == StepStatus::Blocked;

    add(StepId::PhysicalPresence, presence.status, presence.reason);

    if (needEnable || needOwnerInstall)
        add(StepId::Enable, presenceBlocked ? StepStatus::Blocked : StepStatus::Needed,
            presenceBlocked ? "needs physical presence (see above)"
                            : turnOnReason(needEnable, needOwnerInstall));
    else
        add(StepId::Enable, StepStatus::Done, "already enabled");

    if (needActivate)
        add(StepId::Activate, presenceBlocked ? StepStatus::Blocked : StepStatus::Needed,
            presenceBlocked ? "needs physical presence (see above)"
            : s.deactivated ? "the TPM is deactivated; activation takes effect after a restart"
                            : "the TPM is active now but set to start deactivated; activation "
                              "keeps it active after the next restart");
    else
        add(StepId::Activate, StepStatus::Done, "already activated");

    // Only the live flag decides: after a clear in this boot the permanent flag says
    // deactivated while the TPM still works until the next restart.
    if (s.deactivated && needActivate)
        add(StepId::Restart, presenceBlocked ? StepStatus::Blocked : StepStatus::Needed,
            "after activation the TPM works only from the next restart on");
    else if (s.deactivated)
        add(StepId::Restart, StepStatus::Needed,
            "activation is set and takes effect at the next restart");
    else
        add(StepId::Restart, StepStatus::Done, "not needed: the TPM is active");

    const bool ready = !p.disable && !s.deactivated;
    if (owned && !progress.ownershipTaken)
        add(StepId::SelfTest, StepStatus::Skipped, "the TPM already has an owner");
    else if (progress.selfTestDone)
        add(StepId::SelfTest, StepStatus::Done, "passed in this run");
    else
        add(StepId::SelfTest, StepStatus::Needed,
            ready ? "test the chip before it generates the storage root key"
                  : "runs once the TPM is enabled and active");

    if (owned)
        add(StepId::EndorsementKey, StepStatus::Done, "exists (the TPM has an owner)");
    else if (state.ek == EkStatus::Present || state.ek == EkStatus::Unreadable)
        add(StepId::EndorsementKey, StepStatus::Done, "present");
    else if (state.ek == EkStatus::Absent)
        add(StepId::EndorsementKey, StepStatus::Needed,
            "the TPM has no endorsement key; ownership needs one");
    else if (ready)
        add(StepId::EndorsementKey, StepStatus::Needed,
            "the endorsement key could not be read; read it again, and create it only if the "
            "TPM has none");
    else
        add(StepId::EndorsementKey, StepStatus::Needed,
            "checked once the TPM is enabled and active");

    if (owned)
        add(StepId::TakeOwnership, StepStatus::Done,
            progress.ownershipTaken ? "taken in this run" : "the TPM already has an owner");
    else if (!p.ownership && presenceBlocked)
        add(StepId::TakeOwnership, StepStatus::Blocked,
            "owner installation is switched off on this TPM (TPM_SetOwnerInstall) and physical "
            "presence cannot be asserted; allow it in the firmware setup's security chip menu");
    else if (!p.ownership)
        add(StepId::TakeOwnership, StepStatus::Needed,
            "once owner installation is allowed (see above): generate the storage root key "
            "and set the owner secret");
    else
        add(StepId::TakeOwnership, StepStatus::Needed,
            "generate the storage root key and set the owner secret");

    if (progress.verified)
        add(StepId::Verify, StepStatus::Done, "the owner secret and the SRK verified");
    else if (owned && !progress.ownershipTaken)
        add(StepId::Verify, StepStatus::Skipped,
            "the TPM has an owner this run did not set; check a password with verify-owner");
    else
        add(StepId::Verify, StepStatus::Needed,
            "prove the new owner secret works and read the storage root key back");
    return plan;
}

std::string stepName(StepId id) {
    switch (id) {
    case StepId::PhysicalPresence:
        return "physical-presence";
    case StepId::Enable:
        return "enable";
    case StepId::Activate:
        return "activate";
    case StepId::Restart:
        return "restart";
    case StepId::SelfTest:
        return "self-test";
    case StepId::EndorsementKey:
        return "endorsement-key";
    case StepId::TakeOwnership:
        return "take-ownership";
    case StepId::Verify:
        return "verify";
    }
    return "unknown";
}

std::string stepTitle(StepId id) {
    switch (id) {
    case StepId::PhysicalPresence:
        return "Assert physical presence";
    case StepId::Enable:
        return "Turn the TPM on";
    case StepId::Activate:
        return "Activate the TPM";
    case StepId::Restart:
        return "Restart the computer";
    case StepId::SelfTest:
        return "Run the TPM's self-test";
    case StepId::EndorsementKey:
        return "Create the endorsement key";
    case StepId::TakeOwnership:
        return "Take ownership";
    case StepId::Verify:
        return "Verify the owner secret";
    }
    return "Unknown step";
}

std::string stepStatusName(StepStatus s) {
    switch (s) {
    case StepStatus::Needed:
        return "needed";
    case StepStatus::Done:
        return "done";
    case StepStatus::Skipped:
        return "skipped";
    case StepStatus::Blocked:
        return "blocked";
    }
    return "unknown";
}

} // namespace tpm
