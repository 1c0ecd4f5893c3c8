#include "model/Words.h"

#include <QCoreApplication>

namespace tpmprov::ui::words {

QString stepTitle(const QString& step) {
    if (step == QStringLiteral("startup"))
        return QCoreApplication::translate("Words", "Start the TPM");
    if (step == QStringLiteral("physical-presence"))
        return QCoreApplication::translate("Words", "Confirm physical presence");
    if (step == QStringLiteral("enable"))
        return QCoreApplication::translate("Words", "Turn the TPM on");
    if (step == QStringLiteral("activate"))
        return QCoreApplication::translate("Words", "Activate the TPM");
    if (step == QStringLiteral("restart"))
        return QCoreApplication::translate("Words", "Restart the computer");
    if (step == QStringLiteral("self-test"))
        return QCoreApplication::translate("Words", "Test the chip");
    if (step == QStringLiteral("endorsement-key"))
        return QCoreApplication::translate("Words", "Create the endorsement key");
    if (step == QStringLiteral("take-ownership"))
        return QCoreApplication::translate("Words", "Take ownership");
    if (step == QStringLiteral("verify"))
        return QCoreApplication::translate("Words", "Check the owner password");
    if (step == QStringLiteral("create-srk"))
        return QCoreApplication::translate("Words", "Create the shared storage key");
    if (step == QStringLiteral("dictionary-attack"))
        return QCoreApplication::translate("Words", "Set the protection against guessing");
    if (step == QStringLiteral("lockout-password"))
        return QCoreApplication::translate("Words", "Set the lockout password");
    if (step == QStringLiteral("owner-password"))
        return QCoreApplication::translate("Words", "Set the owner password");
    if (step == QStringLiteral("endorsement-password"))
        return QCoreApplication::translate("Words", "Set the endorsement password");
    if (step == QStringLiteral("check-provisioning"))
        return QCoreApplication::translate("Words", "Check the result");
    return step;
}

QString stepWhat(const QString& step) {
    if (step == QStringLiteral("startup"))
        return QCoreApplication::translate(
            "Words", "Makes sure the TPM has been started since it was last reset; a started TPM "
                     "is left alone.");
    if (step == QStringLiteral("physical-presence"))
        return QCoreApplication::translate(
            "Words", "Tells the TPM that someone is at the computer, which it needs before it "
                     "can be turned on.");
    if (step == QStringLiteral("enable"))
        return QCoreApplication::translate("Words",
                                           "Switches the TPM on; this takes effect at once.");
    if (step == QStringLiteral("activate"))
        return QCoreApplication::translate(
            "Words", "Makes the TPM usable; this takes effect after the next restart.");
    if (step == QStringLiteral("restart"))
        return QCoreApplication::translate(
            "Words", "The TPM reads its activation setting only while the computer starts.");
    if (step == QStringLiteral("self-test"))
        return QCoreApplication::translate("Words",
                                           "Runs the TPM's full self-test before it creates keys.");
    if (step == QStringLiteral("endorsement-key"))
        return QCoreApplication::translate(
            "Words", "Creates the TPM's identity key, which taking ownership needs.");
    if (step == QStringLiteral("take-ownership"))
        return QCoreApplication::translate(
            "Words", "Sets your owner password and creates the storage root key; this can take "
                     "a minute or more.");
    if (step == QStringLiteral("verify"))
        return QCoreApplication::translate("Words",
                                           "Proves that the TPM accepts the new owner password.");
    if (step == QStringLiteral("create-srk"))
        return QCoreApplication::translate(
            "Words", "The key disk encryption and other programs keep their keys under, made "
                     "the way systemd and Windows expect it.");
    if (step == QStringLiteral("dictionary-attack"))
        return QCoreApplication::translate(
            "Words", "How many wrong passwords the TPM allows before it stops answering for a "
                     "while.");
    if (step == QStringLiteral("lockout-password"))
        return QCoreApplication::translate(
            "Words", "The password that can clear the TPM and end a lockout. Other programs do "
                     "not need it.");
    if (step == QStringLiteral("owner-password") || step == QStringLiteral("endorsement-password"))
        return QCoreApplication::translate(
            "Words", "Left empty by default, so that other programs keep working.");
    if (step == QStringLiteral("check-provisioning"))
        return QCoreApplication::translate(
            "Words", "Reads the TPM again and proves that the new password works.");
    return {};
}

QString planStatus(const QString& status) {
    if (status == QStringLiteral("needed"))
        return QCoreApplication::translate("Words", "To do");
    if (status == QStringLiteral("done"))
        return QCoreApplication::translate("Words", "Done");
    if (status == QStringLiteral("skipped"))
        return QCoreApplication::translate("Words", "Not needed");
    if (status == QStringLiteral("blocked"))
        return QCoreApplication::translate("Words", "Needs the firmware setup");
    return status;
}

QString outcome(const QString& outcome) {
    if (outcome == QStringLiteral("owned-and-verified"))
        return QCoreApplication::translate("Words", "The TPM is owned and your password works.");
    if (outcome == QStringLiteral("restart-required"))
        return QCoreApplication::translate("Words",
                                           "A restart is needed before the TPM can continue.");
    if (outcome == QStringLiteral("already-owned"))
        return QCoreApplication::translate("Words", "The TPM already has an owner.");
    if (outcome == QStringLiteral("blocked"))
        return QCoreApplication::translate("Words", "The firmware does not allow this step.");
    if (outcome == QStringLiteral("not-supported"))
        return QCoreApplication::translate("Words", "This TPM is not supported.");
    if (outcome == QStringLiteral("cancelled"))
        return QCoreApplication::translate("Words", "Cancelled.");
    return QCoreApplication::translate("Words", "The step failed.");
}

QString duration(std::uint32_t seconds) {
    // Whole hours or minutes from two of them on, so the number is never 1 there.
    if (seconds >= 2 * 3600 && seconds % 3600 == 0)
        return QCoreApplication::translate("Words", "%1 hours").arg(seconds / 3600);
    if (seconds >= 120)
        return QCoreApplication::translate("Words", "%1 minutes").arg((seconds + 30) / 60);
    if (seconds == 1)
        return QCoreApplication::translate("Words", "1 second");
    return QCoreApplication::translate("Words", "%1 seconds").arg(seconds);
}

QString encodingLabel(tpm::SecretEncoding encoding) {
    switch (encoding) {
    case tpm::SecretEncoding::Sha1:
        return QCoreApplication::translate("Words", "tpm-tools and Heads compatible");
    case tpm::SecretEncoding::Windows:
    case tpm::SecretEncoding::Utf16:
        return QCoreApplication::translate("Words", "Windows compatible");
    case tpm::SecretEncoding::Utf16Nul:
        return QCoreApplication::translate("Words", "older pop-up password prompts");
    }
    return {};
}

namespace {

QString yesNo(bool value) {
    return value ? QCoreApplication::translate("Words", "yes")
                 : QCoreApplication::translate("Words", "no");
}

QString setOrEmpty(bool set) {
    return set ? QCoreApplication::translate("Words", "set")
               : QCoreApplication::translate("Words", "empty");
}

QString srkLine(const tpm::Tpm2Details& d) {
    if (!d.srk)
        return QCoreApplication::translate("Words", "none yet \u2014 the wizard creates it");
    const QString algorithm = QString::fromStdString(d.srk->algorithm).toUpper();
    return d.srk->sharedTemplate
               ? QCoreApplication::translate(
                     "Words", "%1, the shared one (disk encryption and Windows use it too)")
                     .arg(algorithm)
               : QCoreApplication::translate("Words", "%1, made another way: %2")
                     .arg(algorithm, QString::fromStdString(d.srk->templateDetail));
}

QString lockoutLine(const tpm::Tpm2DictionaryAttack& da, bool inLockout) {
    QString line =
        QCoreApplication::translate("Words", "%1 wrong passwords allowed, one forgotten every "
                                             "%2 s; %3 counted now")
            .arg(da.maxTries)
            .arg(da.interval)
            .arg(da.counter);
    if (inLockout)
        line = QCoreApplication::translate("Words", "%1 \u2014 locked out now").arg(line);
    return line;
}

} // namespace

QList<QPair<QString, QString>> tpm2FlagLines(const TpmStatus& s) {
    QList<QPair<QString, QString>> lines;
    const tpm::Tpm2Permanent& p = s.tpm2Permanent();
    const tpm::Tpm2Details& d = s.tpm2();
    lines.append(
        {QCoreApplication::translate("Words", "Lockout password"), setOrEmpty(p.lockoutAuthSet)});
    lines.append(
        {QCoreApplication::translate("Words", "Owner password"), setOrEmpty(p.ownerAuthSet)});
    lines.append({QCoreApplication::translate("Words", "Endorsement password"),
                  setOrEmpty(p.endorsementAuthSet)});
    lines.append({QCoreApplication::translate("Words", "Storage key (SRK)"), srkLine(d)});
    if (d.dictionaryAttack)
        lines.append({QCoreApplication::translate("Words", "Protection against guessing"),
                      lockoutLine(*d.dictionaryAttack, p.inLockout)});
    lines.append({QCoreApplication::translate("Words", "Clearing with the lockout password"),
                  p.disableClear ? QCoreApplication::translate(
                                       "Words", "switched off \u2014 only the firmware can clear")
                                 : QCoreApplication::translate("Words", "allowed")});
    lines.append({QCoreApplication::translate("Words", "Keys stored in the TPM"),
                  QString::number(d.persistentHandles.size())});
    lines.append({QCoreApplication::translate("Words", "systemd's NV indices"),
                  d.systemdNvIndices.empty()
                      ? QCoreApplication::translate("Words", "none")
                      : QCoreApplication::translate("Words", "%1 (systemd-pcrlock and the like; "
                                                             "a clear destroys them)")
                            .arg(d.systemdNvIndices.size())});
    const tpm::SysfsInfo* sysfs = s.state.sysfs ? &*s.state.sysfs : nullptr;
    lines.append({QCoreApplication::translate("Words", "Firmware requests (PPI)"),
                  yesNo(sysfs && sysfs->hasPpi)});
    return lines;
}

QList<QPair<QString, QString>> flagLines(const TpmStatus& s) {
    if (s.isTpm2())
        return tpm2FlagLines(s);
    QList<QPair<QString, QString>> lines;
    const bool disabled = s.permanent().disable;
    lines.append({QCoreApplication::translate("Words", "Enabled"),
                  disabled ? QCoreApplication::translate(
                                 "Words", "no \u2014 turned off (in the firmware or by "
                                          "software); the wizard can turn it on")
                           : QCoreApplication::translate("Words", "yes")});
    const bool deactivated = s.permanent().deactivated;
    const bool deactivatedNow = s.stclear().deactivated;
    QString active = QCoreApplication::translate("Words", "yes");
    if (deactivated)
        active = QCoreApplication::translate(
            "Words", "no \u2014 deactivated; the wizard can activate it (needs a restart)");
    else if (deactivatedNow)
        active = QCoreApplication::translate(
            "Words", "not yet \u2014 activation takes effect at the next restart");
    lines.append({QCoreApplication::translate("Words", "Active"), active});
    QString owner = QCoreApplication::translate("Words", "unknown");
    if (s.owned)
        owner = *s.owned ? QCoreApplication::translate("Words",
                                                       "yes \u2014 someone already took ownership")
                         : QCoreApplication::translate("Words", "no");
    lines.append({QCoreApplication::translate("Words", "Owner"), owner});
    QString presence;
    if (s.stclear().physicalPresence)
        presence = QCoreApplication::translate("Words", "confirmed for this boot");
    else if (s.stclear().physicalPresenceLock)
        presence = QCoreApplication::translate("Words", "locked by the firmware for this boot");
    else if (!s.permanent().physicalPresenceCMDEnable && s.permanent().physicalPresenceLifetimeLock)
        presence = QCoreApplication::translate(
            "Words", "only in the firmware setup (locked for the chip's lifetime)");
    else
        presence = QCoreApplication::translate("Words", "software may confirm it");
    lines.append({QCoreApplication::translate("Words", "Physical presence"), presence});
    QString ek = QCoreApplication::translate("Words", "unknown");
    if (s.ekStatus == QStringLiteral("present"))
        ek = QCoreApplication::translate("Words", "present");
    else if (s.ekStatus == QStringLiteral("absent"))
        ek = QCoreApplication::translate("Words", "missing \u2014 the wizard creates it");
    else if (s.ekStatus == QStringLiteral("unreadable"))
        ek = QCoreApplication::translate("Words", "present (not readable without the owner)");
    lines.append({QCoreApplication::translate("Words", "Endorsement key"), ek});
    lines.append({QCoreApplication::translate("Words", "Owner installation"),
                  s.permanent().ownership
                      ? QCoreApplication::translate("Words", "allowed")
                      : QCoreApplication::translate("Words", "switched off in the firmware")});
    return lines;
}

} // namespace tpmprov::ui::words
