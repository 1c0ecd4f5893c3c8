// TSS 1.2 error codes as trousers and tpm-tools print them ("0x00001087 - layer=tddl,
// code=0087"): layer 0x0000 TPM, 0x1000 TDDL, 0x2000 TCS, 0x3000 TSP, plus a 12-bit code.
// Values from the TSS 1.2 headers tss_error.h, tddl_error.h and tcs_error.h.

#include "CatalogueInternal.h"

#include <algorithm>
#include <array>

namespace tpm::explain::detail {
namespace {

constexpr const char* kTrousersBug =
    "This is a condition inside the TSS software (trousers) and says nothing about the TPM "
    "itself.";
constexpr const char* kUseTpmprov =
    "Retry the tpm-tools command once. If it repeats, do the step with this tool instead: it "
    "talks to the TPM directly without the TSS.";
constexpr const char* kTspProgramming =
    "The program using the TSS library (libtspi) passed an object or value the library does "
    "not accept. It is a mistake or limitation of that program, not a TPM problem.";
constexpr const char* kTspProgrammingNext =
    "Report it to the authors of the program that printed it, with the command line used. "
    "For provisioning, this tool does the same steps without the TSS.";
constexpr const char* kTspDaa =
    "Direct Anonymous Attestation (DAA) lets a TPM prove it is genuine without saying which one "
    "it is. Provisioning never uses it; this came from a DAA program and the TSS library.";
constexpr const char* kTspDaaNext = "Nothing to fix for provisioning; restart the DAA join.";

// Codes every layer may return (TSS_COMMON_OFFSET 0x000).
constexpr std::array kCommon = std::to_array<CatalogueEntry>({
    {0x002, "TSS_E_FAIL", "an unspecified failure",
     "The TSS layer gave up without naming a reason; the TSS log (tcsd -f in the foreground) "
     "usually shows the real cause.",
     "Run tcsd in the foreground (systemctl stop tcsd; tcsd -f) to see its messages, then "
     "retry; or do the step with this tool."},
    {0x003, "TSS_E_BAD_PARAMETER", "one or more parameters are bad",
     "A value passed to the TSS was not accepted before anything reached the TPM.",
     "Check the command-line options of the tool that printed it."},
    {0x004, "TSS_E_INTERNAL_ERROR", "an internal software error", kTrousersBug, kUseTpmprov},
    {0x005, "TSS_E_OUTOFMEMORY", "the software ran out of memory",
     "The TSS could not allocate memory.", "Close other programs and retry."},
    {0x006, "TSS_E_NOTIMPL", "the function is not implemented",
     "This version of the TSS does not implement what was asked (for example a TPM 1.2 "
     "feature in a TSS built for 1.1).",
     "Use a newer trousers/tpm-tools, or do the step with this tool."},
    {0x008, "TSS_E_KEY_ALREADY_REGISTERED", "the key is already registered",
     "A key with this UUID already exists in the TSS key store (/var/lib/tpm/system.data or "
     "~/.trousers/user.data).",
     "Use another UUID, or unregister the old key first."},
    {0x010, "TSS_E_TPM_UNEXPECTED", "the TPM answered something unexpected",
     "The TPM's answer did not have the form the TSS expected, for example because a TPM 2.0 "
     "answered a TPM 1.2 command.",
     "Check which TPM version this machine has (cat /sys/class/tpm/tpm0/tpm_version_major on "
     "newer kernels; this tool tells you on its first screen)."},
    {0x011, "TSS_E_COMM_FAILURE", "communication failed",
     "A message between the parts of the TSS (the tool, tcsd and the driver) did not get "
     "through.",
     "Check that tcsd is running (systemctl status tcsd) and retry."},
    {0x012, "TSS_E_TIMEOUT", "the operation timed out",
     "The layer waited longer than it allows and gave up.",
     "Retry once; long operations (creating keys, taking ownership) can take over a minute on "
     "real chips."},
    {0x014, "TSS_E_TPM_UNSUPPORTED_FEATURE", "the TPM does not support this feature",
     "The TSS found that the TPM lacks what was asked for (for example a TPM 1.2 command on a "
     "1.1b chip).",
     "Check the chip version with tpm_version; this tool needs a TPM 1.2."},
    {0x016, "TSS_E_CANCELED", "the operation was canceled",
     "The operation was stopped on request (for example the password prompt was closed).",
     "Run the command again and complete it."},
    {0x020, "TSS_E_PS_KEY_NOTFOUND", "the key is not in the persistent key store",
     "The TSS keeps registered keys in a file (/var/lib/tpm/system.data for tcsd, "
     "~/.trousers/user.data per user); the key asked for is not there, for example after the "
     "file was deleted or the TPM was cleared and owned again.",
     "Register the key again, or create a new one."},
    {0x021, "TSS_E_PS_KEY_EXISTS", "the key already exists in the persistent key store",
     "A key with this UUID is already registered.", "Use another UUID or unregister the old key."},
    {0x022, "TSS_E_PS_BAD_KEY_STATE", "the persistent key store entry is damaged",
     "The key file of the TSS (/var/lib/tpm/system.data) contains an unusable entry.",
     "Stop tcsd, move the key file away (keys registered in it must then be registered "
     "again), and start tcsd."},
});

// TDDL: the device driver library inside tcsd that writes to /dev/tpm0 (offset 0x080).
constexpr std::array kTddl = std::to_array<CatalogueEntry>({
    {0x081, "TDDL_E_ALREADY_OPENED", "the TPM device is already open",
     "tcsd tried to open /dev/tpm0 twice.", "Restart tcsd (systemctl restart tcsd)."},
    {0x082, "TDDL_E_ALREADY_CLOSED", "the TPM device is not open",
     "tcsd tried to use /dev/tpm0 after closing it.", "Restart tcsd (systemctl restart tcsd)."},
    {0x083, "TDDL_E_INSUFFICIENT_BUFFER", "the receive buffer is too small",
     "The TPM's answer did not fit the buffer tcsd provided.", kUseTpmprov},
    {0x084, "TDDL_E_COMMAND_COMPLETED", "the command had already completed",
     "A cancel request came after the TPM had finished.", "Nothing to do."},
    {0x085, "TDDL_E_COMMAND_ABORTED", "the TPM aborted the command",
     "The command was canceled while the TPM processed it, by the driver or the chip.",
     "Retry; if a long command (taking ownership, creating keys) is aborted each time, see "
     "ETIME: the kernel's duration may be too short for the chip."},
    {0x087, "TDDL_E_IOERROR", "the driver reported an I/O error",
     "tcsd's write to or read from /dev/tpm0 failed. tpm-tools prints this when the kernel "
     "refused or aborted the transfer; tcsd's log shows the errno, e.g. \"write to device "
     "/dev/tpm0 failed: Timer expired\" (ETIME).",
     "Look at tcsd's log or dmesg for the errno and see its explanation (ETIME, EBUSY, EIO)."},
    {0x088, "TDDL_E_BADTAG", "an invalid or unsupported capability was requested",
     "The driver library was asked for a capability it does not know.", kUseTpmprov},
    {0x089, "TDDL_E_COMPONENT_NOT_FOUND", "the connection to the TPM device failed",
     "tcsd could not open the TPM device: /dev/tpm0 is missing, in use by another program, or "
     "not accessible.",
     "Check that /dev/tpm0 exists and that no other program (tpm2-abrmd, another tcsd) holds "
     "it, then start tcsd again."},
});

// TCS: the trousers core service daemon, tcsd (offset 0x0C0).
constexpr std::array kTcs = std::to_array<CatalogueEntry>({
    {0x0C1, "TCS_E_INVALID_CONTEXTHANDLE", "the connection handle to tcsd is not valid",
     "The program's connection to tcsd is unknown to tcsd, for example after tcsd restarted.",
     "Run the command again."},
    {0x0C2, "TCS_E_INVALID_KEYHANDLE", "the key handle is not valid",
     "tcsd does not know the key handle, for example after tcsd or the TPM was restarted.",
     "Run the command again so the key is loaded again."},
    {0x0C3, "TCS_E_INVALID_AUTHHANDLE", "the authorization session handle is not valid",
     "The session is unknown to tcsd, usually because the TPM was reset in between.",
     "Run the command again."},
    {0x0C4, "TCS_E_INVALID_AUTHSESSION", "the TPM closed the authorization session",
     "The TPM ended the session, for example after a failed command or a reset.",
     "Run the command again."},
    {0x0C5, "TCS_E_INVALID_KEY", "the key has been unloaded",
     "tcsd unloaded the key from the TPM and could not restore it.", "Run the command again."},
    {0x0C8, "TCS_E_KEY_MISMATCH", "the key handle and the UUID name different keys",
     "The program named a key by handle and by UUID, and they disagree.", kTspProgrammingNext},
    {0x0CA, "TCS_E_KM_LOADFAILED", "loading the key failed: a parent key needs a password",
     "To load a registered key, tcsd must load its parents first, and one of them needs a "
     "password tcsd does not have.",
     "Load the parent key with its password first (or use a tool that asks for it)."},
    {0x0CC, "TCS_E_KEY_CONTEXT_RELOAD", "tcsd could not reload a key into the TPM",
     "tcsd swaps keys in and out of the TPM; reloading one failed, often because the TPM was "
     "reset or cleared underneath it.",
     "Restart tcsd (systemctl restart tcsd) and retry."},
    {0x0CD, "TCS_E_BAD_INDEX", "a bad memory index", "An index passed to tcsd is not valid.",
     kTspProgrammingNext},
});

// TSP: the TSS library linked into the program (libtspi), offset 0x100.
constexpr std::array kTsp = std::to_array<CatalogueEntry>({
    {0x101, "TSS_E_INVALID_OBJECT_TYPE", "the object type is not valid for this operation",
     kTspProgramming, kTspProgrammingNext},
    {0x102, "TSS_E_NO_CONNECTION", "there is no connection to tcsd",
     "The program did not connect to tcsd (the TSS core service) before using the TPM.",
     "Start tcsd (systemctl start tcsd) and run the command again."},
    {0x103, "TSS_E_CONNECTION_FAILED", "connecting to tcsd failed",
     "The TSS library could not reach tcsd on its socket (localhost port 30003): tcsd is not "
     "running, or it stopped because it could not open /dev/tpm0.",
     "Start tcsd (systemctl start tcsd) and check its log (journalctl -u tcsd) if it stops "
     "again."},
    {0x104, "TSS_E_CONNECTION_BROKEN", "the connection to tcsd broke",
     "tcsd closed the connection in the middle of a command, usually because it crashed or was "
     "stopped.",
     "Check tcsd's log (journalctl -u tcsd), start it again and retry."},
    {0x105, "TSS_E_HASH_INVALID_ALG", "the hash algorithm is not valid", kTspProgramming,
     kTspProgrammingNext},
    {0x106, "TSS_E_HASH_INVALID_LENGTH", "the hash length does not fit the algorithm",
     kTspProgramming, kTspProgrammingNext},
    {0x107, "TSS_E_HASH_NO_DATA", "the hash object has no value", kTspProgramming,
     kTspProgrammingNext},
    {0x109, "TSS_E_INVALID_ATTRIB_FLAG", "an attribute flag is not valid", kTspProgramming,
     kTspProgrammingNext},
    {0x10A, "TSS_E_INVALID_ATTRIB_SUBFLAG", "an attribute sub-flag is not valid", kTspProgramming,
     kTspProgrammingNext},
    {0x10B, "TSS_E_INVALID_ATTRIB_DATA", "attribute data is not valid", kTspProgramming,
     kTspProgrammingNext},
    {0x10C, "TSS_E_INVALID_OBJECT_INIT_FLAG", "wrong flags for creating an object", kTspProgramming,
     kTspProgrammingNext},
    {0x10D, "TSS_E_NO_PCRS_SET", "no PCRs are selected", kTspProgramming, kTspProgrammingNext},
    {0x10E, "TSS_E_KEY_NOT_LOADED", "the key is not loaded",
     "The program used a key before loading it into the TPM.", kTspProgrammingNext},
    {0x10F, "TSS_E_KEY_NOT_SET", "no key information is available", kTspProgramming,
     kTspProgrammingNext},
    {0x110, "TSS_E_VALIDATION_FAILED", "validating data failed",
     "The TSS checked an answer (for example a signature or the TPM's proof of a password) and "
     "it did not verify.",
     "Retry once; if it repeats, the secret used for checking is wrong or the answer was "
     "altered."},
    {0x111, "TSS_E_TSP_AUTHREQUIRED", "a password is required",
     "The operation needs a password, but none was set for it.",
     "Run the command again and give the password when asked."},
    {0x112, "TSS_E_TSP_AUTH2REQUIRED", "a second password is required",
     "The operation needs two passwords and only one was set.",
     "Run the command again and give both passwords."},
    {0x113, "TSS_E_TSP_AUTHFAIL", "a password was wrong",
     "The TSS found the password wrong. Each wrong try may count toward the TPM's "
     "dictionary-attack lockout.",
     "Check the password (and whether it was set with tpm-tools, Windows, or as the "
     "well-known secret) before trying again."},
    {0x114, "TSS_E_TSP_AUTH2FAIL", "the second password was wrong",
     "The TSS found the second password wrong; it may count toward the lockout.",
     "Check the second password before trying again."},
    {0x115, "TSS_E_KEY_NO_MIGRATION_POLICY", "the key has no migration policy", kTspProgramming,
     kTspProgrammingNext},
    {0x116, "TSS_E_POLICY_NO_SECRET", "no password is set for this object",
     "The program did not provide a secret for the object (for example the owner or SRK "
     "password) and did not ask for it.",
     "Run the command so it asks for the password (tpm-tools prompt unless -y/-z are used)."},
    {0x117, "TSS_E_INVALID_OBJ_ACCESS", "the object is in a state that forbids this",
     kTspProgramming, kTspProgrammingNext},
    {0x118, "TSS_E_INVALID_ENCSCHEME", "the encryption scheme is not valid", kTspProgramming,
     kTspProgrammingNext},
    {0x119, "TSS_E_INVALID_SIGSCHEME", "the signature scheme is not valid", kTspProgramming,
     kTspProgrammingNext},
    {0x120, "TSS_E_ENC_INVALID_LENGTH", "the encrypted data has an invalid length", kTspProgramming,
     kTspProgrammingNext},
    {0x121, "TSS_E_ENC_NO_DATA", "the encrypted data object is empty", kTspProgramming,
     kTspProgrammingNext},
    {0x122, "TSS_E_ENC_INVALID_TYPE", "the encrypted data object has an invalid type",
     kTspProgramming, kTspProgrammingNext},
    {0x123, "TSS_E_INVALID_KEYUSAGE", "the key's usage does not allow this", kTspProgramming,
     kTspProgrammingNext},
    {0x124, "TSS_E_VERIFICATION_FAILED", "verification failed",
     "A check of data from the TPM (for example a signature) failed.",
     "Retry once; if it repeats, the key or the data is not the expected one."},
    {0x125, "TSS_E_HASH_NO_IDENTIFIER", "the hash algorithm is not set", kTspProgramming,
     kTspProgrammingNext},
    {0x126, "TSS_E_INVALID_HANDLE", "an invalid handle", kTspProgramming, kTspProgrammingNext},
    {0x127, "TSS_E_SILENT_CONTEXT", "a password prompt was needed in a silent context",
     "The program runs without user interaction but the operation needs a password.",
     "Run the command interactively, or pass the password on the command line."},
    {0x128, "TSS_E_EK_CHECKSUM", "the endorsement key's checksum did not verify",
     "When reading the public endorsement key, the TPM sends a checksum over it; it did not "
     "match, so the key read back may not be this TPM's.",
     "Retry; if it repeats, the answer is being altered on the way (driver or bus problem)."},
    {0x129, "TSS_E_DELEGATION_NOTSET", "no delegation is set in the policy", kTspProgramming,
     kTspProgrammingNext},
    {0x130, "TSS_E_DELFAMILY_NOTFOUND", "the delegation family was not found", kTspProgramming,
     kTspProgrammingNext},
    {0x131, "TSS_E_DELFAMILY_ROWEXISTS", "the delegation table row is already in use",
     kTspProgramming, kTspProgrammingNext},
    {0x132, "TSS_E_VERSION_MISMATCH", "the version does not match",
     "The TSS and the TPM or a stored structure disagree on a version.",
     "Check the chip version with tpm_version; this tool needs a TPM 1.2."},
    {0x133, "TSS_E_DAA_AR_DECRYPTION_ERROR", "decrypting the DAA pseudonym failed", kTspDaa,
     kTspDaaNext},
    {0x134, "TSS_E_DAA_AUTHENTICATION_ERROR", "the DAA issuer could not authenticate the TPM",
     kTspDaa, kTspDaaNext},
    {0x135, "TSS_E_DAA_CHALLENGE_RESPONSE_ERROR", "DAA challenge-response error", kTspDaa,
     kTspDaaNext},
    {0x136, "TSS_E_DAA_CREDENTIAL_PROOF_ERROR", "the DAA issuer's credential did not verify",
     kTspDaa, kTspDaaNext},
    {0x137, "TSS_E_DAA_CREDENTIAL_REQUEST_PROOF_ERROR", "the DAA credential request did not verify",
     kTspDaa, kTspDaaNext},
    {0x138, "TSS_E_DAA_ISSUER_KEY_ERROR", "the DAA issuer's key chain did not verify", kTspDaa,
     kTspDaaNext},
    {0x139, "TSS_E_DAA_PSEUDONYM_ERROR", "the TPM's DAA key is on the rogue list", kTspDaa,
     kTspDaaNext},
    {0x13A, "TSS_E_INVALID_RESOURCE", "an invalid memory reference", kTspProgramming,
     kTspProgrammingNext},
    {0x13B, "TSS_E_NV_AREA_EXIST", "the NV area already exists",
     "An NV area with this index is already defined in the TPM.",
     "Use another index, or release the old area with the owner password (tpm_nvrelease)."},
    {0x13C, "TSS_E_NV_AREA_NOT_EXIST", "the NV area does not exist",
     "No NV area with this index is defined in the TPM.",
     "Check the index (tpm_nvinfo lists the defined areas)."},
    {0x13D, "TSS_E_TSP_TRANS_AUTHFAIL", "the transport session's password was wrong",
     kTspProgramming, kTspProgrammingNext},
    {0x13E, "TSS_E_TSP_TRANS_AUTHREQUIRED", "the transport session needs a password",
     kTspProgramming, kTspProgrammingNext},
    {0x13F, "TSS_E_TSP_TRANS_NOTEXCLUSIVE", "a command ran outside an exclusive transport session",
     "Another program used the TPM while this one held an exclusive transport session.",
     "Stop the other program, then retry."},
    {0x140, "TSS_E_TSP_TRANS_FAIL", "the transport session failed", kTspProgramming,
     kTspProgrammingNext},
    {0x141, "TSS_E_TSP_TRANS_NO_PUBKEY", "the transport session lacks a key's public part",
     kTspProgramming, kTspProgrammingNext},
    {0x142, "TSS_E_NO_ACTIVE_COUNTER", "no monotonic counter is active yet",
     "The TPM's active monotonic counter has not been chosen since power-on.",
     "Increment a counter once (tpm-tools have no command; the program must do it) and retry."},
});

// Full codes whose meaning depends on the layer: these replace the generic texts.
constexpr std::array kOverrides = std::to_array<CatalogueEntry>({
    {0x1087, "TDDL_E_IOERROR",
     "The TPM driver reported an I/O error (tcsd could not write to /dev/tpm0).",
     "tpm-tools prints this when the kernel's write to /dev/tpm0 failed. During "
     "tpm_takeownership this is almost always ETIME: the kernel stopped waiting while the TPM "
     "was generating the 2048-bit storage root key, and tcsd logged \"write to device /dev/tpm0 "
     "failed: Timer expired\". The kernel then cancels the command; many chips need "
     "TPM_Startup afterwards, so the next tries fail with 0x26 (TPM_INVALID_POSTINIT).",
     "See the explanation of ETIME (`tpmprov explain ETIME`). Then send TPM_Startup with "
     "`tpmprov startup` and check whether the TPM is owned before trying again; or let this "
     "tool take ownership, which recovers from both by itself."},
    {0x1011, "TSS_E_COMM_FAILURE", "tcsd could not talk to the TPM device.",
     "The driver library in tcsd failed to exchange the command with /dev/tpm0.",
     "Check dmesg for TPM messages, then restart tcsd and retry."},
    {0x1012, "TDDL_E_TIMEOUT", "tcsd timed out waiting for the TPM.",
     "The driver library gave up waiting for the TPM's answer. Long commands (taking ownership, "
     "creating keys) can take over a minute on real chips.",
     "See the explanation of ETIME (`tpmprov explain ETIME`) and retry."},
    {0x1002, "TDDL_E_FAIL", "The TPM driver library failed.",
     "tcsd's driver library could not complete the transfer and gave no reason.",
     "Look at tcsd's log (journalctl -u tcsd) and dmesg for the cause."},
    {0x3011, "TSS_E_COMM_FAILURE", "The tool could not talk to tcsd.",
     "tpm-tools send every command through tcsd, the TSS core service. This code usually means "
     "tcsd is not running, for example because it could not open /dev/tpm0 (another program "
     "holds it, or there is no TPM 1.2).",
     "Start tcsd (systemctl start tcsd) and check its log (journalctl -u tcsd) if it stops. Or "
     "use this tool, which needs no tcsd."},
    {0x2020, "TSS_E_PS_KEY_NOTFOUND", "tcsd has no record of the key, often the storage root key.",
     "trousers keeps the storage root key in its key store (/var/lib/tpm/system.data) and "
     "records it only inside its own TakeOwnership. If ownership was taken by another program "
     "(an older version of this tool, Windows, Heads, the firmware), or the store was deleted, "
     "tpm-tools commands that use the SRK (tpm_sealdata -z) fail with this code although the "
     "TPM is fine.",
     "When this tool takes ownership it registers the SRK for trousers itself "
     "(`tpmprov provision`, --trousers-store names another store). For a TPM owned earlier, "
     "trousers has no command that records the SRK: only taking ownership again (after a "
     "clear, which destroys the keys of the old owner) creates the record."},
    {0x2006, "TSS_E_NOTIMPL", "tcsd refused a physical-presence command.",
     "tcsd (trousers) answers TSC_PhysicalPresence with this code unless the system runs in "
     "single-user mode (runlevel 1 or S): trousers allows presence commands only then, so "
     "tpm_setpresence and the presence steps of tpm-tools fail in a normal boot. The TPM never "
     "saw the command.",
     "Use this tool instead: it talks to the TPM device itself, without tcsd (stop tcsd first "
     "with `systemctl stop tcsd`, since only one program can hold /dev/tpm0). With tpm-tools, "
     "boot into single-user mode to use presence commands."},
    {0x2011, "TSS_E_COMM_FAILURE", "tcsd lost contact with the TPM.",
     "tcsd could not exchange the command with the TPM.",
     "Check dmesg for TPM messages, restart tcsd and retry."},
});

const CatalogueEntry* findIn(std::span<const CatalogueEntry> table, std::uint32_t code) {
    const auto it = std::find_if(table.begin(), table.end(),
                                 [code](const CatalogueEntry& e) { return e.code == code; });
    return it == table.end() ? nullptr : &*it;
}

const CatalogueEntry* findNameIn(std::span<const CatalogueEntry> table, std::string_view name) {
    const auto it = std::find_if(table.begin(), table.end(),
                                 [name](const CatalogueEntry& e) { return name == e.name; });
    return it == table.end() ? nullptr : &*it;
}

std::string layerIntro(std::uint32_t layer) {
    switch (layer) {
    case kLayerTddl:
        return "The TSS driver library inside tcsd (layer TDDL) reports: ";
    case kLayerTcs:
        return "The TSS core service tcsd (layer TCS) reports: ";
    case kLayerTsp:
        return "The TSS library in the tool (layer TSP, libtspi) reports: ";
    default:
        return {};
    }
}

std::string capitalized(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    }
    return text;
}

} // namespace

