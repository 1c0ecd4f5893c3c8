// Issue 12, items 3 and 4: a TPM 2.0 (swtpm --tpm2) provisioned by the engine with the
// default policy, and checked with tpm2-tools, an independent client; states other tools
// left, and answers lost on the way (FaultProxy), each end provisioned-and-checked or
// clearly stopped, with no extra dictionary-attack failure and no second SRK.

#include "FaultProxy.h"
#include "Tpm2TestSupport.h"
#include "engine/Tpm2Plan.h"
#include "tpm2/Tcti.h"
#include "tpm2/Tpm2Provisioner.h"
#include "transport/SwtpmControl.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <gtest/gtest.h>

using namespace tpm;
using namespace tpm::test;

namespace {

constexpr char kLockoutPassword[] = "QX7RM-2KD4P-ZL3WA-H6TNE-5BYC2";
constexpr std::uint32_t kHierarchyChangeAuth = 0x129;
constexpr std::uint32_t kEvictControl = 0x120;
constexpr std::uint32_t kCreatePrimary = 0x131;

class Tpm20ProvisioningTest : public Tpm2SwtpmTest {
protected:
    void SetUp() override {
        Tpm2SwtpmTest::SetUp();
        if (HasFatalFailure())
            return;
        tool({"tpm2_startup", "-c"});
        passwordFile = swtpm.stateDir() + "/lockout.txt";
        std::ofstream(passwordFile) << kLockoutPassword; // tpm2-tools' file: takes it as is
    }

    tpm2::Tpm2ProvisionOptions options() const {
        tpm2::Tpm2ProvisionOptions o;
        o.lockoutAuth = AuthValue(kLockoutPassword);
        o.confirmLockoutAuthStored = [] { return true; };
        return o;
    }

    ProvisionReport provision(const tpm2::Tpm2ProvisionOptions& o, const TransportSpec& target) {
        tpm2::Tpm2Provisioner provisioner(target, nullptr);
        return provisioner.run(o);
    }
    ProvisionReport provision(const tpm2::Tpm2ProvisionOptions& o) { return provision(o, spec); }

    static std::string describe(const ProvisionReport& r) {
        std::string out = "outcome " + outcomeName(r.outcome);
        if (r.error)
            out += ": " + r.error->detail;
        for (const StepRecord& s : r.steps)
            out += "\n  " + stepName(s.step) + ": " + s.message;
        for (const Message& m : r.notes)
            out += "\n  note: " + m.text;
        return out;
    }

    static bool noted(const ProvisionReport& r, MessageId id) {
        return std::any_of(r.notes.begin(), r.notes.end(),
                           [id](const Message& m) { return m.id == id; });
    }

    static int runsOf(const ProvisionReport& r, StepId step) {
        return static_cast<int>(
            std::count_if(r.steps.begin(), r.steps.end(),
                          [step](const StepRecord& s) { return s.step == step; }));
    }

    // What tpm2-tools sees: the variable properties and the persistent and transient handles.
    std::string snapshot() {
        return tool({"tpm2_getcap", "properties-variable"}) +
               tool({"tpm2_getcap", "handles-persistent"}) +
               tool({"tpm2_getcap", "handles-transient"});
    }

    // The lockout password works, in tpm2-tools' hands: a try the engine had sent wrong would
    // have blocked it (0x921 for lockoutRecovery seconds).
    void expectLockoutPasswordWorks() {
        tool({"tpm2_dictionarylockout", "-c", "-p", "file:" + passwordFile});
    }

