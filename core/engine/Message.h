#pragma once
// What the engine says to a person (plan reasons, notes, recoveries): a stable id, its
// parameters, and the English text. tpmprov prints the text; the JSON carries all three; the
// wizard shows its own translated words for the id (ui/model/EngineWords), so German and French
// users never see the engine's English.
//
// Ids are part of the JSON interface: add, never rename. A text with parameters refers to
// them as %1, %2, ... (as Qt's QString::arg does).

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tpm {

enum class MessageId {
    Text, // foreign words without an id (read from an older document): "%1"

    // Plan: physical presence
    PresenceNotNeeded,
    PresenceAlreadyAsserted,
    PresenceLifetimeLock,
    PresenceFirmwareLock,
    PresenceEnableCmd,
    PresenceAssert,
    NeedsPresence,
    // Plan: turn on, activate, restart
    EnableDisabledNoOwnerInstall,
    EnableDisabled,
    EnableOwnerInstallOff,
    EnableDone,
    ActivateDeactivated,
    ActivateStartsDeactivated,
    ActivateDone,
    RestartAfterActivation,
    RestartPending,
    RestartNotNeeded,
    // Plan: self-test, endorsement key, ownership, verification
    AlreadyOwned,
    SelfTestPassed,
    SelfTestReady,
    SelfTestLater,
    EkExistsOwned,
    EkPresent,
    EkAbsent,
    EkUnreadable,
    EkLater,
    OwnershipTakenThisRun,
    OwnershipInstallOffBlocked,
    OwnershipAfterInstall,
    OwnershipNeeded,
    VerifyDone,
    VerifyNotOurs,
    VerifyNeeded,
    // Plan: a TPM this version does not provision
    UnsupportedAwaitingStartup,
    UnsupportedTpm20,
    UnsupportedTpm11,
    UnsupportedUnreadable,

    // Notes and recoveries during a run
    StartupAfterReset, // %1: the command sent again
    StartupAfterResetInRun,
    ActivatedNextRestart,
    CmdEnableSwitchedOn,
    TakeOwnershipAttempt, // %1 attempt, %2 limit
    AnswerLost,           // %1 technical detail
    CheckUnanswered,      // %1 technical detail
    CheckUnansweredAgain, // %1 technical detail
    StillUnowned,
    OwnershipRecovered,
    Verified,
    TrousersRegistered,    // %1 the key store's path
    TrousersNotRegistered, // %1 technical detail
    PresenceReleased,
    PresenceReleasedAndLocked,
    PresenceNotReleased, // %1 technical detail

    // TPM 2.0 plan (engine/Tpm2Plan.cpp)
    Tpm2AwaitingStartup,
    Tpm2SrkShared,
    Tpm2SrkOther,  // %1 what differs from the shared template
    Tpm2SrkNeeded, // %1 the key type ("ECC P-256")
    Tpm2SrkCreated,
    Tpm2SrkHierarchyOff,
    Tpm2SrkOwnerAuthSet,
    Tpm2DaAsAsked, // %1 tries, %2 seconds per failure forgotten, %3 lockout recovery seconds
    Tpm2DaNeeded,  // %1 tries, %2 seconds per failure forgotten, %3 lockout recovery seconds
    Tpm2DaNotOurs,
    Tpm2LockoutNeeded,
    Tpm2LockoutSetThisRun,
    Tpm2LockoutSetBefore,
    Tpm2OwnerLeftEmpty,
    Tpm2OwnerNeeded,
    Tpm2OwnerSet,
    Tpm2EndorsementLeftEmpty,
    Tpm2EndorsementNeeded,
    Tpm2EndorsementSet,
    Tpm2EndorsementHierarchyOff,
    Tpm2CheckNeeded,
    Tpm2CheckDone,
    Tpm2CheckNotOurs,
    Tpm2LeftToItsOwner,
    // TPM 2.0 notes during a run
    Tpm2StartupSent,
    Tpm2AnswerLost,   // %1 the step's title, %2 technical detail
    Tpm2SrkFound,     // the SRK is there after a lost answer: not created twice
    Tpm2LockoutFound, // lockoutAuthSet after a lost answer: this run's password
    Tpm2NotApplied,   // %1 the step's title: the TPM's flags show it was not done
    Tpm2Checked,
    Tpm2Busy, // %1 the code's name, %2 milliseconds waited
};

struct Message {
    MessageId id = MessageId::Text;
    std::vector<std::string> args;
    std::string text; // English, parameters filled in

    bool operator==(const Message&) const = default;
};

// The message with its English text.
Message say(MessageId id, std::vector<std::string> args = {});

// Fills %1..%9 with args in one pass (a parameter that itself holds "%2" stays as it is);
// other '%' characters stay. The wizard fills its translated words with it too.
std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args);

std::string_view messageKey(MessageId id);     // "plan.presence.firmware-lock"
std::string_view messageEnglish(MessageId id); // the English text with %1...
bool messageFromKey(std::string_view key, MessageId& id);
std::span<const MessageId> allMessageIds();

} // namespace tpm
