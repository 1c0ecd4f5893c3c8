// This project's own error kinds: malformed answers (Protocol), crypto failures, usage
// mistakes and deliberate engine stops.

#include "CatalogueInternal.h"

#include <array>

namespace tpm::explain::detail {
namespace {

constexpr const char* kGarbledDetail =
    "The bytes that came back do not form a valid TPM 1.2 answer. Causes: a transfer problem "
    "between driver and chip, another program's answer mixed in (two programs using the TPM at "
    "once), a chip in a bad state after a reset, or a bug in this tool.";
constexpr const char* kGarbledNext =
    "Retry once; the engine checks the TPM's state before repeating anything. If it repeats, "
    "make sure no other program uses the TPM (stop tcsd, tpm2-abrmd), restart the computer, "
    "and report it with the raw bytes from the log.";

constexpr std::array kProtocol = std::to_array<CatalogueEntry>({
    {1, "PROTOCOL_TRUNCATED", "The TPM's answer was cut short.", kGarbledDetail, kGarbledNext},
    {2, "PROTOCOL_LENGTH_MISMATCH", "The TPM's answer has a wrong length field.", kGarbledDetail,
     kGarbledNext},
    {3, "PROTOCOL_BAD_TAG", "The TPM's answer starts with an unexpected tag.", kGarbledDetail,
     kGarbledNext},
    {4, "PROTOCOL_TRAILING_BYTES", "The TPM's answer has extra bytes at the end.", kGarbledDetail,
     kGarbledNext},
    {5, "PROTOCOL_BAD_VALUE", "The TPM's answer contains a value the specification forbids.",
     "A field in the answer (for example a flag that must be 0 or 1) has an impossible value. "
     "Some older or unusual chips deviate from the specification; otherwise the answer was "
     "damaged.",
     "Retry once. If it repeats, report it with the chip version and the raw bytes from the "
     "log."},
    {6, "PROTOCOL_TPM2_RESPONSE", "This is a TPM 2.0, not a TPM 1.2.",
     "The chip answered with a TPM 2.0 tag. This version provisions TPM 1.2 only; a TPM 2.0 "
     "needs no ownership step like TPM 1.2 and is managed with other tools. (Some laptops can "
     "switch their chip between 1.2 and 2.0 with a vendor firmware update.)",
     "Use tpm2-tools (tpm2_getcap, tpm2_clear, tpm2_changeauth), systemd-cryptenroll for disk "
     "encryption, or the firmware setup to clear it."},
});

constexpr std::array kCrypto = std::to_array<CatalogueEntry>({
    {1, "CRYPTO_OPENSSL_FAILURE", "A cryptographic operation on this computer failed.",
     "OpenSSL could not perform a hash, HMAC, random-number or RSA operation. This is about "
     "this computer's crypto library, not the TPM.",
     "Retry; if it repeats, check the OpenSSL installation (a restrictive FIPS configuration "
     "can forbid SHA-1 or RSA-OAEP with SHA-1, which TPM 1.2 needs) and report it."},
    {2, "CRYPTO_RESPONSE_AUTH_MISMATCH", "The TPM's answer failed its authenticity check.",
     "The TPM proves each authorized answer with an HMAC keyed by the secret it used; the HMAC "
     "in this answer did not match. Usually the secret this tool used to check the reply is not "
     "the one the TPM used (for example a different password encoding), or the reply was "
     "altered on the way.",
     "Do not repeat the step blindly: first read the TPM's flags (owned or not) and verify the "
     "password. If it repeats, something between this tool and the chip alters data."},
    {3, "CRYPTO_BAD_KEY", "A key from the TPM could not be used.",
     "The public key read from the TPM (for example the endorsement key) is malformed or not "
     "a usable RSA key.",
     "Retry reading it; if it repeats, report it with the chip version."},
});

constexpr CatalogueEntry kUsage{
    0, "USAGE_ERROR", "The request cannot be done as asked.",
    "The action was refused before anything was sent to the TPM, because the request itself is "
    "impossible (for example a missing option or a conflicting choice).",
    "Read the message, correct the request and try again."};

constexpr std::array kEngineCodes = std::to_array<CatalogueEntry>({
    {1, "ENGINE_NOT_TPM12", "This is not a TPM 1.2.",
     "The chip answered as a TPM 2.0, as a TPM 1.1, or not like a TPM at all. This version "
     "provisions TPM 1.2 only.",
     "For a TPM 2.0 use tpm2-tools (tpm2_getcap, tpm2_clear) or systemd-cryptenroll. A TPM "
     "1.1b chip cannot be provisioned with this tool."},
    {2, "ENGINE_BLOCKED", "This step can only be done in the firmware setup.",
     "The step needs physical presence, and the firmware does not let the running system "
     "assert it (locked for this boot, or for the lifetime of the chip).",
     kFirmwareSetupSteps},
    {3, "ENGINE_ALREADY_OWNED", "The TPM already had an owner; its owner was left alone.",
     "Ownership can be taken only once. The owner may be an earlier run, Windows, another tool, "
     "or a previous user of the computer.",
     "If you know the owner password, check it with `tpmprov verify-owner` (one try: wrong "
     "tries count toward the lockout). If nobody knows it, clear the TPM in the firmware setup "
     "and run provisioning again."},
    {4, "ENGINE_SECRET_NOT_CONFIRMED",
     "Ownership was not taken: the owner password is not "
     "confirmed as saved.",
     "The owner password cannot be read back from the TPM; if it is lost, the only way back is "
     "clearing the TPM, which destroys every key made under it.",
     "Store the password (password manager or a printed copy), confirm that it is saved, and "
     "run again."},
    {5, "ENGINE_OWNED_BUT_SECRET_REJECTED",
     "The TPM is owned, but not with the password chosen "
     "in this run.",
     "An answer from the TPM was lost (timeout or reset) and afterwards the TPM had an owner, "
     "but the chosen password does not work for it: someone else, another program or an "
     "earlier run with another password, took ownership.",
     "If you know who set the owner, use their password (`tpmprov verify-owner`). Otherwise "
     "clear the TPM in the firmware setup and run provisioning again."},
    {6, "ENGINE_STEP_HAD_NO_EFFECT",
     "A step reported success, but the TPM's state did not "
     "change.",
     "The engine reads the TPM's flags after every step; the flag this step should change stayed "
     "as it was. Some firmware ignores such changes from the running system, and some only "
     "take effect after a restart.",
     "Restart the computer and run again. If the same step stops again, do it in the firmware "
     "setup (\"Security > Security Chip\" on ThinkPads, \"Security > TPM\" elsewhere)."},
    {7, "ENGINE_SRK_MISMATCH", "The storage root key read back is not the one just created.",
     "After taking ownership the engine reads the storage root key back with the new owner "
     "password and compares it with the one TakeOwnership returned. They differ, which should "
     "never happen: the TPM was owned again in between, or answers are being altered.",
     "Do not store secrets with this TPM yet. Check the state with `tpmprov status` and report "
     "it with the diagnostic report."},
    {8, "ENGINE_TOO_MANY_RESETS", "The TPM kept resetting.",
     "Each time the engine sent TPM_Startup and continued, the TPM was reset again (0x26 "
     "again). Usual causes: a command that always times out, after which the driver or chip "
     "resets; suspend/resume during provisioning; or a hardware fault.",
     "Check dmesg for \"Operation Timed out\" (see the explanation of ETIME), keep the "
     "computer awake, shut it down completely once, and run again."},
    {9, "ENGINE_NOT_OWNED", "The TPM has no owner.",
     "An owner operation (such as checking the owner password) needs a TPM that has an owner.",
     "Take ownership first with `tpmprov provision` or the wizard."},
    {10, "ENGINE_TPM_TURNED_OFF", "The TPM is turned off.",
     "A disabled or deactivated TPM refuses owner commands (TPM_DISABLED, TPM_DEACTIVATED) "
     "before it looks at the password, so the check was not sent: it could only fail.",
     "Turn the TPM on with `tpmprov provision` or the wizard: on an owned TPM this needs no "
     "owner password and leaves the owner alone (activation takes effect after a restart). "
     "Then check the password again."},
    {11, "ENGINE_LOCKOUT_SET_BEFORE",
     "The TPM 2.0 already had a lockout password; it was left alone.",
     "The lockout password resets and clears the TPM. It was set before this run, by Windows "
     "(which keeps it), the firmware, another tool or an earlier run, so this run neither "
     "changed the dictionary-attack settings nor set a password of its own. Trying a password "
     "costs a try: one wrong lockout password blocks it for the TPM's lockout-recovery time.",
     "If you have that password, check it once with `tpmprov verify-lockout`. If nobody has "
     "it, clear the TPM in the firmware setup (its TPM or security menu), then run "
     "provisioning again."},
    {12, "ENGINE_CHECK_FAILED", "What this run set does not read back as set.",
     "After provisioning the engine reads the TPM's flags and the storage key back. They do "
     "not show what the run just set, which should never happen: another program changed the "
     "TPM in between, or answers are being altered.",
     "Do not rely on this TPM yet. Check the state with `tpmprov status` and report it with the "
     "JSON report (`tpmprov --json provision`)."},
});

constexpr CatalogueEntry kEngine{
    0, "ENGINE_STOPPED", "The provisioning engine stopped on purpose.",
    "The engine stopped before doing something unsafe or impossible in the TPM's current "
    "state; nothing was changed by the step that stopped.",
    "Follow the message; after fixing its cause, run the wizard again and it continues from the "
    "current state."};

} // namespace

std::span<const CatalogueEntry> protocolCodes() {
    return kProtocol;
}
std::span<const CatalogueEntry> cryptoCodes() {
    return kCrypto;
}
std::span<const CatalogueEntry> engineCodes() {
    return kEngineCodes;
}
const CatalogueEntry& usageEntry() {
    return kUsage;
}
const CatalogueEntry& engineEntry() {
    return kEngine;
}

} // namespace tpm::explain::detail
