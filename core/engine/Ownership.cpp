#include "engine/Ownership.h"

#include "crypto/Crypto.h"
#include "crypto/OiapAuth.h"
#include "protocol/Commands.h"
#include "protocol/Response.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace tpm {

namespace {

// TPM_RETRY / TPM_DOING_SELFTEST: nothing ran, so a fresh session may try again. 50 ms
// doubling to 2 s, about 10 s in all.
constexpr int kMaxNotNowAttempts = 10;

bool notNow(const Error& error) {
    return error.isTpm(rc::Retry) || error.isTpm(rc::DoingSelfTest);
}

// After a refusal or a lost answer the TPM may keep the session (libtpms does on
// DEFEND_LOCK_RUNNING); left open, sessions run out (TPM_RESOURCES) for every program. The
// answer does not matter: a TPM that closed the session refuses the flush harmlessly.
void flushSession(TpmClient& client, std::uint32_t authHandle) {
    (void)client.execute(buildFlushAuthSession(authHandle), "auth session");
}

Result<AuthorizedResponse> runInFreshSession(TpmClient& client, const AuthorizedCommand& command,
                                             const Secret& secret) {
    auto oiapResponse = client.execute(buildOiap());
    if (!oiapResponse)
        return oiapResponse.error();
    auto session = parseOiap(*oiapResponse);
    if (!session)
        return session.error();

    auto request = authorize(command, secret, session->authHandle, session->nonceEven);
    if (!request)
        return request.error();
    auto response = client.execute(request->bytes);
    wipe(request->bytes); // holds the encrypted secrets and the HMAC
    if (!response) {
        flushSession(client, session->authHandle);
        return response.error();
    }
    auto verified = verifyAuthorizedResponse(*response, command.ordinal, secret, *request);
    // A success answer closed the session (continueAuthSession is FALSE in every request).
    if (!verified && verified.error().kind != ErrorKind::Crypto)
        flushSession(client, session->authHandle);
    return verified;
}

} // namespace

Result<AuthorizedResponse> runOwnerAuthorized(TpmClient& client, const AuthorizedCommand& command,
                                              const Secret& secret) {
    auto delay = std::chrono::milliseconds{50};
    for (int attempt = 1;; ++attempt) {
        auto result = runInFreshSession(client, command, secret);
        if (result || !notNow(result.error()) || attempt >= kMaxNotNowAttempts)
            return result;
        std::this_thread::sleep_for(delay);
        delay = std::min(delay * 2, std::chrono::milliseconds{2000});
    }
}

Result<Key> takeOwnershipOnce(TpmClient& client, const PubKey& endorsementKey,
                              const Secret& ownerSecret, const Secret& srkSecret) {
    auto ek = RsaPublicKey::fromModulus(endorsementKey.modulus,
                                        endorsementKey.algorithmParms.rsa.exponent);
    if (!ek)
        return ek.error();
    auto encOwner = ek->encryptOaepTcpa(ownerSecret.view());
    if (!encOwner)
        return encOwner.error();
    auto encSrk = ek->encryptOaepTcpa(srkSecret.view());
    if (!encSrk)
        return encSrk.error();

    const AuthorizedCommand command = makeTakeOwnership(*encOwner, *encSrk, defaultSrkParams());
    auto response = runOwnerAuthorized(client, command, ownerSecret);
    if (!response)
        return response.error();
    return parseTakeOwnershipOut(response->outParams);
}

Result<CapabilityOwnerOut> getCapabilityOwner(TpmClient& client, const Secret& ownerSecret) {
    auto response = runOwnerAuthorized(client, makeGetCapabilityOwner(), ownerSecret);
    if (!response)
        return response.error();
    return parseGetCapabilityOwnerOut(response->outParams);
}

Result<PubKey> readStorageRootKey(TpmClient& client, const Secret& ownerSecret) {
    auto response = runOwnerAuthorized(client, makeOwnerReadInternalPub(kSrkHandle), ownerSecret);
    if (!response)
        return response.error();
    return parseOwnerReadInternalPubOut(response->outParams);
}

Result<OwnerCheck> checkOwnerSecret(TpmClient& client, const Secret& ownerSecret) {
    auto result = getCapabilityOwner(client, ownerSecret);
    if (result)
        return OwnerCheck::Accepted;
    if (result.error().isTpm(rc::AuthFail))
        return OwnerCheck::Rejected;
    return result.error();
}

Result<OwnerCheck> verifyOwnerOf(TpmClient& client, const TpmState& state,
                                 const Secret& ownerSecret) {
    if (state.family != TpmFamily::Tpm12)
        return Error::engine(EngineStopCode::NotTpm12,
                             "This is a TPM " + familyName(state.family) +
                                 "; verify-owner works with TPM 1.2 only.");
    if (!state.owned.value_or(false))
        return Error::engine(EngineStopCode::NotOwned,
                             "The TPM has no owner, so there is no owner password to check.");
    if (!state.enabled() || !state.active())
        return Error::engine(EngineStopCode::TpmTurnedOff,
                             std::string("The TPM is turned off (") +
                                 (state.enabled() ? "deactivated" : "disabled") +
                                 "), so it cannot check an owner password; nothing was sent.");
    return checkOwnerSecret(client, ownerSecret);
}

} // namespace tpm
