#include "engine/Maintenance.h"

#include "crypto/Crypto.h"
#include "protocol/Commands.h"
#include "protocol/Response.h"

namespace tpm {

Result<StartupOutcome> startupTpm(TpmClient& client) {
    auto started = client.startup(StartupType::Clear);
    if (started)
        return StartupOutcome::Started;
    if (started.error().isTpm(rc::InvalidPostInit))
        return StartupOutcome::AlreadyStarted;
    return started.error();
}

std::string startupOutcomeText(StartupOutcome outcome) {
    return outcome == StartupOutcome::Started
               ? "Sent TPM_Startup(ST_CLEAR): the TPM accepts commands again."
               : "The TPM was already started; nothing to do.";
}

Result<void> selfTestFull(TpmClient& client, bool recovering) {
    const Bytes request = buildSelfTestFull();
    auto tested = recovering ? client.run(request) : client.runPlain(request);
    if (tested || !tested.error().isTpm(rc::FailedSelfTest))
        return tested;
    Error error = tested.error();
    if (auto response = client.execute(buildGetTestResult()))
        if (auto blob = parseGetTestResult(*response))
            error.detail = "TPM_GetTestResult: " + toHex(*blob);
    return error;
}

namespace {

// An EK answer (ReadPubek, CreateEndorsementKeyPair) carries a checksum over the key and our
// nonce, so a replayed or altered key is refused.
Result<PubKey> checkedEndorsementKey(Result<PubekOut> answer, const Nonce& antiReplay,
                                     const char* command) {
    if (!answer)
        return answer.error();
    auto expected = sha1({answer->pubKeyBytes, antiReplay});
    if (!expected)
        return expected.error();
    if (!equalConstantTime(*expected, answer->checksum))
        return Error::protocol(ProtocolErrorCode::BadValue,
                               std::string(command) +
                                   " checksum does not match the key and our nonce");
    return std::move(answer->pubKey);
}

} // namespace

Result<PubKey> readPublicEndorsementKey(TpmClient& client) {
    auto antiReplay = randomNonce();
    if (!antiReplay)
        return antiReplay.error();
    auto response = client.executeRecovering(buildReadPubek(*antiReplay));
    if (!response)
        return response.error();
    return checkedEndorsementKey(parseReadPubek(*response), *antiReplay, "ReadPubek");
}

Result<PubKey> createEndorsementKey(TpmClient& client, bool recovering) {
    auto antiReplay = randomNonce();
    if (!antiReplay)
        return antiReplay.error();
    const Bytes request = buildCreateEndorsementKeyPair(*antiReplay);
    auto response = recovering ? client.executeRecovering(request) : client.execute(request);
    if (!response)
        return response.error();
    return checkedEndorsementKey(parseCreateEndorsementKeyPair(*response), *antiReplay,
                                 "CreateEndorsementKeyPair");
}

} // namespace tpm
