// Issue 9, item 2: what JsonReport writes, JsonDecode reads back to the same state and plan,
// so the helper's status prints exactly as the direct one (tpmprov status, through one
// formatter). Checked as write -> read -> write giving the same document.

#include "report/JsonDecode.h"
#include "report/JsonReport.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace tpm;

namespace {

TpmState factoryChip() {
    TpmState state;
    state.family = TpmFamily::Tpm12;
    state.familyDetail = "TPM_CAP_VERSION_VAL";
    CapVersionInfo info;
    info.version = Version{1, 2, 13, 12};
    info.specLevel = 2;
    info.errataRev = 3;
    info.vendorId = {'S', 'T', 'M', ' '};
    info.vendorSpecific = {0x01, 0x02, 0xff};
    state.tpm12.versionInfo = info;
    state.manufacturer = "STM";
    state.tpm12.permanent = PermanentFlags{};
    state.tpm12.permanent->disable = true;
    state.tpm12.permanent->deactivated = true;
    state.tpm12.permanent->physicalPresenceLifetimeLock = true;
    state.tpm12.permanent->physicalPresenceCMDEnable = true;
    state.tpm12.permanent->reported = 19; // a revision 94 chip
    state.tpm12.stclear = StclearFlags{};
    state.tpm12.stclear->deactivated = true;
    state.owned = false;
    state.tpm12.ek = EkStatus::Unknown;
    state.tpm12.durations = Durations{3015000, 4508000, 180995000};
    state.tpm12.tisTimeouts = TisTimeouts{750000, 750000, 750000, 750000};
    SysfsInfo sysfs;
    sysfs.directory = "/sys/class/tpm/tpm0";
    sysfs.durations = "3015000 4508000 180995000 [original]";
    sysfs.versionMajor = 1;
    sysfs.enabled = false;
    sysfs.owned = false;
    sysfs.hasPpi = true;
    sysfs.ppiVersion = "1.2";
    state.sysfs = sysfs;
    state.recoveries = {say(MessageId::StartupAfterReset, {"TPM_GetCapability"})};
    return state;
}

TpmState ownedChip() {
    TpmState state = factoryChip();
    state.tpm12.permanent->disable = false;
    state.tpm12.permanent->deactivated = false;
    state.tpm12.permanent->reported = PermanentFlags::kPermanentFlagCount;
    state.tpm12.stclear->deactivated = false;
    state.owned = true;
    state.tpm12.ek = EkStatus::Unreadable;
    state.tpm12.ekFingerprint = "00112233445566778899aabbccddeeff00112233";
    state.sysfs.reset();
    state.recoveries.clear();
    return state;
}

TpmState waitingForStartup() {
    TpmState state;
    state.family = TpmFamily::Tpm12;
    state.awaitingStartup = true;
    return state;
}

TpmState legacyChip() {
    TpmState state;
    state.family = TpmFamily::Tpm11;
    state.tpm12.legacyVersion = Version{1, 1, 0, 6};
    return state;
}

// A TPM 2.0 that Windows set up: owner and lockout auths set, its SRK, an EK certificate.
TpmState windowsTpm2() {
    TpmState state;
    state.family = TpmFamily::Tpm20;
    state.manufacturer = "IFX";
    Tpm2Details& d = state.tpm2;
    d.manufacturer = "IFX";
    d.vendorString = "SLB9670";
    d.familyIndicator = "2.0";
    d.specLevel = 0;
    d.specRevision = 138;
    d.firmwareVersion1 = 0x0007003D;
    d.firmwareVersion2 = 0x00AE6800;
    d.contextHash = "sha256";
    d.tcti = "device:/dev/tpmrm0";
    d.permanent = Tpm2Permanent{true, false, true, false, false, true};
    d.startupClear = Tpm2StartupClear{false, true, true, true, true};
    d.dictionaryAttack = Tpm2DictionaryAttack{1, 32, 600, 86400};
    d.persistentHandles = {0x81000001, 0x81010001};
    d.srk = Tpm2Srk{"rsa", 0x00030472, "000b1234", true, ""};
    d.ekCertificateIndices = {0x01C00002};
    d.pcrBanks = {"sha1", "sha256"};
    SysfsInfo sysfs;
    sysfs.directory = "/sys/class/tpm/tpm0";
    sysfs.versionMajor = 2;
    sysfs.hasPpi = true;
    sysfs.ppiVersion = sysfs.ppi.version = "1.3";
    sysfs.ppiTcgOperations = "5 3: User required\n14 3: User required";
    sysfs.ppi.operations = parsePpiOperations(sysfs.ppiTcgOperations);
    sysfs.ppi.request = 5;
    sysfs.ppi.response = parsePpiResponse("5 0xFFFFFFF0: User Abort");
    sysfs.ppi.transitionAction = 2;
    state.sysfs = sysfs;
    return state;
}

std::string compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

TEST(JsonRoundTrip, StatusDocumentsReadBackToTheSameDocument) {
    for (const TpmState& state : {factoryChip(), ownedChip(), waitingForStartup(), legacyChip(),
                                  windowsTpm2(), TpmState{}}) {
        const Plan plan = makePlan(state);
        const QJsonObject written = report::statusToJson("swtpm:127.0.0.1:1:2", state, plan);
        auto read = report::stateFromJson(written);
        ASSERT_TRUE(read.ok()) << read.error().detail << compact(written);
        auto readPlan = report::planFromJson(written.value(QStringLiteral("plan")).toArray());
        ASSERT_TRUE(readPlan.ok()) << readPlan.error().detail;
        EXPECT_EQ(compact(report::statusToJson("swtpm:127.0.0.1:1:2", *read, *readPlan)),
                  compact(written));
        EXPECT_EQ(read->vendor(), state.vendor());
        EXPECT_EQ(read->chipVersion(), state.chipVersion());
    }
}

TEST(JsonRoundTrip, Tpm2DetailsSurviveTheCodec) {
    const TpmState state = windowsTpm2();
    const QJsonObject written = report::statusToJson("device:/dev/tpm0", state, makePlan(state));
    ASSERT_TRUE(written.value(QStringLiteral("tpm2")).isObject()) << compact(written);
    auto read = report::stateFromJson(written);
    ASSERT_TRUE(read.ok()) << read.error().detail;
    const Tpm2Details& d = read->tpm2;
    ASSERT_TRUE(d.permanent && d.dictionaryAttack && d.srk);
    EXPECT_TRUE(d.permanent->ownerAuthSet);
    EXPECT_FALSE(d.permanent->endorsementAuthSet);
    EXPECT_EQ(d.dictionaryAttack->lockoutRecovery, 86400u);
    EXPECT_EQ(d.persistentHandles, (std::vector<std::uint32_t>{0x81000001, 0x81010001}));
    EXPECT_EQ(d.srk->attributes, 0x00030472u);
    EXPECT_EQ(d.firmwareVersion(), "7.61.174.26624");
    EXPECT_EQ(read->chipVersion(), "7.61.174.26624");
    ASSERT_TRUE(read->sysfs.has_value());
    const PpiState& ppi = read->sysfs->ppi;
    EXPECT_EQ(ppi.operations.size(), 2u);
    EXPECT_EQ(ppi.request, 5u);
    ASSERT_TRUE(ppi.response.has_value());
    EXPECT_EQ(ppi.response->outcome, PpiResponse::Outcome::UserAbort);
    EXPECT_EQ(ppi.response->result, 0xFFFFFFF0u);
    EXPECT_EQ(ppi.transitionAction, 2);
}

TEST(JsonRoundTrip, MalformedDocumentsAreErrors) {
    EXPECT_FALSE(report::stateFromJson(QJsonObject{}).ok());
    QJsonObject badVersion = report::stateToJson(factoryChip());
    QJsonObject tpm = badVersion.value(QStringLiteral("tpm")).toObject();
    tpm.insert(QStringLiteral("chipVersion"), QStringLiteral("1.2.x"));
    badVersion.insert(QStringLiteral("tpm"), tpm);
    EXPECT_FALSE(report::stateFromJson(badVersion).ok());
    QJsonObject step;
    step.insert(QStringLiteral("step"), QStringLiteral("dance"));
    step.insert(QStringLiteral("status"), QStringLiteral("needed"));
    EXPECT_FALSE(report::planFromJson(QJsonArray{step}).ok());
}

// Issue 9, item 4: plan reasons, notes and recoveries keep their English text and add their
// id and parameters, which read back to the same message.
TEST(JsonRoundTrip, EngineWordsCarryTheirIds) {
    const TpmState state = factoryChip();
    const QJsonObject written = report::statusToJson("device:/dev/tpm0", state, makePlan(state));
    const QJsonObject presence = written.value(QStringLiteral("plan")).toArray().at(0).toObject();
    EXPECT_EQ(presence.value(QStringLiteral("reasonId")).toString().toStdString(),
              std::string(messageKey(makePlan(state).steps.front().reason.id)));
    EXPECT_FALSE(presence.value(QStringLiteral("reason")).toString().isEmpty());
    const QJsonObject recovery =
        written.value(QStringLiteral("recoveryMessages")).toArray().at(0).toObject();
    EXPECT_EQ(recovery.value(QStringLiteral("id")).toString(),
              QStringLiteral("note.startup-after-reset"));
    EXPECT_EQ(recovery.value(QStringLiteral("args")).toArray().at(0).toString(),
              QStringLiteral("TPM_GetCapability"));
    const Message back = report::messageFromJson(recovery);
    EXPECT_EQ(back, state.recoveries.front());
}

TEST(JsonRoundTrip, WordsWithoutAKnownIdAreKeptAsWritten) {
    const Message unknown = report::messageFromJson(QJsonValue(QStringLiteral("note.from-2030")),
                                                    QJsonArray{}, QStringLiteral("Hello."));
    EXPECT_EQ(unknown.id, MessageId::Text);
    EXPECT_EQ(unknown.text, "Hello.");
    // A known id whose text differs (another version's words) keeps the words it came with.
    const Message changed = report::messageFromJson(QJsonValue(QStringLiteral("note.verified")),
                                                    QJsonArray{}, QStringLiteral("Other words."));
    EXPECT_EQ(changed.id, MessageId::Text);
    EXPECT_EQ(changed.text, "Other words.");
}

namespace {

ProvisionReport lostAnswerRun(Trace& trace) {
    trace = {
        TraceEntry{0x0D, "TPM_TakeOwnership", std::nullopt,
                   Error::system(ETIME, "no answer in 180 s"), 180000.5, DurationClass::Long, ""},
        TraceEntry{0x65, "TPM_GetCapability", 0x26, std::nullopt, 3, DurationClass::Short,
                   "TPM_CAP_PROP_OWNER"},
        TraceEntry{0x99, "TPM_Startup", 0, std::nullopt, 12, DurationClass::Short, "ST_CLEAR"}};
    ProvisionReport report;
    report.outcome = Outcome::Failed;
    report.steps = {StepRecord{StepId::SelfTest, true, "done", 0, 0, 812},
                    StepRecord{StepId::TakeOwnership, false, "no answer", 0, 3, 180020}};
    report.notes = {say(MessageId::TakeOwnershipAttempt, {"1", "3"}),
                    say(MessageId::AnswerLost, {"no answer in 180 s"}),
                    say(MessageId::Text, {"words from elsewhere"})};
    report.error = Error::engine(EngineStopCode::TooManyResets, "reset 4 times");
    report.explanation =
        explain::Explanation{"ENGINE_8",          "TooManyResets",         "It kept resetting.",
                             "Power management.", "Check the kernel log.", false};
    report.finalState = factoryChip();
    report.finalPlan = makePlan(*report.finalState);
    report.srkFingerprint = "0123456789abcdef0123456789abcdef01234567";
    return report;
}

} // namespace

// Issue 9, item 2: a job's document reads back into the engine's own report and trace, so
// tpmprov and the wizard print it with the direct path's formatter.
TEST(JsonRoundTrip, RunDocumentsReadBackToTheSameDocument) {
    Trace trace;
    const ProvisionReport report = lostAnswerRun(trace);
    const QJsonObject written = report::provisionToJson("device:/dev/tpm0", report, trace);
    auto read = report::runFromJson(written);
    ASSERT_TRUE(read.ok()) << read.error().detail;
    EXPECT_EQ(read->target, "device:/dev/tpm0");
    EXPECT_EQ(read->outcome, "failed");
    EXPECT_EQ(read->exitCode, 1);
    ASSERT_EQ(read->trace.size(), 3u);
    EXPECT_EQ(read->report.steps.at(1).traceBegin, 0u);
    EXPECT_EQ(read->report.steps.at(1).traceEnd, 3u);
    EXPECT_EQ(read->report.notes, report.notes);
    EXPECT_EQ(compact(report::provisionToJson(read->target, read->report, read->trace)),
              compact(written));
}

TEST(JsonRoundTrip, FailureAndMaintenanceDocumentsRead) {
    const Error error = Error::tpm(0x26, "refused");
    const explain::Explanation e{"0x26", "TPM_INVALID_POSTINIT", "Not started.", "", "Start it.",
                                 false};
    auto failure = report::runFromJson(report::failureToJson("swtpm:127.0.0.1:1", error, e));
    ASSERT_TRUE(failure.ok());
    ASSERT_TRUE(failure->report.error.has_value());
    EXPECT_EQ(failure->report.error->code, 0x26u);
    EXPECT_EQ(failure->report.error->kind, ErrorKind::Tpm);
    EXPECT_EQ(failure->report.explanation->nextAction, "Start it.");
    EXPECT_FALSE(failure->exitCode.has_value());

    QJsonObject done;
    done.insert(QStringLiteral("target"), QStringLiteral("device:/dev/tpm0"));
    done.insert(QStringLiteral("result"), QStringLiteral("done"));
    auto maintenance = report::runFromJson(done);
    ASSERT_TRUE(maintenance.ok());
    EXPECT_EQ(maintenance->outcome, "done");
    EXPECT_FALSE(maintenance->report.error.has_value());
}

TEST(JsonRoundTrip, MalformedRunDocumentsAreErrors) {
    Trace trace;
    const QJsonObject good = report::provisionToJson("t", lostAnswerRun(trace), trace);
    QJsonObject badError = good;
    QJsonObject error = badError.value(QStringLiteral("error")).toObject();
    error.insert(QStringLiteral("code"), QStringLiteral("26")); // not 0x...
    badError.insert(QStringLiteral("error"), error);
    EXPECT_FALSE(report::runFromJson(badError).ok());
    QJsonObject badStep = good;
    QJsonArray steps = badStep.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps.at(0).toObject();
    step.insert(QStringLiteral("step"), QStringLiteral("dance"));
    steps.replace(0, step);
    badStep.insert(QStringLiteral("steps"), steps);
    EXPECT_FALSE(report::runFromJson(badStep).ok());
    EXPECT_FALSE(report::errorFromJson(QJsonObject{}).has_value());
}
