#pragma once
// tpmprov's TPM 2.0 commands (Tpm2Commands.cpp).

#include "CliSession.h"
#include "engine/Tpm2Details.h"

namespace tpmprov {

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
