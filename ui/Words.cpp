#include "Words.h"

#include <QCoreApplication>

namespace tpmprov::ui::words {

namespace {
QString t(const char* text) {
    return QCoreApplication::translate("Words", text);
}
} // namespace

QString stepTitle(const QString& step) {
    if (step == QStringLiteral("startup"))
        return t("Start the TPM");
    if (step == QStringLiteral("physical-presence"))
        return t("Confirm physical presence");
    if (step == QStringLiteral("enable"))
        return t("Turn the TPM on");
    if (step == QStringLiteral("activate"))
        return t("Activate the TPM");
    if (step == QStringLiteral("restart"))
        return t("Restart the computer");
    if (step == QStringLiteral("self-test"))
        return t("Test the chip");
    if (step == QStringLiteral("endorsement-key"))
        return t("Create the endorsement key");
    if (step == QStringLiteral("take-ownership"))
        return t("Take ownership");
    if (step == QStringLiteral("verify"))
        return t("Check the owner password");
    return step;
}

QString stepWhat(const QString& step) {
    if (step == QStringLiteral("startup"))
        return t("Makes sure the TPM has been started since it was last reset; a started TPM "
                 "is left alone.");
    if (step == QStringLiteral("physical-presence"))
        return t("Tells the TPM that someone is at the computer, which it needs before it "
                 "can be turned on.");
    if (step == QStringLiteral("enable"))
        return t("Switches the TPM on; this takes effect at once.");
    if (step == QStringLiteral("activate"))
        return t("Makes the TPM usable; this takes effect after the next restart.");
    if (step == QStringLiteral("restart"))
        return t("The TPM reads its activation setting only while the computer starts.");
    if (step == QStringLiteral("self-test"))
        return t("Runs the TPM's full self-test before it creates keys.");
    if (step == QStringLiteral("endorsement-key"))
        return t("Creates the TPM's identity key, which taking ownership needs.");
    if (step == QStringLiteral("take-ownership"))
        return t("Sets your owner password and creates the storage root key; this can take "
                 "a minute or more.");
    if (step == QStringLiteral("verify"))
        return t("Proves that the TPM accepts the new owner password.");
    return {};
}

QString planStatus(const QString& status) {
    if (status == QStringLiteral("needed"))
        return t("To do");
    if (status == QStringLiteral("done"))
        return t("Done");
    if (status == QStringLiteral("skipped"))
        return t("Not needed");
    if (status == QStringLiteral("blocked"))
        return t("Needs the firmware setup");
    return status;
}

QString outcome(const QString& outcome) {
    if (outcome == QStringLiteral("owned-and-verified"))
        return t("The TPM is owned and your password works.");
    if (outcome == QStringLiteral("restart-required"))
        return t("A restart is needed before the TPM can continue.");
    if (outcome == QStringLiteral("already-owned"))
        return t("The TPM already has an owner.");
    if (outcome == QStringLiteral("blocked"))
        return t("The firmware does not allow this step.");
    if (outcome == QStringLiteral("not-supported"))
        return t("This TPM is not supported.");
    if (outcome == QStringLiteral("cancelled"))
        return t("Cancelled.");
    return t("The step failed.");
}

QString encodingLabel(tpm::SecretEncoding encoding) {
    switch (encoding) {
    case tpm::SecretEncoding::Sha1:
        return t("tpm-tools and Heads compatible");
    case tpm::SecretEncoding::Windows:
    case tpm::SecretEncoding::Utf16:
        return t("Windows compatible");
    case tpm::SecretEncoding::Utf16Nul:
        return t("TSS Unicode");
    }
    return {};
}

QList<QPair<QString, QString>> flagLines(const TpmStatus& s) {
    QList<QPair<QString, QString>> lines;
    const bool disabled = s.flag(s.permanent, "disable");
    lines.append({t("Enabled"), disabled ? t("no \u2014 turned off (in the firmware or by "
                                             "software); the wizard can turn it on")
                                         : t("yes")});
    const bool deactivated = s.flag(s.permanent, "deactivated");
    const bool deactivatedNow = s.flag(s.stclear, "deactivated");
    QString active = t("yes");
    if (deactivated)
        active = t("no \u2014 deactivated; the wizard can activate it (needs a restart)");
    else if (deactivatedNow)
        active = t("not yet \u2014 activation takes effect at the next restart");
    lines.append({t("Active"), active});
    QString owner = t("unknown");
    if (s.owned)
        owner = *s.owned ? t("yes \u2014 someone already took ownership") : t("no");
    lines.append({t("Owner"), owner});
    QString presence;
    if (s.flag(s.stclear, "physicalPresence"))
        presence = t("confirmed for this boot");
    else if (s.flag(s.stclear, "physicalPresenceLock"))
        presence = t("locked by the firmware for this boot");
    else if (!s.flag(s.permanent, "physicalPresenceCMDEnable") &&
             s.flag(s.permanent, "physicalPresenceLifetimeLock"))
        presence = t("only in the firmware setup (locked for the chip's lifetime)");
    else
        presence = t("software may confirm it");
    lines.append({t("Physical presence"), presence});
    QString ek = t("unknown");
    if (s.ekStatus == QStringLiteral("present"))
        ek = t("present");
    else if (s.ekStatus == QStringLiteral("absent"))
        ek = t("missing \u2014 the wizard creates it");
    else if (s.ekStatus == QStringLiteral("unreadable"))
        ek = t("present (not readable without the owner)");
    lines.append({t("Endorsement key"), ek});
    lines.append({t("Owner installation"), s.flag(s.permanent, "ownership")
                                               ? t("allowed")
                                               : t("switched off in the firmware")});
    return lines;
}

} // namespace tpmprov::ui::words
