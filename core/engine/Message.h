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
