// TPM 2.0 and tpm2-tss return codes (TSS2_RC): the layer (bits 16-23), and for the TPM's own
// codes the format (0: bit 7 clear; 1: a handle, session or parameter error with its number)
// decoded as tss2_tpm2_types.h defines them. The words are this product's, keyed by the base
// code; Tss2_RC_Decode's text goes into the detail as the technical name.

#include "CatalogueInternal.h"

#include <algorithm>
#include <array>
#include <tss2/tss2_rc.h>

namespace tpm::explain::detail {
namespace {

constexpr std::uint32_t kFormat1 = 0x080;
constexpr std::uint32_t kParameter = 0x040;
constexpr std::uint32_t kSession = 0x800;
constexpr std::uint32_t kVersion1 = 0x100;

// Keyed by the base code: format 1 as 0x080 | (rc & 0x3F); format 0 as rc & 0xFFF.
constexpr std::array kTpm2 = std::to_array<CatalogueEntry>({
    {0x100, "TPM_RC_INITIALIZE", "the TPM has not been started since it was reset",
     "Firmware sends TPM2_Startup at every boot; this TPM did not get it (an emulator started "
     "without it, or firmware that skipped it). Until then it refuses every command.",
     "Provisioning sends Startup(CLEAR) and continues; `tpmprov status` only reads and says "
     "so. `tpm2_startup -c` does the same by hand."},
    {0x101, "TPM_RC_FAILURE", "the TPM is in failure mode",
     "Its self-test failed; until it is reset it answers only GetTestResult and "
     "GetCapability.",
     "Power the computer off completely and on again. If it stays in failure mode, the TPM "
     "needs a firmware update from the computer's maker, or replacing."},
    {0x120, "TPM_RC_DISABLED", "the command is disabled",
     "For TPM2_Clear: disableClear is set, so neither the owner nor the lockout hierarchy may "
     "clear the TPM; only the platform can (the firmware, through a Physical Presence "
     "request).",
     "Ask the firmware to clear it (`tpmprov ppi request clear`, then restart and confirm), "
     "or use the firmware setup's \"Clear TPM\"."},
    {0x12F, "TPM_RC_AUTH_UNAVAILABLE", "no authorization of this form is possible",
     "The object or hierarchy cannot be authorized the way it was tried (for example a "
     "policy-only object used with a password).",
     "Use the authorization the object needs; if this tool tried it, report it with the "
     "trace."},
    {0x12D, "TPM_RC_UPGRADE", "the TPM is in firmware-upgrade mode",
     "A TPM firmware update was started and not finished; until it is, the TPM refuses "
     "almost every command.",
     "Finish (or cancel) the TPM firmware update with the computer maker's tool, then "
     "restart."},
    {0x143, "TPM_RC_COMMAND_CODE", "the TPM does not implement this command",
     "The command is optional or newer than this TPM's firmware.",
     "Update the TPM firmware if the computer's maker offers one; the tool avoids the "
     "command where it can."},
    {0x149, "TPM_RC_NV_AUTHORIZATION",
     "this NV index cannot be accessed with this "
     "authorization",
     "The NV index's attributes do not allow the authorization used (owner, platform or its "
     "own password). Some scripts call this AUTH_UNAVAILABLE; that is 0x12F.",
     "Use the authorization the index's attributes name (tpm2_nvreadpublic shows them)."},
    {0x14C, "TPM_RC_NV_DEFINED", "the handle or NV index is already in use",
     "An object is already stored at this persistent handle; for 0x81000001 it is an SRK "
     "that systemd, Windows or another tool created, which other programs rely on.",
     "Keep it. This tool uses an existing SRK and never evicts or replaces it."},
    {0x902, "TPM_RC_OBJECT_MEMORY", "the TPM has no room for another loaded object",
     "Objects were left loaded by a program that talks to /dev/tpm0 without the kernel's "
     "resource manager.",
     "Use /dev/tpmrm0 (this tool does); `tpm2_flushcontext -t` unloads the leftovers."},
    {0x90A, "TPM_RC_TESTING", "the TPM is still testing itself",
     "The command needs a part of the TPM that has not finished its self-test.",
     "The tool waits and sends it again by itself."},
    {0x921, "TPM_RC_LOCKOUT", "the TPM refuses authorization: it is locked out",
     "Either too many wrong passwords (the dictionary-attack lockout; inLockout is set and "
     "one failure is forgotten every lockoutInterval seconds), or one wrong lockout password "
     "locked the lockout hierarchy for lockoutRecovery seconds (inLockout stays 0).",
     "Wait: `tpmprov status` says how long. Do not try the lockout password again before "
     "then; every try restarts the wait."},
    {0x922, "TPM_RC_RETRY", "the TPM asks for the command again",
     "It was busy with something else (often NV writes) and did not run the command.",
     "The tool waits briefly and sends it again by itself."},
    {0x923, "TPM_RC_NV_UNAVAILABLE", "the TPM's non-volatile memory is busy",
     "The TPM is writing its NV memory and cannot take the command now.",
     "Wait a moment and try again."},
    {0x082, "TPM_RC_ATTRIBUTES", "the object's attributes do not allow this",
     "A template or object has attributes that the command does not accept.",
     "If this tool sent it, report it with the trace."},
    {0x084, "TPM_RC_VALUE", "a value is out of range", "A parameter's value is not allowed.",
     "If this tool sent it, report it with the trace."},
    {0x085, "TPM_RC_HIERARCHY", "the hierarchy is switched off",
     "The endorsement or storage hierarchy was disabled for this boot (ehEnable or shEnable "
     "is clear); only the platform (firmware) or the next restart enables it again.",
     "Restart the computer. If it stays off, the firmware disables it: look at its TPM "
     "settings."},
    {0x08B, "TPM_RC_HANDLE", "nothing is at this handle",
     "For a persistent handle: no object is stored there.",
     "Nothing to fix: the tool reads the list of handles first."},
    {0x08E, "TPM_RC_AUTH_FAIL", "the password was wrong, and the failure was counted",
     "The authorization value did not match; the TPM counted it toward its dictionary-"
     "attack lockout, which starts after maxTries failures.",
     "Check the password and how it was set (as text, like tpm2-tools' str:, or from a "
     "file). Do not try again blindly: each wrong try counts."},
    {0x095, "TPM_RC_SIZE", "a size is wrong",
     "A value is longer than allowed, for example a password longer than the TPM's "
     "context-hash digest.",
     "Use a shorter password (at most 32 bytes on most TPMs)."},
    {0x09F, "TPM_RC_INTEGRITY", "an integrity check failed",
     "A saved object or context does not belong to this TPM's current storage seed: the TPM "
     "was cleared since, or the object was made under another SRK.",
     "Objects sealed before a clear cannot be recovered: enroll them again (for disks: "
     "systemd-cryptenroll --tpm2-device=auto)."},
    {0x0A2, "TPM_RC_BAD_AUTH", "the password was wrong (not counted as an attack)",
     "A hierarchy's password is set and another one was given; often the firmware or Windows "
     "set the owner or lockout password before.",
     "Find the password that was set (Windows keeps the lockout authorization), or clear the "
     "TPM through the firmware."},
});

std::string layerName(std::uint32_t layer) {
    switch (layer) {
    case 0:
        return "TPM";
    case 6:
        return "FAPI";
    case 7:
        return "ESAPI";
    case 8:
        return "SYS";
    case 9:
        return "MU";
    case 10:
        return "TCTI";
    case 11:
        return "resource manager";
    case 12:
        return "resource manager (TPM code)";
    default:
        return "layer " + std::to_string(layer);
    }
}

std::string decoded(std::uint32_t rc) {
    const char* text = Tss2_RC_Decode(rc);
    return text ? std::string{text} : std::string{};
}

// The TPM's own code (layer 0, or 12 when a resource manager relays it).
Explanation explainTpmLayer(std::uint32_t rc) {
    const std::uint32_t tpmRc = rc & 0xFFFF;
    std::uint32_t base = tpmRc & 0xFFF;
    std::string where;
    if (tpmRc & kFormat1) {
        base = kFormat1 | (tpmRc & 0x3F);
        const std::uint32_t number = (tpmRc >> 8) & ((tpmRc & kParameter) ? 0xF : 0x7);
        where = (tpmRc & kParameter) ? "parameter " : (tpmRc & kSession) ? "session " : "handle ";
        where += std::to_string(number);
    } else if (!(tpmRc & kVersion1)) {
        Explanation out;
        out.code = hexCode(rc, 3);
        out.name = "TPM 1.2 code in a TPM 2.0 answer";
        out.meaning = "the TPM answered with a TPM 1.2 return code";
        out.detail = "A TPM 2.0 uses TPM 1.2 codes only for commands it does not understand as "
                     "2.0 commands.";
        out.nextAction = "Check which TPM version this is (`tpmprov status`).";
        return out;
    }
    for (const CatalogueEntry& entry : kTpm2) {
        if (entry.code != base)
            continue;
        Explanation out = fromEntry(entry, hexCode(rc, 3));
        if (!where.empty())
            out.meaning += " (" + where + ")";
        appendSentence(out.detail, "tpm2-tss: " + decoded(rc) + ".");
        return out;
    }
    Explanation out;
    out.code = hexCode(rc, 3);
    out.name = "TPM2 " + hexCode(base, 3);
    out.meaning = "the TPM 2.0 refused the command" + (where.empty() ? "" : " (" + where + ")");
    out.detail = "tpm2-tss: " + decoded(rc) + ".";
    out.nextAction = "Save the trace (`tpmprov --json`) and report it.";
    return out;
}

} // namespace

std::span<const CatalogueEntry> tpm2Codes() {
    return kTpm2;
}

bool isListedTpm2Code(std::uint32_t rc) {
    const std::uint32_t tpmRc = rc & 0xFFF;
    const std::uint32_t base = (tpmRc & kFormat1) ? (kFormat1 | (tpmRc & 0x3F)) : tpmRc;
    return std::any_of(kTpm2.begin(), kTpm2.end(),
                       [base](const CatalogueEntry& e) { return e.code == base; });
}

Explanation explainTss2(std::uint32_t rc) {
    const std::uint32_t layer = (rc >> 16) & 0xFF;
    if (layer == 0 || layer == 12)
        return explainTpmLayer(rc);
    // The software between this tool and the TPM.
    Explanation out;
    out.code = hexCode(rc, 6);
    out.name = "TSS2 " + layerName(layer);
    const std::uint32_t base = rc & 0xFFFF;
    if (layer == 10 && (base == 8 || base == 10)) { // NO_CONNECTION, IO_ERROR
        out.meaning = "the TPM could not be reached";
        out.detail = "tpm2-tss's connection to the TPM failed (tpm2-tss: " + decoded(rc) + ").";
        out.nextAction = "Check that /dev/tpmrm0 exists and that you may use it (group tss), "
                         "or that the emulator is running.";
        return out;
    }
    if (layer == 11) {
        out.meaning = "the kernel's TPM resource manager refused the command";
        out.detail = "tpm2-tss: " + decoded(rc) + ".";
        out.nextAction = "Retry once; if it repeats, report it with the kernel log (dmesg).";
        return out;
    }
    out.meaning = "the TPM 2.0 software (" + layerName(layer) + ") reported a failure";
    out.detail = "tpm2-tss: " + decoded(rc) +
                 ". This happened in the software, before or after "
                 "the TPM.";
    out.nextAction = "Save the trace (`tpmprov --json`) and report it.";
    return out;
}

namespace {

struct StepWords {
    std::uint32_t base;     // as in kTpm2: format 1 as 0x080 | code, format 0 whole
    std::string_view steps; // the steps, separated by spaces
    const char* detail;
    const char* nextAction;
};

constexpr StepWords kStepWords[] = {
    {0x0A2, "create-srk",
     "An owner password is set (by the firmware, Windows or another tool), and the shared "
     "storage key is created in the owner hierarchy, which needs it.",
     "Remove that owner password with the tool that set it (`tpm2_changeauth -c owner -p OLD`), "
     "or clear the TPM; then run provisioning again."},
    {0x0A2, "dictionary-attack lockout-password",
     "Another program set the lockout password while this run was working; nothing of this "
     "run's was accepted.",
     "Find out which program set it (`tpmprov status`); run provisioning again only when the "
     "TPM is meant to be set up by this tool."},
    {0x0A2, "verify-owner owner-password endorsement-password",
     "The password given is not the one set for this hierarchy. Owner and endorsement "
     "passwords are not protected by the dictionary-attack lockout, so the try was not "
     "counted.",
     "Check the password and how it was set (as text, like tpm2-tools' str:, or from a file)."},
    {0x08E, "verify-lockout reset-lockout clear dictionary-attack check-provisioning",
     "The lockout password given is wrong. After one wrong lockout password the TPM refuses "
     "the lockout password - even the right one - for its lockout-recovery time (see `tpmprov "
     "status`), and every further try starts that wait again.",
     "Do not try again now. Find the right password, wait out the lockout-recovery time, then "
     "try once."},
    {0x921,
     "verify-lockout reset-lockout clear dictionary-attack lockout-password "
     "check-provisioning",
     "The lockout password is blocked: a wrong one was tried within the TPM's lockout-"
     "recovery time (inLockout stays 0 for this kind of lockout).",
     "Wait the lockout-recovery time that `tpmprov status` shows without trying the lockout "
     "password; then try once with the right one. If nobody has it, clear the TPM through the "
     "firmware."},
    {0x120, "clear",
     "disableClear is set: TPM2_Clear with the lockout password is refused, and only the "
     "platform (the firmware) can allow it again.",
     "Clear the TPM in the firmware setup or through the firmware's Physical Presence "
     "Interface (a request confirmed at the next boot)."},
    {0x14C, "create-srk",
     "Something was put at 0x81000001 while this run was creating the storage key - most "
     "likely systemd-tpm2-setup, which creates the same shared key at boot.",
     "Run provisioning again: it keeps the key that is there and goes on."},
    {0x085, "create-srk endorsement-password",
     "The hierarchy this step needs is turned off for this boot (shEnable or ehEnable); only "
     "the firmware or the next restart turns it on again.",
     "Restart the computer and run provisioning again. If it stays off, look at the firmware's "
     "TPM settings."},
};

bool listsStep(std::string_view steps, std::string_view step) {
    while (!steps.empty()) {
        const auto end = steps.find(' ');
        if (steps.substr(0, end) == step)
            return true;
        if (end == std::string_view::npos)
            break;
        steps.remove_prefix(end + 1);
    }
    return false;
}

} // namespace

void fitTss2ToStep(Explanation& out, std::uint32_t rc, const Context& context) {
    const std::uint32_t layer = (rc >> 16) & 0xFF;
    if ((layer != 0 && layer != 12) || context.step.empty())
        return;
    const std::uint32_t tpmRc = rc & 0xFFF;
    const std::uint32_t base = (tpmRc & kFormat1) ? (kFormat1 | (tpmRc & 0x3F)) : tpmRc;
    for (const StepWords& words : kStepWords) {
        if (words.base != base || !listsStep(words.steps, context.step))
            continue;
        std::string detail = words.detail;
        appendSentence(detail, out.detail);
        out.detail = std::move(detail);
        out.nextAction = words.nextAction;
        return;
    }
}

} // namespace tpm::explain::detail
