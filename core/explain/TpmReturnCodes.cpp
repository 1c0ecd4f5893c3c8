// The TPM 1.2 return codes (TCG TPM Main Part 2, section 16): every TCG-defined fatal code
// 0x01..0x63 (0x60 is unassigned) and the non-fatal codes 0x800..0x803, in plain words.

#include "CatalogueInternal.h"

#include <algorithm>
#include <array>

namespace tpm::explain {
namespace {

// Shared texts for families of codes that provisioning never meets.
constexpr const char* kOtherProgramNext =
    "Nothing is wrong with the TPM's ownership. Repeat the operation in the program that "
    "reported it and check the values it used; the TPM's state is unchanged.";
constexpr const char* kDaaDetail =
    "Direct Anonymous Attestation (DAA) lets a TPM prove it is genuine without saying which "
    "TPM it is; it needs an outside DAA issuer and several steps in a fixed order. "
    "Provisioning never uses DAA, so this came from a DAA program.";
constexpr const char* kDaaNext =
    "Nothing to fix for provisioning. In the DAA program, start the join with the issuer "
    "again from the beginning.";
constexpr const char* kMigrationDetail =
    "Migratable keys can be moved to another TPM only with approval from the owner or a "
    "migration authority. Provisioning never migrates keys, so this came from a key-management "
    "program.";
constexpr const char* kMigrationNext =
    "Nothing to fix for provisioning. Check the migration authority and the destination key "
    "in the program that moves the key.";
constexpr const char* kDelegationDetail =
    "Delegation lets the owner hand single owner commands to other users through a delegation "
    "table. Provisioning never uses delegation, so this came from another program.";
constexpr const char* kDelegationNext =
    "Nothing to fix for provisioning. Use the owner password directly, or fix the delegation "
    "table with the owner password in the program that manages it.";
constexpr const char* kNvDetail =
    "The TPM has a small non-volatile (NV) memory divided into areas, each with its own rules "
    "for reading and writing. Provisioning does not write NV areas, so this came from a program "
    "that stores data in the TPM (for example tpm_nvwrite or a firmware-sealing tool).";
constexpr const char* kNvNext =
    "Check the NV area's attributes (tpm_nvinfo lists them) and use the password or locality "
    "they require. The TPM itself is fine.";
constexpr const char* kContextDetail =
    "Programs can save a loaded key or session out of the TPM and load it back later (context "
    "save/load). Saved contexts become invalid when the TPM is reset or cleared. Provisioning "
    "does not save contexts; this came from a resource manager such as tcsd.";
constexpr const char* kContextNext =
    "Restart the program that saved the context (for tcsd: systemctl restart tcsd); it will "
    "load keys again from scratch.";
constexpr const char* kAuditDetail =
    "Command auditing is an optional owner feature: the TPM hashes selected commands into an "
    "audit digest. The failure is in writing that record.";

constexpr std::array kTable = std::to_array<CatalogueEntry>({
    {0x01, "TPM_AUTHFAIL", "A password (authorization secret) was wrong.",
     "The TPM checks each authorized command against a secret: the owner password, the storage "
     "root key (SRK) password, or a key's password. Either the password was mistyped, or it was "
     "turned into a secret differently from the program that set it: tpm-tools and Heads hash "
     "the password text with SHA-1, Windows hashes it as UTF-16, and the 'well-known secret' "
     "(tpm-tools -y/-z) is 20 zero bytes. Every wrong try counts toward the TPM's "
     "dictionary-attack lockout.",
     "Check the password and which program set it, then try once more. This tool never retries "
     "a wrong password automatically, because each wrong try counts toward the TPM's "
     "dictionary-attack lockout."},
    {0x02, "TPM_BADINDEX", "A PCR, DIR or NV index named in the command does not exist.",
     "The command referred to a register or NV area that this TPM does not have or that has not "
     "been defined yet, for example an EK-certificate index the vendor never wrote.",
     "Check the index the program used (tpm_nvinfo lists the NV areas that exist). The TPM is "
     "fine."},
    {0x03, "TPM_BAD_PARAMETER", "The TPM rejected one of the command's values.",
     "A value in the command is not allowed in the TPM's current state. On laptops this is most "
     "often TSC_PhysicalPresence: the firmware has locked the physical-presence settings, for "
     "the lifetime of the chip or for this boot, and any request to change them is refused.",
     "If it came from physical presence, read the TPM flags first (the wizard does): when "
     "CMD_ENABLE is already set, the error is harmless. Otherwise note the command that failed "
     "and report it."},
    {0x04, "TPM_AUDITFAILURE", "The command worked, but the TPM could not record it in its audit.",
     kAuditDetail,
     "The command itself succeeded; nothing to repeat. If you rely on auditing, check the audit "
     "settings with the owner password."},
    {0x05, "TPM_CLEAR_DISABLED", "Clearing the TPM from software is switched off.",
     "Either the owner set disableOwnerClear (TPM_OwnerClear refused), or disableForceClear is "
     "set for this boot (TPM_ForceClear refused); most firmware sets the latter before the "
     "operating system starts. A clear from the firmware setup still works.",
     "Clear the TPM in the firmware setup: on ThinkPads \"Security > Security Chip > Clear "
     "Security Chip\", elsewhere \"Security > TPM > Clear\". Clearing deletes the owner and all "
     "keys made under it."},
    {0x06, "TPM_DEACTIVATED", "The TPM is deactivated.",
     "A deactivated TPM refuses most commands, including reading the endorsement key and taking "
     "ownership. Activating it (TPM_PhysicalSetDeactivated FALSE, needs physical presence) is "
     "stored at once but only takes effect at the next boot, because the live flag is copied at "
     "TPM_Startup.",
     "The wizard activates the TPM and then asks you to restart the computer; run it again "
     "after the restart and it continues where it stopped. If physical presence is locked by the "
     "firmware, activate the TPM in the firmware setup instead."},
    {0x07, "TPM_DISABLED", "The TPM is disabled.",
     "A disabled TPM refuses most commands. Enabling it (TPM_PhysicalEnable) needs physical "
     "presence and takes effect immediately.",
     "Turn it on with `tpmprov provision` or the wizard: it asserts physical presence and sends "
     "PhysicalEnable (on an owned TPM too, leaving the owner alone). If physical presence is "
     "locked by the firmware, enable the TPM in the firmware setup instead."},
    {0x08, "TPM_DISABLED_CMD", "This command is switched off on this TPM.",
     "Most often this is TPM_ReadPubek on a TPM that has an owner: taking ownership switches "
     "off reading the public endorsement key without the owner password. The owner can also "
     "switch off other commands, such as TPM_OwnerClear.",
     "If this came from reading the endorsement key, the TPM is probably owned already: check "
     "the owned flag, and read the key with the owner password (tpm_getpubek) if you need it."},
    {0x09, "TPM_FAIL", "The TPM reported a failure without a specific reason.",
     "The chip could not complete the operation. Causes include an internal error after a "
     "failed self-test, a vendor-specific condition, or a command the chip could not finish.",
     "Shut the computer down completely (not just a restart, so the chip loses power), start it "
     "again and retry once. If it repeats, save the report with the chip version and send it to "
     "the vendor or this project."},
    {0x0A, "TPM_BAD_ORDINAL", "The TPM does not know this command.",
     "The command number is not implemented by this chip. TPM 1.1b chips lack many TPM 1.2 "
     "commands, and vendors may leave out optional ones.",
     "Check the chip version: this tool needs a TPM 1.2. If the chip is 1.2 and still refuses a "
     "command the wizard sent, report the chip version and the command."},
    {0x0B, "TPM_INSTALL_DISABLED", "Taking ownership is switched off on this TPM.",
     "The permanent flag 'ownership' (owner install allowed) is FALSE, so TPM_TakeOwnership is "
     "refused. Firmware setups call this 'allow owner install' or set it together with "
     "'Active'. Changing it from software needs TPM_SetOwnerInstall with physical presence.",
     "Allow owner install in the firmware setup (\"Security > Security Chip\" on ThinkPads, "
     "\"Security > TPM\" elsewhere), or from software while physical presence can be asserted "
     "(tpm-tools: tpm_setownable --allow). Then run the wizard again."},
    {0x0C, "TPM_INVALID_KEYHANDLE", "The key handle given to the TPM is not valid.",
     "The command referred to a loaded key that does not exist (any more). Key handles are lost "
     "when the TPM is reset, after suspend, or when another program evicts the key. The wizard "
     "only uses the fixed SRK and EK handles.",
     "Load the key again and repeat the command. If tcsd manages the keys, restart it "
     "(systemctl restart tcsd)."},
    {0x0D, "TPM_KEYNOTFOUND", "The key is not loaded in the TPM.",
     "The command needed a key that is not loaded, or the parent key of a key being loaded is "
     "missing. After clearing the TPM, keys made under the old SRK can never be loaded again.",
     "Load the parent key first. If the TPM was cleared since the key was made, the key is "
     "gone; make a new one under the new owner."},
    {0x0E, "TPM_INAPPROPRIATE_ENC", "The key's encryption scheme cannot be used here.",
     "The key was made with an encryption scheme that this command does not accept (the TPM "
     "wants OAEP with SHA-1 for storage keys).",
     "Use a key made with the scheme the command needs (OAEP-SHA1 for storage). The wizard "
     "always creates the SRK with OAEP-SHA1."},
    {0x0F, "TPM_MIGRATEFAIL", "Permission to migrate the key was refused.", kMigrationDetail,
     kMigrationNext},
    {0x10, "TPM_INVALID_PCR_INFO", "The PCR selection in the command could not be read.",
     "Data sealed or bound to PCR values carries a PCR selection; this one is malformed or "
     "names PCRs the TPM does not have.",
     "Fix the PCR selection in the program that sealed the data. Provisioning does not bind to "
     "PCRs."},
    {0x11, "TPM_NOSPACE", "There is no room in the TPM to load another key.",
     "The TPM holds only a few loaded keys at once (often 3 to 10). Another program loaded "
     "keys and did not evict them.",
     "Close programs that use the TPM, or restart tcsd (systemctl restart tcsd), which swaps "
     "keys out. A restart of the computer empties the TPM's key slots."},
    {0x12, "TPM_NOSRK", "There is no storage root key: the TPM has no owner.",
     "The storage root key (SRK) is created when ownership is taken. Without an owner, nothing "
     "that needs the SRK (creating or loading keys, sealing) can work.",
     "Take ownership first; the wizard does this as its last step."},
    {0x13, "TPM_NOTSEALED_BLOB", "Encrypted data is damaged or was made by another TPM.",
     "The TPM could not open a sealed or wrapped blob. Either it was damaged, or it was made "
     "under a different SRK; clearing the TPM and taking ownership again makes all older blobs "
     "unreadable.",
     "Restore the data from its original (not from the TPM). If the TPM was cleared, blobs "
     "made before cannot be recovered."},
    {0x14, "TPM_OWNER_SET", "The TPM already has an owner.",
     "Ownership can be taken only once; the TPM must be cleared before someone else can take "
     "it. The owner may be you (an earlier run, Windows, another tool), the computer's previous "
     "user, or the organization that managed it.",
     "If you know the owner password, the wizard can verify it and stop there: the TPM is "
     "ready. If nobody knows it, clear the TPM in the firmware setup (or with TPM_OwnerClear "
     "and the password) and run the wizard again. Clearing deletes all keys made under the old "
     "owner."},
    {0x15, "TPM_RESOURCES", "The TPM ran out of internal resources.",
     "Too many sessions or keys are open, usually because another program (such as tcsd) left "
     "them open, or a program crashed without closing them.",
     "Close other TPM programs or restart tcsd (systemctl restart tcsd), then retry. A restart "
     "of the computer frees everything."},
    {0x16, "TPM_SHORTRANDOM", "A random value given to the TPM was too short.",
     "Some commands need a random value of a minimum length from the caller; this one was "
     "shorter.",
     kOtherProgramNext},
    {0x17, "TPM_SIZE", "The TPM does not have the space for this operation.",
     "The data is larger than the TPM's buffers, or its non-volatile memory is full.",
     "Use smaller data, or free NV space (tpm_nvrelease with the owner password)."},
    {0x18, "TPM_WRONGPCRVAL", "The platform's measurements no longer match.",
     "The data was sealed to certain PCR values (measurements of firmware, boot loader or "
     "kernel). Something in the boot chain changed since, so the TPM refuses to unseal it. "
     "This is the TPM working as designed.",
     "If the change was intended (a firmware or kernel update), unseal with the recovery "
     "method of the program that sealed it and seal again."},
    {0x19, "TPM_BAD_PARAM_SIZE", "The command's length field does not match its contents.",
     "The paramSize in the command header disagrees with the bytes the TPM received: the "
     "command was built wrongly or cut short on the way to the chip.",
     "Retry once. If it repeats with a command sent by this tool, report it with the chip "
     "version: it is a bug here."},
    {0x1A, "TPM_SHA_THREAD", "There is no SHA-1 calculation running in the TPM.",
     "TPM_SHA1Update or TPM_SHA1Complete came without a TPM_SHA1Start, or the TPM was reset in "
     "between.",
     kOtherProgramNext},
    {0x1B, "TPM_SHA_ERROR", "The TPM's SHA-1 calculation had already failed.",
     "An earlier step of a multi-part SHA-1 calculation failed, so the TPM refuses to continue "
     "it.",
     "Start the calculation again from TPM_SHA1Start."},
    {0x1C, "TPM_FAILEDSELFTEST", "The TPM failed its self-test and has shut itself down.",
     "The chip found an internal fault in its self-test and now refuses all commands except "
     "reading the test result. This can be a passing glitch or a defective chip.",
     "Shut the computer down completely, unplug power for a minute (and the battery if it is "
     "removable), start again and retry. If it fails again, the chip is faulty: check for a "
     "firmware update or contact the vendor."},
    {0x1D, "TPM_AUTH2FAIL", "The second password of a two-password command was wrong.",
     "Some commands need two secrets (for example a key's password and its parent's); the "
     "second one did not match. This counts toward the dictionary-attack lockout.",
     "Check the second password; do not retry blindly, each wrong try counts toward the "
     "lockout."},
    {0x1E, "TPM_BADTAG", "The command's tag is not valid for this command.",
     "The first two bytes of a command say how many authorization sessions follow; this tag "
     "does not fit the command (for example an authorized tag on a command without "
     "authorization).",
     "Report it if this tool sent the command; otherwise fix the program that built it."},
    {0x1F, "TPM_IOERROR", "The TPM had an error moving data in or out.",
     "The chip reports a transfer problem on its bus (LPC or SPI) while receiving the command "
     "or sending the answer.",
     "Retry once. If it repeats, shut the computer down completely and start again; a "
     "persistent I/O error points to a hardware or firmware problem."},
    {0x20, "TPM_ENCRYPT_ERROR", "The TPM could not encrypt the data.",
     "An encryption step inside the TPM failed, usually because the key or data size does not "
     "fit.",
     kOtherProgramNext},
    {0x21, "TPM_DECRYPT_ERROR", "The TPM could not decrypt the data it was given.",
     "During TakeOwnership the new passwords are encrypted to the TPM's endorsement key (EK); "
     "this error means the TPM could not decrypt them: they were encrypted to a different key "
     "(a stale or wrong EK) or with the wrong padding (RSA-OAEP with the label 'TCPA'). "
     "Elsewhere it means the data was not made for this key.",
     "For TakeOwnership: run provisioning again; it reads the endorsement key from this TPM "
     "afresh on every run. Otherwise check that the data belongs to this key."},
    {0x22, "TPM_INVALID_AUTHHANDLE", "The authorization session is no longer valid.",
     "Sessions end when the TPM is reset (suspend, power cycle, timeout recovery), after any "
     "failed command in them, or when the TPM runs out of session slots and drops old ones.",
     "Run the step again: every command opens a new session."},
    {0x23, "TPM_NO_ENDORSEMENT", "The TPM has no endorsement key (EK).",
     "Every TPM needs an endorsement key before it can take an owner: the passwords are "
     "encrypted to it. Most TPMs get one at the factory; some (and cleared TPMs of some "
     "vendors) do not.",
     "The wizard creates the endorsement key (TPM_CreateEndorsementKeyPair; this can take up "
     "to a minute) and then continues with taking ownership."},
    {0x24, "TPM_INVALID_KEYUSAGE", "The key cannot be used for this operation.",
     "Each key has one usage (signing, storage, binding, identity); this command needs a key "
     "of another usage, or the SRK parameters asked for a usage other than storage.",
     "Use a key with the right usage. The wizard always creates the SRK as a storage key."},
    {0x25, "TPM_WRONG_ENTITYTYPE", "The command named the wrong kind of object.",
     "Commands that open a session name the object they authorize (owner, SRK, key, NV "
     "area...); this one was not allowed for the command.",
     kOtherProgramNext},
    {0x26, "TPM_INVALID_POSTINIT", "The TPM was reset and is waiting for TPM_Startup.",
     "After a reset the TPM accepts no command until it receives TPM_Startup. A reset happens at "
     "power-on, on resume from suspend, or when a command timed out and the driver or the chip "
     "reset it. The firmware normally sends Startup at boot and the kernel does so once when it "
     "loads its driver; tcsd never does.",
     "Send TPM_Startup(ST_CLEAR) with `tpmprov startup` and repeat the step. If tcsd is "
     "running, stop it first (systemctl stop tcsd)."},
    {0x27, "TPM_INAPPROPRIATE_SIG", "The data to sign has a form the key does not allow.",
     "Signing keys of the DER scheme refuse data that already carries DER information, and the "
     "other way round.",
     kOtherProgramNext},
    {0x28, "TPM_BAD_KEY_PROPERTY", "The TPM does not support the key's parameters.",
     "The key size, number of primes or exponent asked for is not supported by this chip. For "
     "TakeOwnership this concerns the SRK; the wizard asks for a 2048-bit RSA key with the "
     "default exponent, which every TPM 1.2 must support.",
     "If the wizard's TakeOwnership got this, report the chip version. Otherwise choose a "
     "2048-bit RSA key with the default exponent."},
    {0x29, "TPM_BAD_MIGRATION", "The key's migration properties are wrong.", kMigrationDetail,
     kMigrationNext},
    {0x2A, "TPM_BAD_SCHEME", "The key's signature or encryption scheme is not allowed here.",
     "The scheme recorded in the key does not fit the command or the key's usage.",
     kOtherProgramNext},
    {0x2B, "TPM_BAD_DATASIZE", "The size of the data does not fit the key.",
     "The data (or an encrypted blob) has a size that is impossible for the key used. For "
     "TakeOwnership it means the encrypted passwords do not have the size of the endorsement "
     "key.",
     "Retry after reading the endorsement key again. If it repeats, report the chip version."},
    {0x2C, "TPM_BAD_MODE", "A mode value in the command is not valid.",
     "For example a capability area that TPM_GetCapability does not know, or a mode of "
     "another command that this chip does not support. Older chips do not know every "
     "capability this tool asks for.",
     "If this came from reading capabilities, the wizard falls back to what the chip "
     "supports; nothing to do. Otherwise report the chip version."},
    {0x2D, "TPM_BAD_PRESENCE", "The command needs physical presence, and it is not asserted.",
     "Enabling, activating and clearing the TPM need proof that someone is at the machine "
     "('physical presence'). Software can assert it only if CMD_ENABLE is set and the firmware "
     "has not locked presence for this boot; most laptop firmware locks it before the "
     "operating system starts.",
     "If software presence is possible, the wizard asserts it and repeats the command. If it is "
     "locked, do the step in the firmware setup: on ThinkPads \"Security > Security Chip\", "
     "elsewhere \"Security > TPM\"."},
    {0x2E, "TPM_BAD_VERSION", "The TPM cannot handle this version of the structure or capability.",
     "The command used a structure version or capability the chip does not support, typical of "
     "TPM 1.1b chips asked for TPM 1.2 data.",
     "Check the chip version; this tool needs a TPM 1.2."},
    {0x2F, "TPM_NO_WRAP_TRANSPORT",
     "The TPM does not allow this command inside a transport session.",
     "Transport sessions encrypt or log a sequence of commands; some commands may not be "
     "wrapped in one.",
     kOtherProgramNext},
    {0x30, "TPM_AUDITFAIL_UNSUCCESSFUL",
     "The command failed, and recording it in the audit failed too.", kAuditDetail,
     "Repeat the command; if auditing matters to you, check the audit settings."},
    {0x31, "TPM_AUDITFAIL_SUCCESSFUL", "The command worked, but recording it in the audit failed.",
     kAuditDetail,
     "The command itself succeeded. If auditing matters to you, check the audit settings."},
    {0x32, "TPM_NOTRESETABLE", "This PCR cannot be reset.",
     "Only some PCRs (16 and 23, and the dynamic ones at higher localities) may be reset; this "
     "one may not.",
     kOtherProgramNext},
    {0x33, "TPM_NOTLOCAL", "This PCR can only be reset from another locality.",
     "Resetting this PCR needs a locality (a privilege level of the command) that the "
     "operating system does not have; only the firmware or a late-launch environment does.",
     kOtherProgramNext},
    {0x34, "TPM_BAD_TYPE", "The identity blob has the wrong type.",
     "Identity (AIK) activation got a blob that is not typed as the command expects.",
     "Ask the privacy CA or attestation server for a new identity credential."},
    {0x35, "TPM_INVALID_RESOURCE", "The saved context is of a different kind than stated.",
     kContextDetail, kContextNext},
    {0x36, "TPM_NOTFIPS", "The command is available only when the TPM is in FIPS mode.",
     "The chip is not in FIPS mode, or the command is not allowed in the chip's mode. FIPS mode "
     "restricts key sizes and schemes.",
     kOtherProgramNext},
    {0x37, "TPM_INVALID_FAMILY", "The delegation family named in the command does not exist.",
     kDelegationDetail, kDelegationNext},
    {0x38, "TPM_NO_NV_PERMISSION", "Permission to use this NV area is missing.", kNvDetail,
     kNvNext},
    {0x39, "TPM_REQUIRES_SIGN", "The operation needs a signed command.",
     "The command must be run as a signed (authorized) variant, not the plain one.",
     kOtherProgramNext},
    {0x3A, "TPM_KEY_NOTSUPPORTED", "The key cannot be loaded this way.",
     "A key stored in NV memory was loaded with the wrong command.", kOtherProgramNext},
    {0x3B, "TPM_AUTH_CONFLICT", "The NV area needs both the owner's and its own authorization.",
     kNvDetail, kNvNext},
    {0x3C, "TPM_AREA_LOCKED", "The NV area is locked and cannot be written.", kNvDetail,
     "Writes to this area are locked until the next restart or for good; this is usually set "
     "on purpose by the firmware. Leave it as it is."},
    {0x3D, "TPM_BAD_LOCALITY", "The command came from a locality that is not allowed.",
     "Commands carry a locality (0 for the operating system, higher ones for firmware and "
     "late-launch code). Linux sends at locality 0; some operations (certain PCRs and NV areas) "
     "need a higher one that only firmware has.",
     "This cannot be done from the running system; if it must be done, it belongs in the "
     "firmware or a late-launch environment."},
    {0x3E, "TPM_READ_ONLY", "The NV area is read-only.", kNvDetail,
     "The area cannot be written at all; leave it as it is."},
    {0x3F, "TPM_PER_NOWRITE", "The NV area has no write protection defined.", kNvDetail, kNvNext},
    {0x40, "TPM_FAMILYCOUNT", "The delegation family's counter does not match.", kDelegationDetail,
     kDelegationNext},
    {0x41, "TPM_WRITE_LOCKED", "The NV area was already written and is now locked.", kNvDetail,
     "The area was meant to be written once; leave it as it is, or release and define it again "
     "with the owner password."},
    {0x42, "TPM_BAD_ATTRIBUTES", "The NV area's attributes contradict each other.", kNvDetail,
     kNvNext},
    {0x43, "TPM_INVALID_STRUCTURE", "A structure in the command has a wrong tag or version.",
     "The TPM checks the tag and version at the start of each structure; one of them is wrong, "
     "so the command was built wrongly.",
     "Report it if this tool sent the command; otherwise fix the program that built it."},
    {0x44, "TPM_KEY_OWNER_CONTROL", "Only the owner can evict this key.",
     "The key was made persistent under the owner's control; ordinary eviction is refused.",
     "Evict it with the owner password, or leave it loaded."},
    {0x45, "TPM_BAD_COUNTER", "The monotonic-counter handle is wrong.",
     "The command named a monotonic counter that does not exist or is not the active one.",
     kOtherProgramNext},
    {0x46, "TPM_NOT_FULLWRITE", "The write does not cover the whole NV area.", kNvDetail,
     "Write the whole area in one command, as its attributes require."},
    {0x47, "TPM_CONTEXT_GAP", "A saved context is too old to be loaded.", kContextDetail,
     kContextNext},
    {0x48, "TPM_MAXNVWRITES", "Too many NV writes while the TPM has no owner.",
     "Without an owner the TPM allows only a small number of NV writes (64 on most chips) to "
     "protect its memory from wearing out; programs that keep writing NV before an owner exists "
     "hit this limit.",
     "Take ownership (the wizard does): the limit applies only to TPMs without an owner. "
     "Otherwise a clear also resets the count."},
    {0x49, "TPM_NOOPERATOR", "No operator password is set.",
     "The operator password (used for TPM_SetTempDeactivated) was never set with "
     "TPM_SetOperatorAuth.",
     "Set an operator password first (it needs physical presence), or do not use operator "
     "commands."},
    {0x4A, "TPM_RESOURCEMISSING", "The key or session the saved context refers to is not loaded.",
     kContextDetail, kContextNext},
    {0x4B, "TPM_DELEGATE_LOCK", "Delegation administration is locked.", kDelegationDetail,
     kDelegationNext},
    {0x4C, "TPM_DELEGATE_FAMILY", "The command tried to manage another delegation family.",
     kDelegationDetail, kDelegationNext},
    {0x4D, "TPM_DELEGATE_ADMIN", "Managing the delegation table is not enabled.", kDelegationDetail,
     kDelegationNext},
    {0x4E, "TPM_TRANSPORT_NOTEXCLUSIVE",
     "A command ran outside another program's exclusive session.",
     "Another program opened an exclusive transport session; any command from outside it ends "
     "that session and reports this code.",
     "Wait for the other program to finish (or stop it), then repeat."},
    {0x4F, "TPM_OWNER_CONTROL", "The key is under owner control and cannot be saved out.",
     "Keys made persistent by the owner cannot be context-saved.", kContextNext},
    {0x50, "TPM_DAA_RESOURCES", "The TPM has no resources left for a DAA command.", kDaaDetail,
     kDaaNext},
    {0x51, "TPM_DAA_INPUT_DATA0", "A DAA check on the first input failed.", kDaaDetail, kDaaNext},
    {0x52, "TPM_DAA_INPUT_DATA1", "A DAA check on the second input failed.", kDaaDetail, kDaaNext},
    {0x53, "TPM_DAA_ISSUER_SETTINGS", "A DAA check on the issuer's settings failed.", kDaaDetail,
     kDaaNext},
    {0x54, "TPM_DAA_TPM_SETTINGS", "A DAA check on the TPM's own DAA data failed.", kDaaDetail,
     kDaaNext},
    {0x55, "TPM_DAA_STAGE", "A DAA step came out of order.", kDaaDetail, kDaaNext},
    {0x56, "TPM_DAA_ISSUER_VALIDITY", "The DAA issuer's data is inconsistent.", kDaaDetail,
     kDaaNext},
    {0x57, "TPM_DAA_WRONG_W", "A DAA consistency check (on w) failed.", kDaaDetail, kDaaNext},
    {0x58, "TPM_BAD_HANDLE", "A handle in the command is wrong.",
     "The command named a key, session or other object handle that is not valid here, for "
     "example after a reset dropped it.",
     "Repeat the operation from the start, so every object is loaded again."},
    {0x59, "TPM_BAD_DELEGATE", "The delegation is not correct.", kDelegationDetail,
     kDelegationNext},
    {0x5A, "TPM_BADCONTEXT", "The saved context blob is invalid.", kContextDetail, kContextNext},
    {0x5B, "TPM_TOOMANYCONTEXTS", "The TPM holds too many saved contexts.", kContextDetail,
     kContextNext},
    {0x5C, "TPM_MA_TICKET_SIGNATURE", "The migration authority's signature did not verify.",
     kMigrationDetail, kMigrationNext},
    {0x5D, "TPM_MA_DESTINATION", "The migration destination is not approved.", kMigrationDetail,
     kMigrationNext},
    {0x5E, "TPM_MA_SOURCE", "The migration source is wrong.", kMigrationDetail, kMigrationNext},
    {0x5F, "TPM_MA_AUTHORITY", "The migration authority is wrong.", kMigrationDetail,
     kMigrationNext},
    {0x61, "TPM_PERMANENTEK", "The endorsement key cannot be revoked.",
     "This TPM's endorsement key was made permanent (at the factory, or created without the "
     "revocable option), so TPM_RevokeTrust is refused.",
     "Nothing to do: a permanent EK is normal. Clear the TPM if you want a new owner."},
    {0x62, "TPM_BAD_SIGNATURE", "The signature on a certified-migration ticket is wrong.",
     kMigrationDetail, kMigrationNext},
    {0x63, "TPM_NOCONTEXTSPACE", "There is no room in the TPM's list of saved contexts.",
     kContextDetail, kContextNext},
    {0x800, "TPM_RETRY", "The TPM is busy; the same command can be sent again later.",
     "The chip is still working on something (often its self-test or key generation in the "
     "background) and asks for the command to be repeated. Nothing failed.",
     "Nothing to do: the engine waits a moment and sends the command again."},
    {0x801, "TPM_NEEDS_SELFTEST", "The TPM must finish its self-test before this command.",
     "Chips test parts of themselves only when first needed; this command needs a part that "
     "has not been tested yet since power-on.",
     "Nothing to do: the engine runs the self-test (TPM_ContinueSelfTest) and repeats the "
     "command."},
    {0x802, "TPM_DOING_SELFTEST", "The TPM is running its self-test right now.",
     "The command needs parts of the chip that are being tested; the test takes up to a few "
     "seconds after power-on.",
     "Nothing to do: the engine waits for the self-test to finish and repeats the command."},
    {0x803, "TPM_DEFEND_LOCK_RUNNING", "The TPM is locked out after too many wrong passwords.",
     "To stop password guessing, the TPM refuses authorized commands for a while after several "
     "wrong passwords (dictionary-attack lockout). How long depends on the vendor: from minutes "
     "to hours, growing with each further failure, and on many chips the timer only runs while "
     "the computer is on.",
     "Wait with the computer switched on, then try again with the right password; do not try "
     "other passwords meanwhile, each failure extends the lockout. With the owner password you "
     "can end the lockout at once (TPM_ResetLockValue; tpm-tools: tpm_resetdalock)."},
});

} // namespace

std::span<const CatalogueEntry> tpmReturnCodes() {
    return kTable;
}

namespace detail {

const CatalogueEntry* findTpmCode(std::uint32_t code) {
    const auto it = std::find_if(kTable.begin(), kTable.end(),
                                 [code](const CatalogueEntry& e) { return e.code == code; });
    return it == kTable.end() ? nullptr : &*it;
}

const CatalogueEntry* findTpmName(std::string_view name) {
    std::string wanted = upper(name);
    if (wanted.starts_with("TPM_E_")) {
        wanted.erase(4, 2); // Windows/TSS spelling TPM_E_X -> TPM_X
    } else if (!wanted.starts_with("TPM_")) {
        wanted.insert(0, "TPM_");
    }
    const auto it = std::find_if(kTable.begin(), kTable.end(),
                                 [&wanted](const CatalogueEntry& e) { return wanted == e.name; });
    return it == kTable.end() ? nullptr : &*it;
}

} // namespace detail
} // namespace tpm::explain
