#pragma once
// The provisioning plan: every step, in order, with whether it is needed and why.

#include "engine/Message.h"
#include "engine/TpmState.h"

#include <string>
#include <vector>

namespace tpm {

enum class StepId {
    PhysicalPresence,
    Enable,
    Activate,
    Restart,
    SelfTest,
    EndorsementKey,
    TakeOwnership,
    Verify,
    // TPM 2.0 (engine/Tpm2Plan.h); Verify is shared
    CreateSrk,
    DictionaryAttack,
    LockoutAuth,
    OwnerAuth,
    EndorsementAuth,
    CheckProvisioning,
};

enum class StepStatus {
    Needed,  // will run
    Done,    // already in the wanted state
    Skipped, // not applicable, with the reason
    Blocked, // cannot be done from the operating system, with what to do instead
};

struct PlanStep {
    StepId id;
    StepStatus status;
    Message reason;
};

struct Plan {
    std::vector<PlanStep> steps;

    // The first step that is needed or blocked: what the engine does (or stops at) next.
    const PlanStep* next() const;
    const PlanStep& step(StepId id) const;
};

// What the engine has done in this run, which the TPM's flags do not show.
struct RunProgress {
    bool selfTestDone = false;
    bool ownershipTaken = false; // by this run (or recovered as ours after a reset)
    bool verified = false;
};

Plan makePlan(const TpmState& state, const RunProgress& progress = {});

// Whether the operating system can assert physical presence (needed: whether a step needs
// it at all), and why not. The planner and engine/Presence.h share this one rule.
struct PresenceRule {
    StepStatus status;
    Message reason;
};
PresenceRule presenceRule(const PermanentFlags& p, const StclearFlags& s, bool needed);

std::string stepName(StepId id);          // "physical-presence", "take-ownership", ...
std::string stepTitle(StepId id);         // "Assert physical presence", ...
std::string stepStatusName(StepStatus s); // "needed", "done", "skipped", "blocked"

} // namespace tpm