    // The default policy's result, as tpm2-tools reports it.
    void expectProvisioned(std::uint32_t maxTries = 32, std::uint32_t interval = 600,
                           std::uint32_t recovery = 86400) {
        const std::string getcap = tool({"tpm2_getcap", "properties-variable"});
        EXPECT_EQ(value(getcap, "lockoutAuthSet"), "1");
        EXPECT_EQ(value(getcap, "ownerAuthSet"), "0");
        EXPECT_EQ(value(getcap, "endorsementAuthSet"), "0");
        EXPECT_EQ(number(getcap, "TPM2_PT_MAX_AUTH_FAIL"), maxTries);
        EXPECT_EQ(number(getcap, "TPM2_PT_LOCKOUT_INTERVAL"), interval);
        EXPECT_EQ(number(getcap, "TPM2_PT_LOCKOUT_RECOVERY"), recovery);
        EXPECT_EQ(number(getcap, "TPM2_PT_LOCKOUT_COUNTER"), 0u);
        const std::string transient = tool({"tpm2_getcap", "handles-transient"});
        EXPECT_EQ(transient.find("0x80"), std::string::npos) << transient;
    }

    // The SRK at 0x81000001 has systemd's template: its attributes, and the Name a primary
    // made by tpm2-tools from that template in the same hierarchy has.
    void expectSharedSrk() {
        const std::string readpublic = tool({"tpm2_readpublic", "-c", "0x81000001"});
        EXPECT_NE(readpublic.find("raw: 0x30472"), std::string::npos) << readpublic;
        const std::string dir = swtpm.stateDir();
        tool({"tpm2_createprimary", "-C", "o", "-g", "sha256", "-G", "ecc256:null:aes128cfb", "-a",
              kSharedSrkAttributes, "-c", dir + "/systemd-srk.ctx"});
        const std::string created = tool({"tpm2_readpublic", "-c", dir + "/systemd-srk.ctx"});
        tool({"tpm2_flushcontext", "-t"});
        const std::regex nameLine("\\nname: ([0-9a-f]+)");
        const std::string createdLines = "\n" + created;
        const std::string readLines = "\n" + readpublic;
        std::smatch ours, theirs;
        ASSERT_TRUE(std::regex_search(readLines, ours, nameLine)) << readpublic;
        ASSERT_TRUE(std::regex_search(createdLines, theirs, nameLine)) << created;
        EXPECT_EQ(ours[1].str(), theirs[1].str());
    }

    std::string passwordFile;
};

} // namespace

TEST_F(Tpm20ProvisioningTest, FactoryToProvisionedWithTheDefaultPolicy) {
    const ProvisionReport report = provision(options());
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report);
    EXPECT_EQ(runsOf(report, StepId::CreateSrk), 1);
    EXPECT_EQ(runsOf(report, StepId::DictionaryAttack), 1);
    EXPECT_EQ(runsOf(report, StepId::LockoutAuth), 1);
    EXPECT_EQ(runsOf(report, StepId::OwnerAuth), 0);
    EXPECT_TRUE(noted(report, MessageId::Tpm2Checked));
    expectProvisioned();
    expectSharedSrk();
    expectLockoutPasswordWorks();
}

TEST_F(Tpm20ProvisioningTest, SettingsRsaOwnerAndEndorsementPasswordsAsAsked) {
    tpm2::Tpm2ProvisionOptions o = options();
    o.policy.daMaxTries = 10;
    o.policy.daRecoveryTime = 120;
    o.policy.daLockoutRecovery = 300;
    o.policy.srkAlgorithm = SrkAlgorithm::Rsa;
    o.policy.setOwnerAuth = true;
    o.ownerAuth = AuthValue("owner secret");
    o.policy.setEndorsementAuth = true;
    o.endorsementAuth = AuthValue("endorsement secret");
    const ProvisionReport report = provision(o);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report);
    const std::string getcap = tool({"tpm2_getcap", "properties-variable"});
    EXPECT_EQ(value(getcap, "ownerAuthSet"), "1");
    EXPECT_EQ(value(getcap, "endorsementAuthSet"), "1");
    EXPECT_EQ(number(getcap, "TPM2_PT_MAX_AUTH_FAIL"), 10u);
    EXPECT_EQ(number(getcap, "TPM2_PT_LOCKOUT_INTERVAL"), 120u);
    EXPECT_EQ(number(getcap, "TPM2_PT_LOCKOUT_RECOVERY"), 300u);
    const std::string readpublic = tool({"tpm2_readpublic", "-c", "0x81000001"});
    EXPECT_NE(readpublic.find("rsa"), std::string::npos) << readpublic;
    // The same password bytes work in tpm2-tools (its str: form).
    tool({"tpm2_changeauth", "-c", "owner", "-p", "str:owner secret", "str:owner secret"});
    tool({"tpm2_changeauth", "-c", "endorsement", "-p", "str:endorsement secret",
          "str:endorsement secret"});
    expectLockoutPasswordWorks();
}

