#include "engine/Ownership.h"

#include "crypto/Crypto.h"
#include "crypto/OiapAuth.h"
#include "protocol/Commands.h"
#include "protocol/Response.h"

namespace tpm {

Result<AuthorizedResponse> runOwnerAuthorized(TpmClient& client, const AuthorizedCommand& command,
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
    if (!response)
        return response.error();
    return verifyAuthorizedResponse(*response, command.ordinal, secret, *request);
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

} // namespace tpm
