#include "model/EngineWords.h"

#include "engine/Message.h"
#include "protocol/Result.h"

#include <QCoreApplication>

namespace tpmprov::ui::words {

namespace {

// The wizard's words for each message: %1, %2 are the message's parameters. The switch has
// no default, so a new MessageId does not compile until it has words here.
QString wordsFor(tpm::MessageId id) {
    using tpm::MessageId;
    switch (id) {
    case MessageId::Text:
        return QStringLiteral("%1");
    case MessageId::PresenceNotNeeded:
        return QCoreApplication::translate("EngineWords", "Not needed: the TPM is already on.");
    case MessageId::PresenceAlreadyAsserted:
        return QCoreApplication::translate("EngineWords",
                                           "Presence is already confirmed for this start.");
    case MessageId::PresenceLifetimeLock:
        return QCoreApplication::translate(
            "EngineWords",
            "This chip does not let software confirm presence, ever, so it can "
            "only be turned on in the firmware setup. "
            "In the firmware setup (on ThinkPads: Security > Security Chip; elsewhere usually "
            "Security > TPM), set the security chip to Active/Enabled, save and "
            "restart.");
    case MessageId::PresenceFirmwareLock:
        return QCoreApplication::translate(
            "EngineWords", "The firmware locked physical presence for this start, so the "
                           "wizard cannot turn the TPM on. "
                           "In the firmware setup (on ThinkPads: Security > Security Chip; "
                           "elsewhere usually Security > TPM), set the security chip to "
                           "Active/Enabled, save and restart. Then open the wizard again.");
    case MessageId::PresenceEnableCmd:
        return QCoreApplication::translate("EngineWords",
                                           "Allow software to confirm presence, then confirm it.");
    case MessageId::PresenceAssert:
        return QCoreApplication::translate("EngineWords",
                                           "Confirm presence so the TPM can be turned on.");
    case MessageId::NeedsPresence:
        return QCoreApplication::translate("EngineWords", "Needs physical presence (see above).");
    case MessageId::EnableDisabledNoOwnerInstall:
        return QCoreApplication::translate(
            "EngineWords",
            "The TPM is off and accepts no owner; turning it on fixes both at once.");
    case MessageId::EnableDisabled:
        return QCoreApplication::translate("EngineWords",
                                           "The TPM is off; turning it on takes effect at once.");
    case MessageId::EnableOwnerInstallOff:
        return QCoreApplication::translate("EngineWords",
                                           "The TPM accepts no owner yet; this allows one.");
    case MessageId::EnableDone:
        return QCoreApplication::translate("EngineWords", "Already on.");
    case MessageId::ActivateDeactivated:
        return QCoreApplication::translate(
            "EngineWords", "The TPM is deactivated; activating it takes effect after a restart.");
    case MessageId::ActivateStartsDeactivated:
        return QCoreApplication::translate(
            "EngineWords", "The TPM works now but is set to start deactivated; activating keeps "
                           "it working after the next restart.");
    case MessageId::ActivateDone:
        return QCoreApplication::translate("EngineWords", "Already activated.");
    case MessageId::RestartAfterActivation:
        return QCoreApplication::translate(
            "EngineWords", "After activation the TPM works only from the next restart on.");
    case MessageId::RestartPending:
        return QCoreApplication::translate(
            "EngineWords", "Activation is set and takes effect at the next restart.");
    case MessageId::RestartNotNeeded:
        return QCoreApplication::translate("EngineWords", "Not needed: the TPM is active.");
    case MessageId::AlreadyOwned:
        return QCoreApplication::translate("EngineWords", "The TPM already has an owner.");
    case MessageId::SelfTestPassed:
        return QCoreApplication::translate("EngineWords", "Passed.");
    case MessageId::SelfTestReady:
        return QCoreApplication::translate(
            "EngineWords", "Tests the chip before it creates the storage root key.");
    case MessageId::SelfTestLater:
        return QCoreApplication::translate("EngineWords", "Runs once the TPM is on and active.");
    case MessageId::EkExistsOwned:
        return QCoreApplication::translate("EngineWords", "Exists (the TPM has an owner).");
    case MessageId::EkPresent:
        return QCoreApplication::translate("EngineWords", "Present.");
    case MessageId::EkAbsent:
        return QCoreApplication::translate(
            "EngineWords", "The TPM has no endorsement key yet; taking ownership needs one.");
    case MessageId::EkUnreadable:
        return QCoreApplication::translate(
            "EngineWords", "The endorsement key could not be read; it is read again and "
                           "created only if the TPM has none.");
    case MessageId::EkLater:
        return QCoreApplication::translate("EngineWords", "Checked once the TPM is on and active.");
    case MessageId::OwnershipTakenThisRun:
        return QCoreApplication::translate("EngineWords", "Taken just now.");
    case MessageId::OwnershipInstallOffBlocked:
        return QCoreApplication::translate(
            "EngineWords", "The TPM accepts no owner and the firmware does not let the wizard "
                           "change that. Allow it in the firmware setup's security chip menu.");
    case MessageId::OwnershipAfterInstall:
        return QCoreApplication::translate(
            "EngineWords", "Once the TPM accepts an owner: sets your owner password and creates "
                           "the storage root key.");
    case MessageId::OwnershipNeeded:
        return QCoreApplication::translate(
            "EngineWords", "Sets your owner password and creates the storage root key.");
    case MessageId::VerifyDone:
        return QCoreApplication::translate("EngineWords",
                                           "The owner password and the storage root key work.");
    case MessageId::VerifyNotOurs:
        return QCoreApplication::translate(
            "EngineWords", "Someone else set the owner; you can check a password you have.");
    case MessageId::VerifyNeeded:
        return QCoreApplication::translate("EngineWords",
                                           "Proves that the new owner password works.");
    case MessageId::UnsupportedAwaitingStartup:
        return QCoreApplication::translate(
            "EngineWords", "The TPM waits to be started, which the firmware normally does at "
                           "boot; the wizard starts it first.");
    case MessageId::UnsupportedTpm20:
        return QCoreApplication::translate(
            "EngineWords", "This is a TPM 2.0; this version of the wizard sets up TPM 1.2 only.");
    case MessageId::UnsupportedTpm11:
        return QCoreApplication::translate(
            "EngineWords", "This is a TPM 1.1; this version of the wizard sets up TPM 1.2 only.");
    case MessageId::UnsupportedUnreadable:
        return QCoreApplication::translate("EngineWords", "The TPM's state could not be read.");
    case MessageId::StartupAfterReset:
        return QCoreApplication::translate(
            "EngineWords", "The TPM had been reset; the wizard started it again and repeated %1.");
    case MessageId::StartupAfterResetInRun:
        return QCoreApplication::translate(
            "EngineWords", "The TPM had been reset; the wizard started it again and continued.");
    case MessageId::ActivatedNextRestart:
        return QCoreApplication::translate("EngineWords",
                                           "The TPM is activated from the next restart on.");
    case MessageId::CmdEnableSwitchedOn:
        return QCoreApplication::translate(
            "EngineWords", "Software may now confirm physical presence for good: programs "
                           "running as administrator can confirm it at every start in which "
                           "the firmware does not lock it. The wizard released it after use.");
    case MessageId::TakeOwnershipAttempt:
        return QCoreApplication::translate(
            "EngineWords", "Taking ownership (try %1 of at most %2): the TPM creates a 2048-bit "
                           "storage root key, which can take a minute on some chips.");
    case MessageId::AnswerLost:
        return QCoreApplication::translate(
            "EngineWords", "The TPM's answer was lost (%1); the wizard asked whether it took "
                           "ownership before trying again.");
    case MessageId::CheckUnanswered:
        return QCoreApplication::translate(
            "EngineWords", "The TPM did not answer the check (%1); it may still be working. "
                           "Asking again.");
    case MessageId::CheckUnansweredAgain:
        return QCoreApplication::translate("EngineWords",
                                           "The TPM did not answer the check either (%1).");
    case MessageId::StillUnowned:
        return QCoreApplication::translate("EngineWords",
                                           "The TPM was still without an owner, so the wizard "
                                           "tried again.");
    case MessageId::OwnershipRecovered:
        return QCoreApplication::translate(
            "EngineWords", "The TPM accepts your owner password: ownership was taken although "
                           "its answer was lost.");
    case MessageId::Verified:
        return QCoreApplication::translate(
            "EngineWords",
            "The TPM accepted the owner password and returned the storage root key.");
    case MessageId::TrousersRegistered:
        return QCoreApplication::translate(
            "EngineWords", "The storage root key was registered in trousers' key store (%1), so "
                           "tpm-tools can use it.");
    case MessageId::TrousersNotRegistered:
        return QCoreApplication::translate(
            "EngineWords", "The storage root key could not be registered with trousers (%1); "
                           "tpm-tools cannot use it until it is.");
    case MessageId::PresenceReleased:
        return QCoreApplication::translate(
            "EngineWords", "Physical presence was released, so no other program can use it.");
    case MessageId::PresenceReleasedAndLocked:
        return QCoreApplication::translate(
            "EngineWords", "Physical presence was released and locked until the next restart.");
    case MessageId::PresenceNotReleased:
        return QCoreApplication::translate(
            "EngineWords", "Physical presence could not be released (%1); it stays confirmed "
                           "until the next restart.");
    case MessageId::Tpm2AwaitingStartup:
        return QCoreApplication::translate(
            "EngineWords", "The TPM waits for TPM2_Startup, which firmware normally sends at boot;"
                           " provisioning sends it first, then decides.");
    case MessageId::Tpm2SrkShared:
        return QCoreApplication::translate(
            "EngineWords", "The shared storage key is at 0x81000001 with the standard template; "
                           "systemd, Windows and other programs use it.");
    case MessageId::Tpm2SrkOther:
        return QCoreApplication::translate(
            "EngineWords", "A key with another template is at 0x81000001 (%1); it is kept, because"
                           " replacing it would make everything sealed under it unreadable.");
    case MessageId::Tpm2SrkNeeded:
        return QCoreApplication::translate(
            "EngineWords", "Nothing is at 0x81000001: the shared storage key (%1, the template "
                           "systemd uses) is created there, before any owner password could get in"
                           " the way.");
    case MessageId::Tpm2SrkCreated:
        return QCoreApplication::translate("EngineWords", "Created by this run at 0x81000001.");
    case MessageId::Tpm2SrkHierarchyOff:
        return QCoreApplication::translate(
            "EngineWords", "The storage hierarchy is turned off until the next restart, so the "
                           "storage key cannot be created now; restart the computer and run this "
                           "again.");
    case MessageId::Tpm2SrkOwnerAuthSet:
        return QCoreApplication::translate(
            "EngineWords", "An owner password was set before (by the firmware, Windows or another "
                           "tool), so the shared storage key cannot be created without it, and "
                           "systemd-cryptenroll cannot create it either; remove that owner "
                           "password with the tool that set it (tpm2_changeauth -c owner -p OLD), "
                           "or clear the TPM.");
    case MessageId::Tpm2DaAsAsked:
        return QCoreApplication::translate(
            "EngineWords", "Already as asked: %1 tries, one failure forgotten every %2 s, %3 s "
                           "after a wrong lockout password.");
    case MessageId::Tpm2DaNeeded:
        return QCoreApplication::translate(
            "EngineWords", "Set to %1 tries, one failure forgotten every %2 s, and %3 s after a "
                           "wrong lockout password, while the lockout password is still empty.");
    case MessageId::Tpm2DaNotOurs:
        return QCoreApplication::translate(
            "EngineWords", "The settings differ from the ones asked, but changing them needs the "
                           "lockout password, which was set before this run: they are left as they"
                           " are.");
    case MessageId::Tpm2LockoutNeeded:
        return QCoreApplication::translate(
            "EngineWords", "The lockout password (it resets and clears the TPM) is set; it is "
                           "stored and read back before it is sent, and travels encrypted.");
    case MessageId::Tpm2LockoutSetThisRun:
        return QCoreApplication::translate("EngineWords", "Set by this run.");
    case MessageId::Tpm2LockoutSetBefore:
        return QCoreApplication::translate(
            "EngineWords", "A lockout password was set before (by Windows, the firmware or "
                           "another program); it is left alone. If you have it, it can be "
                           "checked once.");
    case MessageId::Tpm2OwnerLeftEmpty:
        return QCoreApplication::translate(
            "EngineWords", "The owner password stays empty, so systemd-cryptenroll, clevis and "
                           "other programs can still create their keys (the policy Windows and "
                           "systemd follow).");
    case MessageId::Tpm2OwnerNeeded:
        return QCoreApplication::translate(
            "EngineWords", "An owner password is set as asked; from then on systemd-cryptenroll "
                           "and clevis cannot create keys of their own.");
    case MessageId::Tpm2OwnerSet:
        return QCoreApplication::translate("EngineWords",
                                           "An owner password is set; it is left as it is.");
    case MessageId::Tpm2EndorsementLeftEmpty:
        return QCoreApplication::translate(
            "EngineWords", "The endorsement password stays empty, as attestation tools expect.");
    case MessageId::Tpm2EndorsementNeeded:
        return QCoreApplication::translate("EngineWords",
                                           "An endorsement password is set as asked.");
    case MessageId::Tpm2EndorsementSet:
        return QCoreApplication::translate("EngineWords",
                                           "An endorsement password is set; it is left as it is.");
    case MessageId::Tpm2EndorsementHierarchyOff:
        return QCoreApplication::translate(
            "EngineWords", "The endorsement hierarchy is turned off until the next restart, so its"
                           " password cannot be set now; restart the computer and run this again.");
    case MessageId::Tpm2CheckNeeded:
        return QCoreApplication::translate(
            "EngineWords", "What this run set is checked: the lockout password, the storage key "
                           "read back, and the TPM's flags.");
    case MessageId::Tpm2CheckDone:
        return QCoreApplication::translate("EngineWords", "Checked in this run.");
    case MessageId::Tpm2CheckNotOurs:
        return QCoreApplication::translate(
            "EngineWords", "This run set no password, so there is nothing of its own to check.");
    case MessageId::Tpm2Busy:
        return QCoreApplication::translate("EngineWords",
                                           "The TPM was busy (%1); the wizard waited %2 ms and "
                                           "tried again.");
    case MessageId::Tpm2LeftToItsOwner:
        return QCoreApplication::translate("EngineWords",
                                           "The TPM was set up before (its lockout password is "
                                           "set), so nothing is changed in it.");
    case MessageId::Tpm2StartupSent:
        return QCoreApplication::translate(
            "EngineWords", "The TPM waited for TPM2_Startup (TPM_RC_INITIALIZE); sent "
                           "Startup(CLEAR) and continued.");
    case MessageId::Tpm2AnswerLost:
        return QCoreApplication::translate(
            "EngineWords", "The answer to \"%1\" was lost (%2). The TPM's flags tell whether it "
                           "was done; nothing is sent again before they are read.");
    case MessageId::Tpm2SrkFound:
        return QCoreApplication::translate(
            "EngineWords", "The storage key is at 0x81000001 after the lost answer: it is used, "
                           "not created a second time.");
    case MessageId::Tpm2LockoutFound:
        return QCoreApplication::translate(
            "EngineWords", "The TPM reports a lockout password after the lost answer: it is this "
                           "run's, and it is checked next.");
    case MessageId::Tpm2NotApplied:
        return QCoreApplication::translate(
            "EngineWords", "The TPM's flags show \"%1\" was not done, so it is sent again.");
    case MessageId::Tpm2Checked:
        return QCoreApplication::translate(
            "EngineWords", "The TPM accepted the lockout password and returned the storage key.");
    }
    return QStringLiteral("%1");
}

} // namespace

QString engineWords(const tpm::Message& message) {
    if (message.id == tpm::MessageId::Text)
        return QString::fromStdString(message.text);
    return QString::fromStdString(
        tpm::fillPlaceholders(wordsFor(message.id).toStdString(), message.args));
}

QString engineWords(const QString& id, const QStringList& args, const QString& english) {
    tpm::Message message{tpm::MessageId::Text, {}, english.toStdString()};
    if (!tpm::messageFromKey(id.toStdString(), message.id))
        return english;
    for (const QString& arg : args)
        message.args.push_back(arg.toStdString());
    return engineWords(message);
}

bool engineStopWords(std::uint32_t code, StopWords& out) {
    using tpm::EngineStopCode;
    auto set = [&out](QString meaning, QString detail, QString next) {
        out = {std::move(meaning), std::move(detail), std::move(next)};
        return true;
    };
    // No default: a new stop code does not compile until it has words here.
    switch (static_cast<EngineStopCode>(code)) {
    case EngineStopCode::NotTpm12:
        return set(QCoreApplication::translate("EngineWords", "This is not a TPM 1.2."),
                   QCoreApplication::translate(
                       "EngineWords", "The chip answered as a TPM 2.0, as a TPM 1.1, or not like "
                                      "a TPM at all. This version sets up TPM 1.2 only."),
                   QCoreApplication::translate(
                       "EngineWords", "A TPM 2.0 needs no ownership step; disk encryption tools "
                                      "such as systemd-cryptenroll use it as it is."));
    case EngineStopCode::Blocked:
        return set(QCoreApplication::translate("EngineWords",
                                               "This step can only be done in the firmware setup."),
                   QCoreApplication::translate(
                       "EngineWords",
                       "The firmware does not let the running system confirm physical "
                       "presence, which this step needs."),
                   QCoreApplication::translate(
                       "EngineWords", "Restart, open the firmware setup (on ThinkPads: Security > "
                                      "Security Chip; elsewhere usually Security > TPM), set the "
                                      "security chip to Active/Enabled, save, and open the wizard "
                                      "again."));
    case EngineStopCode::AlreadyOwned:
        return set(
            QCoreApplication::translate("EngineWords",
                                        "The TPM already had an owner; it was left alone."),
            QCoreApplication::translate(
                "EngineWords", "Ownership can be taken only once. The owner may be an earlier "
                               "setup, Windows, another tool or a previous user."),
            QCoreApplication::translate(
                "EngineWords", "If you know the owner password, check it in the wizard (one "
                               "try at a time: wrong tries count toward the lockout). If nobody "
                               "knows it, clear the TPM and set it up again."));
    case EngineStopCode::SecretNotConfirmed:
        return set(
            QCoreApplication::translate(
                "EngineWords", "Ownership was not taken: the owner password is not confirmed "
                               "as saved."),
            QCoreApplication::translate(
                "EngineWords", "The owner password cannot be read back from the TPM; if it is "
                               "lost, only clearing the TPM helps, which destroys every key "
                               "made under it."),
            QCoreApplication::translate(
                "EngineWords", "Choose where to keep the password, let the wizard save and "
                               "read it back, and try again."));
    case EngineStopCode::OwnedButSecretRejected:
        return set(
            QCoreApplication::translate("EngineWords",
                                        "The TPM is owned, but not with the password chosen here."),
            QCoreApplication::translate(
                "EngineWords", "An answer from the TPM was lost, and afterwards the TPM had an "
                               "owner whose password is not yours: another program took "
                               "ownership at the same time."),
            QCoreApplication::translate(
                "EngineWords", "Find out who set the owner and use their password; otherwise "
                               "clear the TPM and set it up again."));
    case EngineStopCode::StepHadNoEffect:
        return set(QCoreApplication::translate(
                       "EngineWords", "A step reported success, but the TPM did not change."),
                   QCoreApplication::translate(
                       "EngineWords", "Some firmware ignores such changes from the running system, "
                                      "and some apply them only after a restart."),
                   QCoreApplication::translate(
                       "EngineWords", "Restart the computer and open the wizard again. If the same "
                                      "step stops again, do it in the firmware setup."));
    case EngineStopCode::SrkMismatch:
        return set(
            QCoreApplication::translate(
                "EngineWords", "The storage root key read back is not the one just created."),
            QCoreApplication::translate(
                "EngineWords", "This should never happen: the TPM was owned again in between, "
                               "or its answers are being altered."),
            QCoreApplication::translate(
                "EngineWords", "Do not store secrets with this TPM yet. Save the report and "
                               "file a bug."));
    case EngineStopCode::TooManyResets:
        return set(QCoreApplication::translate("EngineWords", "The TPM kept resetting."),
                   QCoreApplication::translate(
                       "EngineWords", "Each time the wizard started it again, it was reset "
                                      "again: a command that always times out, suspend during "
                                      "the setup, or a hardware fault."),
                   QCoreApplication::translate(
                       "EngineWords", "Keep the computer awake, shut it down completely once, "
                                      "and open the wizard again."));
    case EngineStopCode::NotOwned:
        return set(
            QCoreApplication::translate("EngineWords", "The TPM has no owner."),
            QCoreApplication::translate("EngineWords",
                                        "Checking an owner password needs a TPM that has an "
                                        "owner."),
            QCoreApplication::translate("EngineWords", "Take ownership first with the wizard."));
    case EngineStopCode::TpmTurnedOff:
        return set(QCoreApplication::translate("EngineWords", "The TPM is turned off."),
                   QCoreApplication::translate(
                       "EngineWords", "A TPM that is off refuses owner commands before it looks "
                                      "at the password, so nothing was sent."),
                   QCoreApplication::translate(
                       "EngineWords", "Turn the TPM on with the wizard (this leaves the owner "
                                      "alone), then check the password again."));
    case EngineStopCode::LockoutSetBefore:
        return set(
            QCoreApplication::translate("EngineWords",
                                        "The TPM already has a lockout password; it was left "
                                        "alone."),
            QCoreApplication::translate(
                "EngineWords", "Windows, the firmware, another program or an earlier setup set "
                               "it. One wrong try blocks it for a long time, so the wizard does "
                               "not guess."),
            QCoreApplication::translate("EngineWords",
                                        "If you have that password, check it once. If nobody "
                                        "has it, clear the TPM through the firmware."));
    case EngineStopCode::CheckFailed:
        return set(
            QCoreApplication::translate("EngineWords", "What was set does not read back as set."),
            QCoreApplication::translate("EngineWords",
                                        "Another program changed the TPM at the same time, or "
                                        "its answers are being altered."),
            QCoreApplication::translate("EngineWords",
                                        "Do not rely on this TPM yet; save the details and "
                                        "report them."));
    }
    return false;
}

QString messageKey(const tpm::Message& message) {
    return message.id == tpm::MessageId::Text ? QString()
                                              : QString::fromLatin1(tpm::messageKey(message.id));
}

} // namespace tpmprov::ui::words
