#include "OutputFormat.h"

#include "report/Tpm2Json.h"

#include <QStringList>

namespace tpmprov {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QString optionalYesNo(const std::optional<bool>& value) {
    return value ? yesNo(*value) : QStringLiteral("unknown");
}

QString statusLabel(tpm::StepStatus status) {
    return QStringLiteral("[%1]").arg(text(tpm::stepStatusName(status)), -7);
}

// Who set what, in words: the first thing to know before touching a TPM 2.0.
void printTpm2Authorizations(QTextStream& out, const tpm::Tpm2Permanent& p) {
    auto set = [](bool isSet) {
        return isSet ? QStringLiteral("set (by the firmware, Windows or an earlier tool)")
                     : QStringLiteral("empty");
    };
    out << "  Owner auth:   " << set(p.ownerAuthSet) << "\n";
    out << "  Endorsement:  " << set(p.endorsementAuthSet) << "\n";
    out << "  Lockout auth: " << set(p.lockoutAuthSet) << "\n";
    out << "  Clear:        "
        << (p.disableClear ? QStringLiteral("disabled (disableClear): only the firmware can clear")
                           : QStringLiteral("allowed"))
        << "\n";
}

void printTpm2(QTextStream& out, const tpm::Tpm2Details& d) {
    out << "  Chip:         " << text(d.manufacturer);
    if (!d.vendorString.empty())
        out << " \"" << text(d.vendorString) << "\"";
    out << ", firmware " << text(d.firmwareVersion()) << ", spec " << text(d.familyIndicator)
        << " level " << d.specLevel << " revision " << d.specRevision / 100 << "."
        << QStringLiteral("%1").arg(d.specRevision % 100, 2, 10, QLatin1Char('0')) << "\n";
    out << "  Reached via:  " << text(d.tcti) << "\n";
    if (d.permanent)
        printTpm2Authorizations(out, *d.permanent);
    if (d.startupClear)
        out << "  Hierarchies:  storage " << (d.startupClear->shEnable ? "on" : "off")
            << ", endorsement " << (d.startupClear->ehEnable ? "on" : "off") << ", platform "
            << (d.startupClear->phEnable ? "on" : "off (the firmware disabled it)") << "\n";
    if (d.dictionaryAttack) {
        const tpm::Tpm2DictionaryAttack& da = *d.dictionaryAttack;
        out << "  Lockout:      " << da.counter << " of " << da.maxTries
            << " failed authorizations counted (one is forgotten every " << da.interval
            << " s); a wrong lockout password blocks the lockout password for "
            << da.lockoutRecovery << " s\n";
        if (d.permanent && d.permanent->inLockout)
            out << "                LOCKED OUT: the passwords of keys and NV indices are refused "
                   "until a failure is forgotten (within "
                << da.interval << " s; all of them within "
                << static_cast<qint64>(da.interval) * da.counter << " s)\n";
        if (d.permanent && da.counter > 0)
            out << (d.permanent->lockoutAuthSet
                        ? "                with the lockout password the counter can be reset now: "
                          "`tpmprov reset-lockout` (one try)\n"
                        : "                the lockout password is empty: `tpmprov reset-lockout` "
                          "with an empty file resets the counter\n");
        if (da.counter > 0)
            out << "                (an unclean power-off counts as a failure too)\n";
    }
    if (d.srk) {
        out << "  SRK:          0x81000001, " << text(d.srk->algorithm) << ", "
            << (d.srk->sharedTemplate
                    ? QStringLiteral("the shared template (systemd, Windows)")
                    : QStringLiteral("another template: ") + text(d.srk->templateDetail))
            << "\n";
    } else {
        out << "  SRK:          none at 0x81000001\n";
    }
    QStringList persistent;
    for (std::uint32_t h : d.persistentHandles)
        persistent << tpm::report::handleText(h);
    out << "  Persistent:   "
        << (persistent.isEmpty() ? QStringLiteral("none") : persistent.join(QStringLiteral(", ")))
        << "\n";
    QStringList certs;
    for (std::uint32_t h : d.ekCertificateIndices)
        certs << tpm::report::handleText(h);
    out << "  EK certs:     "
        << (certs.isEmpty() ? QStringLiteral("none") : certs.join(QStringLiteral(", "))) << "\n";
    QStringList systemdNv;
    for (std::uint32_t h : d.systemdNvIndices)
        systemdNv << tpm::report::handleText(h);
    out << "  systemd NV:   "
        << (systemdNv.isEmpty() ? QStringLiteral("none") : systemdNv.join(QStringLiteral(", ")))
        << "\n";
    QStringList banks;
    for (const std::string& b : d.pcrBanks)
        banks << text(b);
    out << "  PCR banks:    " << banks.join(QStringLiteral(", ")) << "\n";
}

// The firmware's Physical Presence Interface: what it offers, what is pending, how the last
// request ended.
void printPpi(QTextStream& out, const tpm::SysfsInfo& sysfs, bool tpm2) {
    if (!sysfs.hasPpi) {
        out << "    PPI:        not provided by the firmware\n";
        return;
    }
    const tpm::PpiState& ppi = sysfs.ppi;
    out << "    PPI:        version " << text(ppi.version);
    if (ppi.operations.empty())
        out << ", no operations offered by the firmware";
    out << "\n";
    for (const tpm::PpiOperation& op : ppi.operations) {
        const std::string name = tpm2 ? tpm::ppiTpm2OperationName(op.operation) : std::string{};
        out << "      " << op.operation;
        if (!name.empty())
            out << " (" << text(name) << ")";
        out << ": " << text(tpm::ppiStatusWords(op.status)) << "\n";
    }
    if (ppi.request && *ppi.request != 0) {
        out << "    pending:    operation " << *ppi.request;
        if (ppi.transitionAction)
            out << "; to carry it out " << text(tpm::ppiTransitionWords(*ppi.transitionAction));
        out << "\n";
    }
    if (ppi.response)
        out << "    last:       " << text(tpm::ppiOutcomeWords(*ppi.response)) << "\n";
}

} // namespace

