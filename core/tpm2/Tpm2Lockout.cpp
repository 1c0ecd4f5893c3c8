#include "Tpm2Lockout.h"

#include "tpm2/Tpm2Commands.h"
#include "tpm2/Tpm2Provisioner.h"

namespace tpm::tpm2 {

namespace {

constexpr std::uint32_t kRcInitialize = 0x100;
constexpr std::uint32_t kRcDisabled = 0x120;
constexpr std::uint32_t kRcAuthFail = 0x08E; // format 1: counted toward the lockout
constexpr std::uint32_t kRcBadAuth = 0x0A2;  // format 1: not counted

Result<void> checkedAuth(const Tpm2Session& session, const AuthValue& auth) {
    return checkAuthSize(auth, session.state.tpm2.contextHash, "lockout password");
}

} // namespace

Result<Tpm2Session> openTpm2Session(const TransportSpec& spec, const SysfsReader* sysfs) {
    auto esys = EsysConnection::openFor(spec);
    if (!esys)
        return esys.error();
    auto state = readTpm2State(**esys, sysfs);
    if (!state)
        return state.error();
    if (state->awaitingStartup)
        return Error::tss2(kRcInitialize,
                           "the TPM waits for TPM2_Startup; provisioning (or `tpmprov "
                           "startup`) starts it");
    return Tpm2Session{std::move(esys.value()), std::move(state.value())};
}

bool isRefusedAuth(const Error& error) {
    if (error.kind != ErrorKind::Tss2 || (error.code & 0xFF0000u) != 0) // the TPM's own code
        return false;
    const std::uint32_t base = error.code & 0xFFFFu & ~0xF00u; // without the session number
    return base == kRcAuthFail || base == kRcBadAuth;
}

Result<void> verifyLockoutAuth(Tpm2Session& session, const AuthValue& lockoutAuth) {
    if (auto sized = checkedAuth(session, lockoutAuth); !sized)
        return sized.error();
    const auto& da = session.state.tpm2.dictionaryAttack;
    if (!da)
        return Error::usage("the TPM did not report its dictionary-attack settings");
    return setDictionaryAttack(*session.esys, lockoutAuth,
                               {da->maxTries, da->interval, da->lockoutRecovery});
}

Result<void> verifyOwnerAuth(Tpm2Session& session, const AuthValue& ownerAuth) {
    if (auto sized = checkAuthSize(ownerAuth, session.state.tpm2.contextHash, "owner password");
        !sized)
        return sized.error();
    return checkHierarchyAuth(*session.esys, Hierarchy::Owner, ownerAuth);
}

Result<void> resetLockoutCounter(Tpm2Session& session, const AuthValue& lockoutAuth) {
    if (auto sized = checkedAuth(session, lockoutAuth); !sized)
        return sized.error();
    return resetLockout(*session.esys, lockoutAuth);
}

Result<void> clearByLockout(Tpm2Session& session, const AuthValue& lockoutAuth) {
    if (auto sized = checkedAuth(session, lockoutAuth); !sized)
        return sized.error();
    const Tpm2Details& d = session.state.tpm2;
    if (d.permanent && d.permanent->disableClear)
        return Error::tss2(kRcDisabled, "disableClear is set: only the firmware (the platform "
                                        "hierarchy, or a clear requested through the "
                                        "firmware's Physical Presence Interface) can clear "
                                        "this TPM");
    return clearWithLockout(*session.esys, lockoutAuth);
}

} // namespace tpm::tpm2
