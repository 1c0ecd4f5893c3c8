// explain() for the other error kinds and contexts: what the engine does about each state,
// presence edge cases, protocol/crypto/usage/engine errors.

#include "explain/ErrorCatalogue.h"
#include "protocol/Constants.h"

#include <cerrno>
#include <gtest/gtest.h>

namespace tpm::explain {
namespace {

bool has(const std::string& text, const char* needle) {
    return text.find(needle) != std::string::npos;
}

TEST(Lifecycle, EachStateSaysWhatTheEngineDoes) {
    const Explanation disabled = explain(Error::tpm(rc::Disabled));
    EXPECT_TRUE(has(disabled.nextAction, "PhysicalEnable")) << disabled.nextAction;

    const Explanation deactivated = explain(Error::tpm(rc::Deactivated));
    EXPECT_TRUE(has(deactivated.nextAction, "activates")) << deactivated.nextAction;
    EXPECT_TRUE(has(deactivated.nextAction, "restart")) << deactivated.nextAction;

    const Explanation install = explain(Error::tpm(rc::InstallDisabled));
    EXPECT_TRUE(has(install.detail, "owner install")) << install.detail;

    const Explanation owner = explain(Error::tpm(rc::OwnerSet));
    EXPECT_TRUE(has(owner.nextAction, "verify")) << owner.nextAction;
    EXPECT_TRUE(has(owner.nextAction, "clear")) << owner.nextAction;

    const Explanation noEk = explain(Error::tpm(rc::NoEndorsement));
    EXPECT_TRUE(has(noEk.nextAction, "creates the endorsement key")) << noEk.nextAction;
}

TEST(Lifecycle, DeactivatedAfterActivationOnlyNeedsARestart) {
    Context c;
    c.permanent = PermanentFlags{}; // permanent deactivated = FALSE: activation stored
    StclearFlags st;
    st.deactivated = true;
    c.stclear = st;
    const Explanation e = explain(Error::tpm(rc::Deactivated), c);
    EXPECT_TRUE(has(e.detail, "already stored")) << e.detail;
    EXPECT_TRUE(has(e.nextAction, "Restart the computer")) << e.nextAction;
}

TEST(Lifecycle, DisabledWithPresenceLockedPointsToFirmware) {
    Context c;
    StclearFlags st;
    st.physicalPresenceLock = true;
    c.stclear = st;
    const Explanation e = explain(Error::tpm(rc::Disabled), c);
    EXPECT_TRUE(has(e.nextAction, "firmware setup")) << e.nextAction;
}

TEST(Lifecycle, OwnerSetAfterSeveralTakeOwnershipAttempts) {
    Context c;
    c.step = "take-ownership";
    c.ordinal = ordinal::TakeOwnership;
    c.attempts = 2;
    const Explanation e = explain(Error::tpm(rc::OwnerSet), c);
    EXPECT_TRUE(has(e.detail, "2 attempts")) << e.detail;
    EXPECT_TRUE(has(e.detail, "may have completed")) << e.detail;
}

TEST(Presence, LockWhileAlreadyLockedIsHarmless) {
    Context c;
    c.ordinal = ordinal::PhysicalPresence;
    c.presenceBits = pp::NotPresent | pp::Lock;
    StclearFlags st;
    st.physicalPresenceLock = true;
    c.stclear = st;
    EXPECT_TRUE(explain(Error::tpm(rc::BadParameter), c).harmless);
}

TEST(Presence, CmdEnableOffButNotLockedCanBeSetFirst) {
    Context c;
    c.ordinal = ordinal::PhysicalPresence;
    c.presenceBits = pp::Present;
    c.permanent = PermanentFlags{};
    c.stclear = StclearFlags{};
    const Explanation e = explain(Error::tpm(rc::BadParameter), c);
    EXPECT_FALSE(e.harmless);
    EXPECT_TRUE(has(e.nextAction, "CMD_ENABLE first")) << e.nextAction;
}

TEST(Presence, MalformedRequestsAreNamed) {
    Context c;
    c.ordinal = ordinal::PhysicalPresence;
    c.presenceBits = pp::CmdEnable | pp::Present;
    EXPECT_TRUE(has(explain(Error::tpm(rc::BadParameter), c).detail, "mixed"));
    c.presenceBits = pp::Present | pp::NotPresent;
    EXPECT_TRUE(has(explain(Error::tpm(rc::BadParameter), c).detail, "contradictory"));
    c.presenceBits = 0;
    EXPECT_TRUE(has(explain(Error::tpm(rc::BadParameter), c).detail, "without any bit"));
    c.presenceBits = 0x0001;
    EXPECT_TRUE(has(explain(Error::tpm(rc::BadParameter), c).detail, "reserves"));
}

TEST(Presence, CmdEnableWithoutFlagsRead) {
    Context c;
    c.ordinal = ordinal::PhysicalPresence;
    c.presenceBits = pp::CmdEnable;
    const Explanation e = explain(Error::tpm(rc::BadParameter), c);
    EXPECT_FALSE(e.harmless);
    EXPECT_TRUE(has(e.detail, "lifetime lock")) << e.detail;
}

TEST(Presence, BadParameterOnOtherCommandsKeepsTheGenericText) {
    Context c;
    c.ordinal = ordinal::GetCapability;
    const Explanation e = explain(Error::tpm(rc::BadParameter), c);
    EXPECT_EQ(e.meaning, "The TPM rejected one of the command's values.");
    EXPECT_FALSE(e.harmless);
}

TEST(OtherKinds, ProtocolTpm2Response) {
    const Explanation e =
        explain(Error::protocol(ProtocolErrorCode::Tpm2Response, "tag 0x8001"), Context{});
    EXPECT_EQ(e.code, "protocol:6");
    EXPECT_TRUE(has(e.meaning, "TPM 2.0")) << e.meaning;
    EXPECT_TRUE(has(e.detail, "TPM 1.2 only")) << e.detail;
    EXPECT_TRUE(has(e.nextAction, "tpm2-tools")) << e.nextAction;
    EXPECT_TRUE(has(e.nextAction, "systemd-cryptenroll")) << e.nextAction;
    EXPECT_TRUE(has(e.detail, "tag 0x8001")) << e.detail;
}

TEST(OtherKinds, EveryProtocolCodeExplained) {
    for (auto code : {ProtocolErrorCode::Truncated, ProtocolErrorCode::LengthMismatch,
                      ProtocolErrorCode::BadTag, ProtocolErrorCode::TrailingBytes,
                      ProtocolErrorCode::BadValue, ProtocolErrorCode::Tpm2Response}) {
        const Explanation e = explain(Error::protocol(code, "x"), Context{});
        EXPECT_NE(e.name, "UNKNOWN");
        EXPECT_FALSE(e.nextAction.empty());
    }
}

TEST(OtherKinds, ResponseAuthMismatch) {
    const Explanation e =
        explain(Error::crypto(CryptoErrorCode::ResponseAuthMismatch, "HMAC"), Context{});
    EXPECT_EQ(e.name, "CRYPTO_RESPONSE_AUTH_MISMATCH");
    EXPECT_TRUE(has(e.detail, "secret")) << e.detail;
    EXPECT_TRUE(has(e.detail, "altered")) << e.detail;

    Context c;
    c.step = "take-ownership";
    const Explanation take = explain(Error::crypto(CryptoErrorCode::ResponseAuthMismatch, ""), c);
    EXPECT_TRUE(has(take.nextAction, "Do not take ownership again")) << take.nextAction;
}

TEST(OtherKinds, UsageUsesTheMessage) {
    const Explanation e = explain(Error::usage("--owner-password-file is missing"));
    EXPECT_EQ(e.meaning, "--owner-password-file is missing");
    EXPECT_FALSE(e.nextAction.empty());
}

TEST(OtherKinds, EngineStopCodes) {
    const Explanation blocked =
        explain(Error::engine(EngineStopCode::Blocked, "Presence is locked."), Context{});
    EXPECT_EQ(blocked.name, "ENGINE_BLOCKED");
    EXPECT_TRUE(has(blocked.detail, "Presence is locked.")) << blocked.detail;
    EXPECT_TRUE(has(blocked.nextAction, "firmware setup")) << blocked.nextAction;

    const Explanation owned = explain(Error::engine(EngineStopCode::AlreadyOwned, ""));
    EXPECT_TRUE(has(owned.nextAction, "tpmprov verify-owner")) << owned.nextAction;

    const Explanation unknown = explain(Error{ErrorKind::Engine, 999, "stopped"});
    EXPECT_EQ(unknown.name, "ENGINE_STOPPED");
}

TEST(OtherKinds, UnlistedTpmCodes) {
    EXPECT_EQ(explain(Error::tpm(0x400)).name, "TPM_VENDOR_ERROR");
    EXPECT_EQ(explain(Error::tpm(0xC01)).name, "TPM_VENDOR_NONFATAL");
    const Explanation tpm2 = explain(Error::tpm(rc::Tpm2BadTag));
    EXPECT_TRUE(has(tpm2.detail, "TPM 2.0")) << tpm2.detail;
    EXPECT_EQ(explain(Error::tpm(0x60)).name, "TPM_UNKNOWN_CODE");
    EXPECT_EQ(explain(Error::tpm(0x1087)).name, "TDDL_E_IOERROR");
}

TEST(OtherKinds, SystemErrors) {
    const Explanation access = explain(Error::system(EACCES, "open"));
    EXPECT_TRUE(has(access.nextAction, "tss group")) << access.nextAction;
    EXPECT_TRUE(has(access.nextAction, "helper")) << access.nextAction;
    const Explanation perm = explain(Error::system(EPERM, "open"));
    EXPECT_TRUE(has(perm.nextAction, "root")) << perm.nextAction;
    const Explanation noent = explain(Error::system(ENOENT, "open"));
    EXPECT_TRUE(has(noent.detail, "firmware")) << noent.detail;
    EXPECT_TRUE(has(noent.detail, "/dev/tpmrm0")) << noent.detail;
    const Explanation refused = explain(Error::system(ECONNREFUSED, "connect"));
    EXPECT_TRUE(has(refused.detail, "swtpm")) << refused.detail;
    const Explanation odd = explain(Error::system(EROFS, "x"));
    EXPECT_EQ(odd.code, "errno " + std::to_string(EROFS));
    EXPECT_FALSE(odd.nextAction.empty());
}

} // namespace
} // namespace tpm::explain
