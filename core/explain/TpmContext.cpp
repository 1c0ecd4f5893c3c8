// Fits the explanation of a TPM return code to what the engine knew when it failed: the
// command, the physical-presence bits sent, the flags read before, attempts and recovery.

#include "CatalogueInternal.h"
#include "protocol/Constants.h"

namespace tpm::explain::detail {
namespace {

bool isTakeOwnership(const Context& c) {
    return c.ordinal == ordinal::TakeOwnership || c.step == "take-ownership";
}

std::string attemptsText(int attempts) {
    return attempts == 1 ? "1 attempt" : std::to_string(attempts) + " attempts";
}

constexpr std::uint16_t kLifetimeBits =
    pp::CmdEnable | pp::HwEnable | pp::LifetimeLock | pp::CmdDisable | pp::HwDisable;
constexpr std::uint16_t kPresenceBits = pp::Lock | pp::Present | pp::NotPresent;

// TSC_PhysicalPresence answered 0x03. Works out which rule of the spec refused the bits.
void fitPresenceBadParameter(Explanation& out, const Context& c) {
    const std::uint16_t bits = c.presenceBits;
    const auto& perm = c.permanent;
    const auto& st = c.stclear;
    out.meaning = "The TPM refused the physical-presence request.";

    if (bits == 0) {
        out.detail = "TSC_PhysicalPresence was sent without any bit set, which the TPM always "
                     "refuses.";
        out.nextAction = "Report it: this tool built a wrong request.";
        return;
    }
    if ((bits & pp::ReservedMask) != 0) {
        out.detail = "The request set bits that the specification reserves; the TPM refuses "
                     "them.";
        out.nextAction = "Report it: this tool built a wrong request.";
        return;
    }
    if ((bits & kLifetimeBits) != 0 && (bits & kPresenceBits) != 0) {
        out.detail = "The request mixed a lifetime setting (such as CMD_ENABLE) with a presence "
                     "bit (such as PRESENT) in one command; the TPM requires them separately.";
        out.nextAction = "Send the setting and the presence bit as two commands. Report it if "
                         "this tool sent it.";
        return;
    }

    if ((bits & kLifetimeBits) != 0) {
        const bool enableAndDisable = ((bits & pp::CmdEnable) && (bits & pp::CmdDisable)) ||
                                      ((bits & pp::HwEnable) && (bits & pp::HwDisable));
        if (enableAndDisable) {
            out.detail = "The request both enabled and disabled the same presence mechanism.";
            out.nextAction = "Report it: this tool built a wrong request.";
            return;
        }
        if (!perm) {
            out.detail =
                "Changing physical-presence settings (here CMD_ENABLE or a related bit) is "
                "refused once the firmware has set the lifetime lock, which is normal on OEM "
                "laptops. The TPM's flags were not read, so it is unknown whether CMD_ENABLE is "
                "already set; if it is, this error is harmless.";
            out.nextAction = "Let the wizard read the TPM's flags first; it predicts this and "
                             "does not send the request when CMD_ENABLE is already set.";
            return;
        }
        if (perm->physicalPresenceLifetimeLock) {
            const bool askedCmdEnable = (bits & pp::CmdEnable) != 0;
            if (askedCmdEnable && perm->physicalPresenceCMDEnable) {
                out.harmless = true;
                out.meaning = "Harmless: the TPM refused to change a setting that is already on.";
                out.detail =
                    "The firmware locked the physical-presence settings for the lifetime of the "
                    "chip (normal on OEM laptops), so any request to change them is answered "
                    "with 0x03. CMD_ENABLE is already set, so nothing is lost: software can "
                    "still assert presence with PRESENT. tpm-tools (tpm_setpresence "
                    "--enable-cmd) reports this as a failure; the wizard reads the flags first "
                    "and does not send this.";
                out.nextAction =
                    "Nothing to do; continue. Presence is asserted with PRESENT, which works "
                    "unless the firmware also locked presence for this boot.";
                return;
            }
            if (askedCmdEnable) {
                out.detail =
                    "The firmware locked the physical-presence settings for the lifetime of the "
                    "chip while CMD_ENABLE was off. That can never be changed, so presence can "
                    "never be asserted by software on this TPM (not by this tool, tpm-tools or "
                    "Heads). Enabling, activating and clearing must be done in the firmware "
                    "setup; taking ownership needs no presence and still works from here.";
                out.nextAction = firmwareSetupSteps();
                return;
            }
            out.detail = "The firmware locked the physical-presence settings for the lifetime "
                         "of the chip (normal on OEM laptops); they can never be changed again.";
            out.nextAction = perm->physicalPresenceCMDEnable
                                 ? "Nothing to do: software presence (CMD_ENABLE) is available "
                                   "and the wizard uses it."
                                 : firmwareSetupSteps();
            out.harmless = perm->physicalPresenceCMDEnable && (bits & pp::CmdDisable) == 0 &&
                           (bits & pp::HwDisable) == 0;
            return;
        }
        out.detail = "The physical-presence settings are not lifetime-locked, yet the TPM "
                     "refused the change; the chip may implement presence in a "
                     "vendor-specific way.";
        out.nextAction = "Report it with the chip version. Meanwhile use the firmware setup "
                         "for enabling, activating or clearing.";
        return;
    }

    // Presence bits only: PRESENT, NOTPRESENT, LOCK.
    if (((bits & pp::Present) && (bits & pp::NotPresent)) ||
        ((bits & pp::Present) && (bits & pp::Lock))) {
        out.detail = "The request combined contradictory presence bits (PRESENT with NOTPRESENT, "
                     "or PRESENT with LOCK).";
        out.nextAction = "Report it: this tool built a wrong request.";
        return;
    }
    if (st && st->physicalPresenceLock) {
        if ((bits & pp::Present) == 0) {
            out.harmless = true;
            out.meaning = "Harmless: presence is already off and locked for this boot.";
            out.detail = "The firmware already locked physical presence for this boot, so the "
                         "request to switch it off or lock it changes nothing.";
            out.nextAction = "Nothing to do; continue.";
            return;
        }
        out.detail =
            "The firmware locked physical presence for this boot before the operating system "
            "started (most laptop firmware does; Heads does not). The lock lasts until the next "
            "restart, so no program can assert presence now, and the steps that need it "
            "(enable, activate, clear) must be done in the firmware setup.";
        out.nextAction = firmwareSetupSteps();
        return;
    }
    if (perm && !perm->physicalPresenceCMDEnable) {
        if (perm->physicalPresenceLifetimeLock) {
            out.detail = "Software presence (CMD_ENABLE) is off and the firmware locked that "
                         "setting for the lifetime of the chip, so presence can never be "
                         "asserted by software on this TPM.";
            out.nextAction = firmwareSetupSteps();
        } else {
            out.detail = "Software presence (CMD_ENABLE) is off, so the TPM refuses PRESENT. The "
                         "setting is not lifetime-locked, so it can be switched on first.";
            out.nextAction = "Send CMD_ENABLE first (TSC_PhysicalPresence 0x0020), then PRESENT "
                             "again; the wizard does this in that order.";
        }
        return;
    }
    out.detail = "Most likely the firmware locked physical presence for this boot (most laptop "
                 "firmware does this before the operating system starts).";
    out.nextAction = firmwareSetupSteps();
}

void fitPostInit(Explanation& out, const Context& c) {
    if (isTakeOwnership(c)) {
        appendSentence(out.detail,
                       "During taking ownership this typically follows a timeout: the kernel "
                       "gave up on the slow key generation, and the chip was reset. After "
                       "Startup the engine reads the owned flag before trying again, because "
                       "the first attempt may have completed inside the chip.");
    }
    if (c.recovered) {
        out.harmless = true;
        out.nextAction = "Nothing to do: Startup(ST_CLEAR) was sent automatically and the step "
                         "continued.";
    } else {
        out.nextAction = "Run `tpmprov startup` (it sends TPM_Startup(ST_CLEAR)), then repeat "
                         "the step. If tcsd is running, stop it first (systemctl stop tcsd): "
                         "it holds /dev/tpm0 and never sends Startup itself.";
    }
}

void fitOwnerSet(Explanation& out, const Context& c) {
    if (isTakeOwnership(c) && c.attempts > 1) {
        appendSentence(out.detail,
                       "The engine made " + attemptsText(c.attempts) +
                           ": an earlier attempt that seemed to fail (for example by a timeout) "
                           "may have completed inside the chip. If so, the owner password is "
                           "the one you just chose.");
        out.nextAction = "Verify the password you just chose; if it works, the TPM is ready. If "
                         "it does not, clear the TPM in the firmware setup and run the wizard "
                         "again.";
    }
}

void fitPresenceNeeded(Explanation& out, const Context& c) {
    if (c.stclear && c.stclear->physicalPresenceLock) {
        appendSentence(out.detail, "On this machine the firmware locked physical presence for "
                                   "this boot, so software cannot assert it.");
        out.nextAction = firmwareSetupSteps();
    } else if (c.permanent && !c.permanent->physicalPresenceCMDEnable &&
               c.permanent->physicalPresenceLifetimeLock) {
        appendSentence(out.detail, "On this TPM software presence (CMD_ENABLE) is off and "
                                   "locked for the chip's lifetime.");
        out.nextAction = firmwareSetupSteps();
    }
}

void fitDeactivated(Explanation& out, const Context& c) {
    if (c.permanent && !c.permanent->deactivated && c.stclear && c.stclear->deactivated) {
        out.detail = "Activation is already stored in the TPM, but it only takes effect at the "
                     "next boot: the live 'deactivated' flag is copied at TPM_Startup.";
        out.nextAction = "Restart the computer (a full restart, not suspend), then run the wizard "
                         "again; it continues with taking ownership.";
        return;
    }
    fitPresenceNeeded(out, c);
}

void fitAuthFail(Explanation& out, const Context& c) {
    if (isTakeOwnership(c)) {
        appendSentence(out.detail,
                       "During TakeOwnership the TPM checks the command with the new owner "
                       "password itself, so this means the command was altered on the way or "
                       "encrypted to a different endorsement key.");
    }
}

} // namespace

void fitTpm(Explanation& out, std::uint32_t rc, const Context& c) {
    switch (rc) {
    case rc::BadParameter:
        if (c.ordinal == ordinal::PhysicalPresence || c.step == "physical-presence") {
            fitPresenceBadParameter(out, c);
        }
        break;
    case rc::InvalidPostInit:
        fitPostInit(out, c);
        break;
    case rc::OwnerSet:
        fitOwnerSet(out, c);
        break;
    case rc::Deactivated:
        fitDeactivated(out, c);
        break;
    case rc::BadPresence:
    case rc::Disabled:
        fitPresenceNeeded(out, c);
        break;
    case rc::AuthFail:
        fitAuthFail(out, c);
        break;
    default:
        break;
    }
}

} // namespace tpm::explain::detail
