// Fits errno explanations to the context: which command timed out and why, who holds the
// device.

#include "CatalogueInternal.h"
#include "protocol/Constants.h"

#include <cerrno>

namespace tpm::explain::detail {
namespace {

// The only duration override in the Linux driver (tpm_tis_core.c, since 5.5).
constexpr const char* kOverriddenStmVersion = "1.2.8.28";

// The command when it is known; the step only when it is not (an OIAP or ReadPubek that
// timed out during the step is not the key generation).
bool isTakeOwnership(const Context& c) {
    return c.ordinal == ordinal::TakeOwnership || (c.ordinal == 0 && c.step == "take-ownership");
}

bool isLongCommand(const Context& c) {
    return c.ordinal == ordinal::CreateEndorsementKeyPair || c.ordinal == ordinal::SelfTestFull ||
           c.ordinal == ordinal::ContinueSelfTest || c.step == "endorsement-key" ||
           c.step == "self-test";
}

std::string chipIdentity(const Context& c) {
    if (c.vendor.empty() && c.chipVersion.empty()) {
        return {};
    }
    std::string id =
        "This TPM is made by " + (c.vendor.empty() ? std::string{"an unknown vendor"} : c.vendor);
    if (!c.chipVersion.empty()) {
        id += " (chip version " + c.chipVersion + ")";
    }
    return id + ".";
}

std::string durationsSentence(const Context& c) {
    std::string text;
    if (!c.sysfsDurations.empty()) {
        text = "The kernel allows short/medium/long = " + c.sysfsDurations + " (microseconds";
        const std::string seconds = durationsInSeconds(c.sysfsDurations);
        if (!seconds.empty()) {
            text += ": " + seconds;
        }
        text += ").";
    }
    if (c.tpmDurations) {
        const std::string reported = secondsText(c.tpmDurations->shortUs) + " / " +
                                     secondsText(c.tpmDurations->mediumUs) + " / " +
                                     secondsText(c.tpmDurations->longUs);
        if (reported != durationsInSeconds(c.sysfsDurations)) {
            appendSentence(text, "The TPM itself reports " + reported + ".");
        }
    }
    return text;
}

std::string overrideSentence(const Context& c) {
    std::string text = "Linux overrides these durations only for STMicro chips with version " +
                       std::string{kOverriddenStmVersion} +
                       " (tpm_tis_core, Linux 5.5 and later; it then allows 120 s)";
    const bool isStm = containsNoCase(c.vendor, "STM");
    if (c.chipVersion.empty() && c.vendor.empty()) {
        return text + ".";
    }
    if (isStm && c.chipVersion == kOverriddenStmVersion) {
        return text + ". This chip is one of them: on an older kernel, or if 120 s is still too "
                      "short for it, the timeout remains.";
    }
    if (isStm) {
        return text + ", so this STM chip (" +
               (c.chipVersion.empty() ? std::string{"version unknown"} : c.chipVersion) +
               ") is not covered and runs with the durations it reports itself.";
    }
    return text + ", so this chip is not covered.";
}

void fitEtime(Explanation& out, const Context& c) {
    const std::string identity = chipIdentity(c);
    std::string detail;
    if (c.emulated) {
        out.meaning = "The emulated TPM did not answer in time.";
        detail = "No answer came over the connection to the emulated TPM (swtpm) within the "
                 "time allowed for this command; there is no kernel driver in between.";
        if (c.attempts > 0)
            appendSentence(detail, "The engine made " + std::to_string(c.attempts) +
                                       (c.attempts == 1 ? " attempt." : " attempts."));
        out.detail = std::move(detail);
        out.nextAction = "Check that swtpm is running and not stopped, then run the step again.";
        return;
    }
    if (isTakeOwnership(c)) {
        out.meaning = "The kernel stopped waiting while the TPM was taking ownership.";
        detail = "The kernel stopped waiting while the TPM was generating the 2048-bit storage "
                 "root key (SRK), the slow part of taking ownership: real chips need tens of "
                 "seconds, some over a minute. TakeOwnership is in the kernel's 'long' class.";
    } else if (isLongCommand(c)) {
        detail = "The kernel stopped waiting for a slow command (key generation or self-test), "
                 "which is in the kernel's 'long' duration class.";
    } else {
        detail = "The kernel gave up waiting: the driver's duration for this command class ran "
                 "out.";
    }
    appendSentence(detail, durationsSentence(c));
    appendSentence(detail, identity);
    appendSentence(detail, overrideSentence(c));
    appendSentence(detail, "After the timeout the kernel cancels the command and logs \"Operation "
                           "Timed out\"; many chips then need TPM_Startup (0x26 until it is "
                           "sent), which the engine sends by itself.");
    if (c.attempts > 0) {
        appendSentence(detail, "The engine made " +
                                   (c.attempts == 1 ? std::string{"1 attempt"}
                                                    : std::to_string(c.attempts) + " attempts") +
                                   ".");
    }
    if (isTakeOwnership(c)) {
        appendSentence(detail, "After a timeout the engine re-reads the owned flag before "
                               "retrying, so no second owner is ever set: the chip may have "
                               "finished the first attempt after the kernel gave up.");
        out.nextAction =
            "Run the step again: key generation time varies (the chip searches for random "
            "primes), so another attempt may finish in time, and the engine checks first "
            "whether the TPM is already owned. If it times out every time, this chip needs "
            "longer than the kernel's long duration, which no setting can raise; send the chip "
            "identity and the durations above to the kernel's TPM maintainers "
            "(linux-integrity@vger.kernel.org) asking for a duration quirk for this chip.";
    }
    out.detail = std::move(detail);
}

void fitBusy(Explanation& out, const Context& c) {
    const std::string device = c.devicePath.empty() ? "/dev/tpm0" : c.devicePath;
    if (c.deviceHolder.empty()) {
        out.detail = "The kernel lets only one program open " + device +
                     " at a time. Usually it is held by tcsd (trousers, needed by tpm-tools) or "
                     "tpm2-abrmd.";
        return;
    }
    out.meaning = device + " is in use by " + c.deviceHolder + ".";
    out.detail = "The kernel lets only one program open " + device + " at a time, and " +
                 c.deviceHolder + " has it open.";
    if (containsNoCase(c.deviceHolder, "tcsd")) {
        appendSentence(out.detail, "tcsd is the trousers daemon that tpm-tools talk through; "
                                   "this tool does not need it.");
        out.nextAction = "Stop it with `sudo systemctl stop tcsd` (or `sudo kill` its pid if it "
                         "was started by hand) and retry. Start it again afterwards with "
                         "`sudo systemctl start tcsd` if you use tpm-tools.";
    } else if (containsNoCase(c.deviceHolder, "tpm2-abrmd")) {
        appendSentence(out.detail, "tpm2-abrmd is the TPM 2.0 access broker; on a TPM 1.2 "
                                   "machine it is not needed.");
        out.nextAction = "Stop it with `sudo systemctl stop tpm2-abrmd` and retry.";
    } else {
        out.nextAction =
            "Close " + c.deviceHolder + " (or stop the service it belongs to) and retry.";
    }
}

void fitNoDevice(Explanation& out, const Context& c) {
    if (!c.devicePath.empty() && c.devicePath != "/dev/tpm0") {
        out.meaning = "There is no TPM device at " + c.devicePath + ".";
    }
}

} // namespace

void fitSystem(Explanation& out, int err, const Context& c) {
    switch (err) {
    case ETIME:
        fitEtime(out, c);
        break;
    case EBUSY:
        fitBusy(out, c);
        break;
    case ENOENT:
        fitNoDevice(out, c);
        break;
    default:
        break;
    }
}

} // namespace tpm::explain::detail