std::span<const CatalogueEntry> tssCommonCodes() {
    return kCommon;
}
std::span<const CatalogueEntry> tddlCodes() {
    return kTddl;
}
std::span<const CatalogueEntry> tcsCodes() {
    return kTcs;
}
std::span<const CatalogueEntry> tspCodes() {
    return kTsp;
}
std::span<const CatalogueEntry> tssLayerOverrides() {
    return kOverrides;
}

const char* tssLayerName(std::uint32_t layer) {
    switch (layer) {
    case kLayerTddl:
        return "TDDL";
    case kLayerTcs:
        return "TCS";
    case kLayerTsp:
        return "TSP";
    default:
        return nullptr;
    }
}

std::optional<Explanation> explainTssCode(std::uint32_t fullCode) {
    const std::uint32_t layer = fullCode & kLayerMask;
    const std::uint32_t code = fullCode & kCodeMask;
    if (fullCode > 0xFFFF || tssLayerName(layer) == nullptr) {
        return std::nullopt;
    }
    const std::string codeText = hexCode(fullCode, 4);
    if (const CatalogueEntry* special = findIn(kOverrides, fullCode)) {
        return fromEntry(*special, codeText);
    }
    const CatalogueEntry* entry = findIn(kCommon, code);
    if (entry == nullptr) {
        switch (layer) {
        case kLayerTddl:
            entry = findIn(kTddl, code);
            break;
        case kLayerTcs:
            entry = findIn(kTcs, code);
            break;
        default:
            entry = findIn(kTsp, code);
            break;
        }
    }
    if (entry == nullptr) {
        return std::nullopt;
    }
    Explanation out = fromEntry(*entry, codeText);
    out.meaning = layerIntro(layer) + entry->meaning + ".";
    std::string detail = capitalized(entry->detail);
    std::string layerText = tssLayerName(layer);
    for (char& c : layerText) {
        c = static_cast<char>(c - 'A' + 'a'); // tpm-tools print the layer in lower case
    }
    appendSentence(detail, "tpm-tools print it as \"0x0000" + codeText.substr(2) + " - layer=" +
                               layerText + "\"; this tool itself does not use the TSS.");
    out.detail = std::move(detail);
    return out;
}