void printPhysicalPresenceInterface(QTextStream& out, const tpm::SysfsInfo& sysfs, bool tpm2) {
    printPpi(out, sysfs, tpm2);
}

QString yesNo(bool value) {
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

void printState(QTextStream& out, const std::string& target, const tpm::TpmState& state) {
    out << "TPM at " << text(target) << "\n";
    out << "  Family:       TPM " << text(tpm::familyName(state.family));
    if (!state.familyDetail.empty())
        out << " (" << text(state.familyDetail) << ")";
    out << "\n";
    if (state.tpm12.versionInfo) {
        out << "  Chip:         version " << text(state.chipVersion()) << ", vendor "
            << text(state.vendor()) << ", spec level " << state.tpm12.versionInfo->specLevel
            << ", errata " << state.tpm12.versionInfo->errataRev << "\n";
    }
    if (state.awaitingStartup && state.family == tpm::TpmFamily::Tpm20)
        out << "  Started:      no - the TPM waits for TPM2_Startup (TPM_RC_INITIALIZE); status "
               "does not send it (it would reset the PCRs); firmware sends it at boot\n";
    else if (state.awaitingStartup)
        out << "  Started:      no - the TPM waits for TPM_Startup (TPM_INVALID_POSTINIT); "
               "status does not send it, `tpmprov startup` or `provision` does\n";
    if (state.family == tpm::TpmFamily::Tpm20 && !state.awaitingStartup)
        printTpm2(out, state.tpm2);
    if (state.tpm12.permanent && state.tpm12.stclear) {
        const tpm::PermanentFlags& p = *state.tpm12.permanent;
        const tpm::StclearFlags& s = *state.tpm12.stclear;
        out << "  Enabled:      " << yesNo(!p.disable)
            << (p.disable ? " - turned off (TPM_PhysicalEnable turns it on)" : "") << "\n";
        out << "  Active:       " << yesNo(!s.deactivated);
        if (s.deactivated && !p.deactivated)
            out << " - activation takes effect at the next restart";
        else if (p.deactivated)
            out << " - deactivated";
        out << "\n";
        out << "  Owned:        " << optionalYesNo(state.owned) << "\n";
        out << "  Endorsement:  " << text(tpm::ekStatusName(state.tpm12.ek));
        if (!state.tpm12.ekFingerprint.empty())
            out << " (SHA-1 " << text(state.tpm12.ekFingerprint) << ")";
        out << "\n";
        out << "  Presence:     software presence "
            << (p.physicalPresenceCMDEnable ? "enabled" : "disabled")
            << (p.physicalPresenceLifetimeLock ? ", settings locked for life" : "")
            << "; asserted now: " << yesNo(s.physicalPresence)
            << (s.physicalPresenceLock ? "; locked by firmware for this boot" : "") << "\n";
    }
    if (state.tpm12.durations)
        out << "  Durations:    short " << state.tpm12.durations->shortUs / 1000 << " ms, medium "
            << state.tpm12.durations->mediumUs / 1000 << " ms, long "
            << state.tpm12.durations->longUs / 1000 << " ms (reported by the TPM)\n";
    if (state.sysfs) {
        out << "  Kernel:       " << text(state.sysfs->directory) << "\n";
        if (!state.sysfs->durations.empty())
            out << "    durations:  " << text(state.sysfs->durations) << " (microseconds)\n";
        if (!state.sysfs->timeouts.empty())
            out << "    timeouts:   " << text(state.sysfs->timeouts) << "\n";
        printPpi(out, *state.sysfs, state.family == tpm::TpmFamily::Tpm20);
    }
    for (const tpm::Message& recovery : state.recoveries)
        out << "  Note:         " << text(recovery.text) << "\n";
    out.flush();
}

void printPlan(QTextStream& out, const tpm::Plan& plan) {
    out << "Plan:\n";
    for (const tpm::PlanStep& step : plan.steps)
        out << "  " << statusLabel(step.status) << " " << text(tpm::stepTitle(step.id)) << ": "
            << text(step.reason.text) << "\n";
    out.flush();
}

void printExplanation(QTextStream& out, const tpm::explain::Explanation& e,
                      const tpm::Error& error) {
    out << (e.harmless ? "Note: " : "Error: ") << text(e.name);
    if (!e.code.empty())
        out << " (" << text(e.code) << ")";
    out << ": " << text(e.meaning) << "\n";
    if (!e.detail.empty())
        out << "  " << text(e.detail) << "\n";
    if (!error.detail.empty() && e.detail.find(error.detail) == std::string::npos &&
        error.detail != e.meaning)
        out << "  Technical detail: " << text(error.detail) << "\n";
    if (!e.nextAction.empty())
        out << "  What to do: " << text(e.nextAction) << "\n";
    out.flush();
}

void printRunEnd(QTextStream& out, QTextStream& err, const tpm::ProvisionReport& report) {
    switch (report.outcome) {
    case tpm::Outcome::OwnedAndVerified:
        if (report.finalState && report.finalState->family == tpm::TpmFamily::Tpm20) {
            out << "\nDone: the TPM 2.0 is provisioned and checked: the shared storage key is at "
                   "0x81000001, the lockout password is set, and other programs (systemd-"
                   "cryptenroll, clevis) can still create their keys.\n";
            break;
        }
        out << "\nDone: the TPM is owned and the owner secret is verified.";
        if (!report.srkFingerprint.empty())
            out << "\nStorage root key SHA-1: " << text(report.srkFingerprint);
        out << "\n";
        break;
    case tpm::Outcome::RestartRequired:
        out << "\nRestart required: the TPM's activation takes effect at the next restart.\n"
               "Restart the computer, then run the same command again; it continues where it "
               "stopped.\n";
        break;
    default:
        if (report.explanation && report.error)
            printExplanation(err, *report.explanation, *report.error);
        else
            err << "Provisioning stopped: " << text(tpm::outcomeName(report.outcome)) << "\n";
        break;
    }
    out.flush();
    err.flush();
}

void printOwnerCheck(QTextStream& out, bool accepted) {
    if (accepted)
        out << "The TPM accepts this owner secret.\n";
    else
        out << "The TPM rejected this owner secret (TPM_AUTHFAIL).\n"
               "Each wrong try counts toward the TPM's dictionary-attack lockout, so check the "
               "password and its encoding (--owner-encoding) before trying again.\n";
    out.flush();
}

void printEvent(QTextStream& out, const tpm::ProvisionEvent& event) {
    switch (event.kind) {
    case tpm::ProvisionEvent::Kind::StepStarted:
        out << "==> " << text(event.message) << "\n";
        break;
    case tpm::ProvisionEvent::Kind::StepFinished:
        out << "    " << text(event.message) << "\n";
        break;
    case tpm::ProvisionEvent::Kind::StepFailed:
        out << "    failed: " << text(event.message) << "\n";
        break;
    case tpm::ProvisionEvent::Kind::Note:
        out << "    " << text(event.message) << "\n";
        break;
    }
    out.flush();
}

} // namespace tpmprov