TEST_F(Tpm20ProvisioningTest, ARerunLeavesTheLockoutPasswordAloneAndSendsNoTry) {
    ASSERT_EQ(provision(options()).outcome, Outcome::OwnedAndVerified);
    const std::string before = snapshot();
    tpm2::Tpm2ProvisionOptions other = options();
    other.lockoutAuth = AuthValue("not the password that was set");
    const ProvisionReport again = provision(other);
    EXPECT_EQ(again.outcome, Outcome::AlreadyOwned) << describe(again);
    ASSERT_TRUE(again.error);
    EXPECT_EQ(again.error->code, static_cast<std::uint32_t>(EngineStopCode::LockoutSetBefore));
    EXPECT_TRUE(again.steps.empty()) << describe(again);
    EXPECT_EQ(snapshot(), before);
    expectLockoutPasswordWorks();
}

TEST_F(Tpm20ProvisioningTest, ARunDoesOnlyWhatIsLeft) {
    // An earlier run (or systemd) made the SRK and set the DA settings; the lockout password
    // is still empty.
    persistSrk("ecc256:null:aes128cfb", kSharedSrkAttributes);
    tool({"tpm2_dictionarylockout", "-s", "-n", "32", "-t", "600", "-l", "86400"});
    const ProvisionReport report = provision(options());
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report);
    EXPECT_EQ(runsOf(report, StepId::CreateSrk), 0);
    EXPECT_EQ(runsOf(report, StepId::DictionaryAttack), 0);
    EXPECT_EQ(runsOf(report, StepId::LockoutAuth), 1);
    expectProvisioned();
    expectLockoutPasswordWorks();
}

TEST_F(Tpm20ProvisioningTest, OwnerPasswordSetByWindowsWithoutSrkStopsBeforeAnyChange) {
    tool({"tpm2_changeauth", "-c", "owner", "windows-owner"});
    const std::string before = snapshot();
    const ProvisionReport report = provision(options());
    EXPECT_EQ(report.outcome, Outcome::Blocked) << describe(report);
    ASSERT_TRUE(report.finalPlan);
    const PlanStep& srk = report.finalPlan->step(StepId::CreateSrk);
    EXPECT_EQ(srk.status, StepStatus::Blocked);
    EXPECT_EQ(srk.reason.id, MessageId::Tpm2SrkOwnerAuthSet);
    EXPECT_TRUE(report.steps.empty());
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Tpm20ProvisioningTest, AnSrkWithAnotherTemplateIsKept) {
    persistSrk("rsa2048:null:aes128cfb",
               "restricted|decrypt|fixedtpm|fixedparent|sensitivedataorigin|userwithauth");
    const std::string srkBefore = tool({"tpm2_readpublic", "-c", "0x81000001"});
    const ProvisionReport report = provision(options());
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report);
    EXPECT_EQ(runsOf(report, StepId::CreateSrk), 0);
    ASSERT_TRUE(report.finalPlan);
    EXPECT_EQ(report.finalPlan->step(StepId::CreateSrk).reason.id, MessageId::Tpm2SrkOther);
    EXPECT_EQ(tool({"tpm2_readpublic", "-c", "0x81000001"}), srkBefore);
    expectLockoutPasswordWorks();
}

