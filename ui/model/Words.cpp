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

QList<QPair<QString, QString>> flagLines(const TpmStatus& s) {
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