std::optional<std::uint32_t> findTssName(std::string_view upperName) {
    if (const CatalogueEntry* e = findNameIn(kTddl, upperName)) {
        return kLayerTddl | e->code;
    }
    if (upperName == "TDDL_E_FAIL") {
        return kLayerTddl | 0x002;
    }
    if (upperName == "TDDL_E_TIMEOUT") {
        return kLayerTddl | 0x012;
    }
    if (const CatalogueEntry* e = findNameIn(kTcs, upperName)) {
        return kLayerTcs | e->code;
    }
    if (upperName.starts_with("TCS_E_")) { // TCS_E_X aliases of the common TSS_E_X
        const std::string common = "TSS_E_" + std::string{upperName.substr(6)};
        if (const CatalogueEntry* e = findNameIn(kCommon, common)) {
            return kLayerTcs | e->code;
        }
    }
    if (const CatalogueEntry* e = findNameIn(kTsp, upperName)) {
        return kLayerTsp | e->code;
    }
    if (upperName == "TSS_E_INVALID_OBJECT_INITFLAG") { // the 1.1b spelling
        return kLayerTsp | 0x10C;
    }
    if (const CatalogueEntry* e = findNameIn(kCommon, upperName)) {
        return kLayerTsp | e->code; // a bare TSS_E_ name: as the tool's library reports it
    }
    return std::nullopt;
}

} // namespace tpm::explain::detail