TEST_F(Tpm20ProvisioningTest, DisableClearAndAnEndorsementHierarchyTurnedOff) {
    tool({"tpm2_clearcontrol", "-C", "l", "s"});
    tool({"tpm2_hierarchycontrol", "-C", "e", "ehEnable", "clear"});
    // Asked for an endorsement password: blocked, and nothing else is done first.
    tpm2::Tpm2ProvisionOptions withEndorsement = options();
    withEndorsement.policy.setEndorsementAuth = true;
    withEndorsement.endorsementAuth = AuthValue("endorsement");
    const std::string before = snapshot();
    const ProvisionReport blocked = provision(withEndorsement);
    EXPECT_EQ(blocked.outcome, Outcome::Blocked) << describe(blocked);
    ASSERT_TRUE(blocked.finalPlan);
    EXPECT_EQ(blocked.finalPlan->step(StepId::EndorsementAuth).reason.id,
              MessageId::Tpm2EndorsementHierarchyOff);
    EXPECT_EQ(snapshot(), before);
    // The default policy needs neither: provisioned, disableClear still set.
    const ProvisionReport report = provision(options());
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report);
    ASSERT_TRUE(report.finalState && report.finalState->tpm2.permanent);
    EXPECT_TRUE(report.finalState->tpm2.permanent->disableClear);
    expectLockoutPasswordWorks();
}

TEST_F(Tpm20ProvisioningTest, ALockedOutLockoutHierarchyIsLeftAlone) {
    tool({"tpm2_changeauth", "-c", "lockout", "file:" + passwordFile});
    tool({"tpm2_dictionarylockout", "-c", "-p", "wrong"}, false); // 0x98E: now blocked
    EXPECT_FALSE(lastToolSucceeded);
    const std::string before = snapshot();
    const ProvisionReport report = provision(options());
    EXPECT_EQ(report.outcome, Outcome::AlreadyOwned) << describe(report);
    EXPECT_TRUE(report.steps.empty()) << describe(report);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(Tpm20ProvisioningTest, ADictionaryAttackLockoutDoesNotStopProvisioning) {
    tool({"tpm2_dictionarylockout", "-s", "-n", "1", "-t", "1000", "-l", "1000"});
    const std::string dir = swtpm.stateDir();
    tool({"tpm2_createprimary", "-C", "o", "-p", "object", "-a",
          "restricted|decrypt|fixedtpm|fixedparent|sensitivedataorigin|userwithauth", "-c",
          dir + "/object.ctx"});
    tool({"tpm2_create", "-C", dir + "/object.ctx", "-P", "wrong", "-u", dir + "/k.pub", "-r",
          dir + "/k.priv"},
         false);
    tool({"tpm2_flushcontext", "-t"});
    ASSERT_EQ(value(tool({"tpm2_getcap", "properties-variable"}), "inLockout"), "1");
    const ProvisionReport report = provision(options());
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report);
    // The SRK is noDA: usable during the lockout, which is left to heal (or to reset-lockout).
    tool({"tpm2_create", "-C", "0x81000001", "-G", "rsa2048", "-u", dir + "/c.pub", "-r",
          dir + "/c.priv"});
    expectLockoutPasswordWorks();
}

TEST_F(Tpm20ProvisioningTest, AResetTpmIsStartedFirst) {
    // A power cycle without Startup: the TPM answers TPM_RC_INITIALIZE.
    ASSERT_TRUE(swtpmctrl::init("127.0.0.1", swtpm.controlPort()).ok());
    const ProvisionReport report = provision(options());
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report);
    EXPECT_TRUE(noted(report, MessageId::Tpm2StartupSent));
    expectProvisioned();
}

// Answers lost around the commands that change the TPM: the TPM's flags decide, never a
// password; the DA counter stays at zero and there is one SRK.
class Tpm20LostAnswerTest : public Tpm20ProvisioningTest,
                            public ::testing::WithParamInterface<std::pair<std::uint32_t, int>> {};

