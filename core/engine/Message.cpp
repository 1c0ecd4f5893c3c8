#include "engine/Message.h"

#include <array>

namespace tpm {

namespace {

struct MessageText {
    MessageId id;
    std::string_view key;
    std::string_view english;
};

#define TPMPROV_FIRMWARE_HINT                                                                      \
    "In the firmware setup (on ThinkPads: Security > Security Chip; elsewhere usually "            \
    "Security > TPM), set the security chip to Active/Enabled, save and restart"

// One row per MessageId, in the enum's order (checked by a unit test).
constexpr std::array kMessages{
    MessageText{MessageId::Text, "text", "%1"},
    MessageText{MessageId::PresenceNotNeeded, "plan.presence.not-needed",
                "not needed: the TPM is already enabled and activated"},
    MessageText{MessageId::PresenceAlreadyAsserted, "plan.presence.already-asserted",
                "physical presence is already asserted for this boot"},
    MessageText{MessageId::PresenceLifetimeLock, "plan.presence.lifetime-lock",
                "software physical presence is disabled for the lifetime of this chip, so "
                "enabling and activating can only be done in firmware. " TPMPROV_FIRMWARE_HINT "."},
    MessageText{MessageId::PresenceFirmwareLock, "plan.presence.firmware-lock",
                "the firmware locked physical presence for this boot, so the operating system "
                "cannot enable or activate the TPM. " TPMPROV_FIRMWARE_HINT
                ", then run this again."},
    MessageText{MessageId::PresenceEnableCmd, "plan.presence.enable-cmd",
                "enable software presence (CMD_ENABLE), then assert it"},
    MessageText{MessageId::PresenceAssert, "plan.presence.assert",
                "assert physical presence for the enable and activate commands"},
    MessageText{MessageId::NeedsPresence, "plan.needs-presence",
                "needs physical presence (see above)"},
    MessageText{MessageId::EnableDisabledNoOwnerInstall, "plan.enable.disabled-no-owner-install",
                "the TPM is disabled and accepts no owner; TPM_PhysicalEnable turns it on at "
                "once and TPM_SetOwnerInstall allows an owner"},
    MessageText{MessageId::EnableDisabled, "plan.enable.disabled",
                "the TPM is disabled; TPM_PhysicalEnable turns it on at once"},
    MessageText{MessageId::EnableOwnerInstallOff, "plan.enable.owner-install-off",
                "owner installation is switched off; TPM_SetOwnerInstall allows an owner"},
    MessageText{MessageId::EnableDone, "plan.enable.done", "already enabled"},
    MessageText{MessageId::ActivateDeactivated, "plan.activate.deactivated",
                "the TPM is deactivated; activation takes effect after a restart"},
    MessageText{MessageId::ActivateStartsDeactivated, "plan.activate.starts-deactivated",
                "the TPM is active now but set to start deactivated; activation keeps it "
                "active after the next restart"},
    MessageText{MessageId::ActivateDone, "plan.activate.done", "already activated"},
    MessageText{MessageId::RestartAfterActivation, "plan.restart.after-activation",
                "after activation the TPM works only from the next restart on"},
    MessageText{MessageId::RestartPending, "plan.restart.pending",
                "activation is set and takes effect at the next restart"},
    MessageText{MessageId::RestartNotNeeded, "plan.restart.not-needed",
                "not needed: the TPM is active"},
    MessageText{MessageId::AlreadyOwned, "plan.already-owned", "the TPM already has an owner"},
    MessageText{MessageId::SelfTestPassed, "plan.self-test.passed", "passed in this run"},
    MessageText{MessageId::SelfTestReady, "plan.self-test.ready",
                "test the chip before it generates the storage root key"},
    MessageText{MessageId::SelfTestLater, "plan.self-test.later",
                "runs once the TPM is enabled and active"},
    MessageText{MessageId::EkExistsOwned, "plan.tpm12.ek.exists-owned",
                "exists (the TPM has an owner)"},
    MessageText{MessageId::EkPresent, "plan.tpm12.ek.present", "present"},
    MessageText{MessageId::EkAbsent, "plan.tpm12.ek.absent",
                "the TPM has no endorsement key; ownership needs one"},
    MessageText{MessageId::EkUnreadable, "plan.tpm12.ek.unreadable",
                "the endorsement key could not be read; read it again, and create it only if "
                "the TPM has none"},
    MessageText{MessageId::EkLater, "plan.tpm12.ek.later",
                "checked once the TPM is enabled and active"},
    MessageText{MessageId::OwnershipTakenThisRun, "plan.ownership.taken-this-run",
                "taken in this run"},
    MessageText{MessageId::OwnershipInstallOffBlocked, "plan.ownership.install-off-blocked",
                "owner installation is switched off on this TPM (TPM_SetOwnerInstall) and "
                "physical presence cannot be asserted; allow it in the firmware setup's security "
                "chip menu"},
    MessageText{MessageId::OwnershipAfterInstall, "plan.ownership.after-install",
                "once owner installation is allowed (see above): generate the storage root key "
                "and set the owner secret"},
    MessageText{MessageId::OwnershipNeeded, "plan.ownership.needed",
                "generate the storage root key and set the owner secret"},
    MessageText{MessageId::VerifyDone, "plan.verify.done", "the owner secret and the SRK verified"},
    MessageText{MessageId::VerifyNotOurs, "plan.verify.not-ours",
                "the TPM has an owner this run did not set; check a password with verify-owner"},
    MessageText{MessageId::VerifyNeeded, "plan.verify.needed",
                "prove the new owner secret works and read the storage root key back"},
    MessageText{MessageId::UnsupportedAwaitingStartup, "plan.unsupported.awaiting-startup",
                "the TPM waits for TPM_Startup, which firmware normally sends at boot; "
                "provisioning sends it first (or send it alone with `tpmprov startup`)"},
    MessageText{MessageId::UnsupportedTpm20, "plan.unsupported.tpm20",
                "this is a TPM 2.0; this version provisions TPM 1.2 only"},
    MessageText{MessageId::UnsupportedTpm11, "plan.unsupported.tpm11",
                "this is a TPM 1.1; this version provisions TPM 1.2 only"},
    MessageText{MessageId::UnsupportedUnreadable, "plan.unsupported.unreadable",
                "the TPM's state could not be read"},
    MessageText{MessageId::StartupAfterReset, "note.startup-after-reset",
                "The TPM had been reset and refused commands (TPM_INVALID_POSTINIT); sent "
                "TPM_Startup(ST_CLEAR) and repeated %1."},
    MessageText{MessageId::StartupAfterResetInRun, "note.startup-after-reset-in-run",
                "The TPM had been reset and refused commands (TPM_INVALID_POSTINIT); sent "
                "TPM_Startup(ST_CLEAR) and continued."},
    MessageText{MessageId::ActivatedNextRestart, "note.activated-next-restart",
                "The TPM is activated from the next restart on."},
    MessageText{MessageId::CmdEnableSwitchedOn, "note.cmd-enable-switched-on",
                "Software physical presence (CMD_ENABLE) is now switched on for good: from now "
                "on programs running as root can assert presence in every boot in which the "
                "firmware does not lock it. Presence itself was released after use."},
    MessageText{MessageId::TakeOwnershipAttempt, "note.take-ownership-attempt",
                "Taking ownership, attempt %1 of %2: the TPM generates a 2048-bit storage root "
                "key, which can take a minute on some chips."},
    MessageText{MessageId::AnswerLost, "note.answer-lost",
                "The answer to TPM_TakeOwnership was lost (%1). Asking the TPM whether it took "
                "ownership before trying again."},
    MessageText{MessageId::CheckUnanswered, "note.check-unanswered",
                "The TPM did not answer the check (%1); it may still be working on "
                "TPM_TakeOwnership. Asking again."},
    MessageText{MessageId::CheckUnansweredAgain, "note.check-unanswered-again",
                "The TPM did not answer the check either (%1)."},
    MessageText{MessageId::StillUnowned, "note.still-unowned",
                "The TPM is still unowned, so trying again."},
    MessageText{MessageId::OwnershipRecovered, "note.ownership-recovered",
                "The TPM is owned and accepts this run's owner secret: ownership was taken even "
                "though the answer was lost."},
    MessageText{MessageId::Verified, "note.verified",
                "The TPM accepted the owner secret and returned the storage root key."},
    MessageText{MessageId::TrousersRegistered, "note.trousers-registered",
                "Registered the storage root key in trousers' key store (%1), so tpm-tools can "
                "use it."},
    MessageText{MessageId::TrousersNotRegistered, "note.trousers-not-registered",
                "The storage root key could not be registered with trousers (%1); tpm-tools "
                "commands that use it (tpm_sealdata) will answer 0x2020 until it is."},
    MessageText{MessageId::PresenceReleased, "note.presence-released",
                "Physical presence was released, so no other program can use it."},
    MessageText{MessageId::PresenceReleasedAndLocked, "note.presence-released-and-locked",
                "Physical presence was released and locked until the next restart."},
    MessageText{MessageId::PresenceNotReleased, "note.presence-not-released",
                "Physical presence could not be released (%1); it stays asserted until the next "
                "restart."},
    MessageText{MessageId::Tpm2AwaitingStartup, "plan.tpm2.awaiting-startup",
                "the TPM waits for TPM2_Startup, which firmware normally sends at boot; "
                "provisioning sends it first, then decides"},
    MessageText{MessageId::Tpm2SrkShared, "plan.tpm2.srk-shared",
                "the shared storage key is at 0x81000001 with the standard template; systemd, "
                "Windows and other programs use it"},
    MessageText{MessageId::Tpm2SrkOther, "plan.tpm2.srk-other",
                "a key with another template is at 0x81000001 (%1); it is kept, because "
                "replacing it would make everything sealed under it unreadable"},
    MessageText{MessageId::Tpm2SrkNeeded, "plan.tpm2.srk-needed",
                "nothing is at 0x81000001: the shared storage key (%1, the template systemd "
                "uses) is created there, before any owner password could get in the way"},
    MessageText{MessageId::Tpm2SrkCreated, "plan.tpm2.srk-created",
                "created by this run at 0x81000001"},
    MessageText{MessageId::Tpm2SrkHierarchyOff, "plan.tpm2.srk-hierarchy-off",
                "the storage hierarchy is turned off until the next restart, so the storage "
                "key cannot be created now; restart the computer and run this again"},
    MessageText{MessageId::Tpm2SrkOwnerAuthSet, "plan.tpm2.srk-owner-auth-set",
                "an owner password was set before (by the firmware, Windows or another tool), "
                "so the shared storage key cannot be created without it, and "
                "systemd-cryptenroll cannot create it either; remove that owner password with "
                "the tool that set it (tpm2_changeauth -c owner -p OLD), or clear the TPM"},
    MessageText{MessageId::Tpm2DaAsAsked, "plan.tpm2.da-as-asked",
                "already as asked: %1 tries, one failure forgotten every %2 s, %3 s after a "
                "wrong lockout password"},
    MessageText{MessageId::Tpm2DaNeeded, "plan.tpm2.da-needed",
                "set to %1 tries, one failure forgotten every %2 s, and %3 s after a wrong "
                "lockout password, while the lockout password is still empty"},
    MessageText{MessageId::Tpm2DaNotOurs, "plan.tpm2.da-not-ours",
                "the settings differ from the ones asked, but changing them needs the lockout "
                "password, which was set before this run: they are left as they are"},
    MessageText{MessageId::Tpm2LockoutNeeded, "plan.tpm2.lockout-needed",
                "the lockout password (it resets and clears the TPM) is set; it is stored and "
                "read back before it is sent, and travels encrypted"},
    MessageText{MessageId::Tpm2LockoutSetThisRun, "plan.tpm2.lockout-set-this-run",
                "set by this run"},
    MessageText{MessageId::Tpm2LockoutSetBefore, "plan.tpm2.lockout-set-before",
                "a lockout password was set before this run (by Windows, the firmware or "
                "another tool); it is left alone. Check one you have with `tpmprov "
                "verify-lockout` (one try)"},
    MessageText{MessageId::Tpm2OwnerLeftEmpty, "plan.tpm2.owner-left-empty",
                "the owner password stays empty, so systemd-cryptenroll, clevis and other "
                "programs can still create their keys (the policy Windows and systemd follow)"},
    MessageText{MessageId::Tpm2OwnerNeeded, "plan.tpm2.owner-needed",
                "an owner password is set as asked; from then on systemd-cryptenroll and clevis "
                "cannot create keys of their own"},
    MessageText{MessageId::Tpm2OwnerSet, "plan.tpm2.owner-set",
                "an owner password is set; it is left as it is"},
    MessageText{MessageId::Tpm2EndorsementLeftEmpty, "plan.tpm2.endorsement-left-empty",
                "the endorsement password stays empty, as attestation tools expect"},
    MessageText{MessageId::Tpm2EndorsementNeeded, "plan.tpm2.endorsement-needed",
                "an endorsement password is set as asked"},
    MessageText{MessageId::Tpm2EndorsementSet, "plan.tpm2.endorsement-set",
                "an endorsement password is set; it is left as it is"},
    MessageText{MessageId::Tpm2EndorsementHierarchyOff, "plan.tpm2.endorsement-hierarchy-off",
                "the endorsement hierarchy is turned off until the next restart, so its "
                "password cannot be set now; restart the computer and run this again"},
    MessageText{MessageId::Tpm2CheckNeeded, "plan.tpm2.check-needed",
                "what this run set is checked: the lockout password, the storage key read "
                "back, and the TPM's flags"},
    MessageText{MessageId::Tpm2CheckDone, "plan.tpm2.check-done", "checked in this run"},
    MessageText{MessageId::Tpm2CheckNotOurs, "plan.tpm2.check-not-ours",
                "this run set no password, so there is nothing of its own to check"},
    MessageText{MessageId::Tpm2LeftToItsOwner, "plan.tpm2.left-to-its-owner",
                "the TPM was set up before this run (its lockout password is set), so this run "
                "changes nothing in it"},
    MessageText{MessageId::Tpm2StartupSent, "note.tpm2.startup-sent",
                "The TPM waited for TPM2_Startup (TPM_RC_INITIALIZE); sent Startup(CLEAR) and "
                "continued."},
    MessageText{MessageId::Tpm2AnswerLost, "note.tpm2.answer-lost",
                "The answer to \"%1\" was lost (%2). The TPM's flags tell whether it was done; "
                "nothing is sent again before they are read."},
    MessageText{MessageId::Tpm2SrkFound, "note.tpm2.srk-found",
                "The storage key is at 0x81000001 after the lost answer: it is used, not "
                "created a second time."},
    MessageText{MessageId::Tpm2LockoutFound, "note.tpm2.lockout-found",
                "The TPM reports a lockout password after the lost answer: it is this run's, "
                "and it is checked next."},
    MessageText{MessageId::Tpm2NotApplied, "note.tpm2.not-applied",
                "The TPM's flags show \"%1\" was not done, so it is sent again."},
    MessageText{MessageId::Tpm2Checked, "note.tpm2.checked",
                "The TPM accepted the lockout password and returned the storage key."},
    MessageText{MessageId::Tpm2Busy, "note.tpm2.busy",
                "The TPM was busy (%1); waited %2 ms and sent the step again."},
};

#undef TPMPROV_FIRMWARE_HINT

constexpr std::array<MessageId, kMessages.size()> allIds() {
    std::array<MessageId, kMessages.size()> ids{};
    for (std::size_t i = 0; i < kMessages.size(); ++i)
        ids[i] = kMessages[i].id;
    return ids;
}
constexpr auto kAllIds = allIds();

const MessageText& row(MessageId id) {
    return kMessages.at(static_cast<std::size_t>(id));
}

} // namespace

std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (index < args.size()) {
                out += args[index];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

Message say(MessageId id, std::vector<std::string> args) {
    Message message{id, std::move(args), {}};
    message.text = fillPlaceholders(row(id).english, message.args);
    return message;
}

std::string_view messageKey(MessageId id) {
    return row(id).key;
}

std::string_view messageEnglish(MessageId id) {
    return row(id).english;
}

bool messageFromKey(std::string_view key, MessageId& id) {
    for (const MessageText& m : kMessages)
        if (m.key == key) {
            id = m.id;
            return true;
        }
    return false;
}

std::span<const MessageId> allMessageIds() {
    return kAllIds;
}

} // namespace tpm
