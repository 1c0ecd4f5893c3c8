#pragma once
// tpmprov's TPM 2.0 commands (Tpm2Commands.cpp).

#include "CliSession.h"
#include "crypto/Secret.h"
#include "engine/Tpm2Details.h"
#include "engine/Tpm2Plan.h"

namespace tpmprov {

struct LockoutPassword {
    tpm::AuthValue auth;
    bool generated = false; // a new file: a generated password was written to it, read back
};

// --lockout-password-file F: the password in F; with mayGenerate (provision) a missing F is
// created 0600 with a generated password first. Read by the user running tpmprov, so through
// the helper the file stays the user's.
tpm::Result<LockoutPassword> lockoutPasswordFromOptions(const QCommandLineParser& parser,
                                                        bool mayGenerate);
// --da-max-tries, --da-recovery-time, --da-lockout-recovery, --srk-algorithm and which
// passwords to set.
tpm::Result<tpm::Tpm2Policy> tpm2PolicyFromOptions(const QCommandLineParser& parser);
// A generated lockout password's notice (text output only).
void printGeneratedNotice(Cli& cli);

// After cli.connect(): whether the TPM is a 2.0; if so the connection is closed for tpm2-tss.
bool detectTpm2(Cli& cli);

// The TPM 2.0 provision options that can be checked without a TPM (numbers, --srk-algorithm).
tpm::Result<void> checkTpm2Options(const QCommandLineParser& parser);
int runTpm2Provision(Cli& cli);
int runTpm2VerifyOwner(Cli& cli);
// After detectTpm2: TPM2_Startup(CLEAR) when the TPM waits for it; TPM2_SelfTest(full).
int runTpm2Startup(Cli& cli);
int runTpm2SelfTest(Cli& cli);
int runVerifyLockout(Cli& cli);
int runResetLockout(Cli& cli);
int runClear(Cli& cli);
// What TPM2_Clear destroys, in words, listed before it is sent.
QString clearConsequences(const tpm::Tpm2Details& details);

} // namespace tpmprov