TEST_P(Tpm20LostAnswerTest, EndsProvisionedWithoutAnExtraFailure) {
    const auto [commandCode, kind] = GetParam();
    FaultProxy proxy("127.0.0.1", spec.port, swtpm.controlPort());
    ASSERT_TRUE(proxy.start().ok());
    auto proxied = TransportSpec::parse(proxy.spec());
    ASSERT_TRUE(proxied.ok());
    proxy.injectFault(commandCode, 1,
                      Fault(static_cast<FaultKind>(kind), std::chrono::milliseconds{300}));
    const ProvisionReport report = provision(options(), *proxied);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report);
    EXPECT_EQ(proxy.faultsApplied(), 1u);
    if (static_cast<FaultKind>(kind) != FaultKind::Delay) {
        EXPECT_TRUE(noted(report, MessageId::Tpm2AnswerLost)) << describe(report);
    }
    // One SRK: at 0x81000001, and no primary left loaded beside it (expectProvisioned).
    const std::string persistent = tool({"tpm2_getcap", "handles-persistent"});
    EXPECT_NE(persistent.find("0x81000001"), std::string::npos);
    expectProvisioned();
    expectSharedSrk();
    expectLockoutPasswordWorks();
}

// TPM_RC_RETRY more often than ESAPI resubmits by itself: the engine waits and sends the step
// again; nothing ran in the TPM meanwhile (the proxy answered for it).
TEST_F(Tpm20ProvisioningTest, ABusyTpmIsWaitedFor) {
    FaultProxy proxy("127.0.0.1", spec.port, swtpm.controlPort());
    ASSERT_TRUE(proxy.start().ok());
    auto proxied = TransportSpec::parse(proxy.spec());
    ASSERT_TRUE(proxied.ok());
    const Bytes retry = {0x80, 0x01, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x09, 0x22};
    constexpr unsigned kBusyAnswers = 8;
    for (unsigned occurrence = 1; occurrence <= kBusyAnswers; ++occurrence)
        proxy.injectFault(kHierarchyChangeAuth, occurrence, Fault::answering(retry));
    const ProvisionReport report = provision(options(), *proxied);
    ASSERT_EQ(report.outcome, Outcome::OwnedAndVerified) << describe(report);
    EXPECT_EQ(proxy.faultsApplied(), kBusyAnswers);
    EXPECT_TRUE(noted(report, MessageId::Tpm2Busy)) << describe(report);
    expectProvisioned();
    expectLockoutPasswordWorks();
}

INSTANTIATE_TEST_SUITE_P(
    Faults, Tpm20LostAnswerTest,
    ::testing::Values(
        std::pair{kHierarchyChangeAuth, static_cast<int>(FaultKind::DropAfterForward)},
        std::pair{kHierarchyChangeAuth, static_cast<int>(FaultKind::DropBeforeForward)},
        std::pair{kHierarchyChangeAuth, static_cast<int>(FaultKind::ResetAfterForward)},
        std::pair{kHierarchyChangeAuth, static_cast<int>(FaultKind::Garbage)},
        std::pair{kHierarchyChangeAuth, static_cast<int>(FaultKind::Delay)},
        std::pair{kEvictControl, static_cast<int>(FaultKind::DropAfterForward)},
        std::pair{kEvictControl, static_cast<int>(FaultKind::ResetAfterForward)},
        std::pair{kCreatePrimary, static_cast<int>(FaultKind::DropAfterForward)},
        std::pair{kCreatePrimary, static_cast<int>(FaultKind::DropBeforeForward)}));

// The states other tools leave, read and planned: the right plan for each, and reading and
// planning change nothing in the TPM (tpm2-tools sees the same before and after).
TEST_F(Tpm20ProvisioningTest, PreOwnedStatesArePlannedWithoutAnyChange) {
    struct Case {
        const char* name;
        std::vector<std::vector<std::string>> make; // tpm2-tools commands that make the state
        std::function<void(const TpmState&, const Plan&)> expect;
    };
    const std::string dir = swtpm.stateDir();
    const std::vector<Case> cases = {
        {"owner password set by Windows",
         {{"tpm2_changeauth", "-c", "owner", "windows-owner"}},
         [](const TpmState&, const Plan& plan) {
             EXPECT_EQ(plan.step(StepId::CreateSrk).status, StepStatus::Blocked);
             EXPECT_EQ(plan.step(StepId::CreateSrk).reason.id, MessageId::Tpm2SrkOwnerAuthSet);
         }},
        {"an SRK with another template",
         {{"tpm2_createprimary", "-C", "o", "-G", "rsa2048:null:aes128cfb", "-a",
           "restricted|decrypt|fixedtpm|fixedparent|sensitivedataorigin|userwithauth", "-c",
           dir + "/other.ctx"},
          {"tpm2_evictcontrol", "-C", "o", "-c", dir + "/other.ctx", "0x81000001"},
          {"tpm2_flushcontext", "-t"}},
         [](const TpmState&, const Plan& plan) {
             EXPECT_EQ(plan.step(StepId::CreateSrk).status, StepStatus::Done);
             EXPECT_EQ(plan.step(StepId::CreateSrk).reason.id, MessageId::Tpm2SrkOther);
         }},
        {"disableClear set",
         {{"tpm2_clearcontrol", "-C", "l", "s"}},
         [](const TpmState& state, const Plan& plan) {
             EXPECT_TRUE(state.tpm2.permanent->disableClear);
             EXPECT_EQ(plan.next()->id, StepId::CreateSrk);
         }},
        {"the lockout hierarchy locked out",
         {{"tpm2_changeauth", "-c", "lockout", "set-elsewhere"},
          {"tpm2_dictionarylockout", "-c", "-p", "wrong"}},
         [](const TpmState&, const Plan& plan) {
             EXPECT_EQ(plan.next(), nullptr);
             EXPECT_EQ(plan.step(StepId::LockoutAuth).reason.id, MessageId::Tpm2LockoutSetBefore);
             EXPECT_EQ(plan.step(StepId::CreateSrk).reason.id, MessageId::Tpm2LeftToItsOwner);
         }},
        {"the endorsement hierarchy turned off",
         {{"tpm2_hierarchycontrol", "-C", "e", "ehEnable", "clear"}},
         [](const TpmState& state, const Plan&) {
             EXPECT_FALSE(state.tpm2.startupClear->ehEnable);
             Tpm2Policy policy;
             policy.setEndorsementAuth = true;
             const Plan asked = makeTpm2Plan(state, policy);
             EXPECT_EQ(asked.step(StepId::EndorsementAuth).status, StepStatus::Blocked);
         }},
        {"a dictionary-attack lockout",
         {{"tpm2_dictionarylockout", "-s", "-n", "1", "-t", "1000", "-l", "1000"},
          {"tpm2_nvdefine", "0x1500016", "-C", "o", "-s", "8", "-a", "authread|authwrite", "-p",
           "nv"},
          {"tpm2_nvread", "0x1500016", "-C", "0x1500016", "-P", "wrong"}},
         [](const TpmState& state, const Plan& plan) {
             EXPECT_TRUE(state.tpm2.permanent->inLockout);
             EXPECT_EQ(plan.step(StepId::DictionaryAttack).status, StepStatus::Needed);
         }},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        // The platform (as firmware would) starts each case afresh: the clear empties the
        // auths, removes the SRK and turns the hierarchies back on.
        tool({"tpm2_clearcontrol", "-C", "p", "c"});
        tool({"tpm2_clear", "-c", "p"});
        for (const auto& command : c.make)
            tool(command, false); // the wrong tries are meant to fail
        const std::string before = snapshot();
        auto tcti = tpm2::tctiFor(spec);
        ASSERT_TRUE(tcti.ok());
        auto esys = tpm2::EsysConnection::open(*tcti);
        ASSERT_TRUE(esys.ok());
        auto state = tpm2::readTpm2State(**esys, nullptr);
        esys.value().reset(); // swtpm serves one connection: tpm2-tools' turn
        ASSERT_TRUE(state.ok()) << state.error().detail;
        c.expect(*state, makeTpm2Plan(*state, Tpm2Policy{}));
        EXPECT_EQ(snapshot(), before);
    }
}
