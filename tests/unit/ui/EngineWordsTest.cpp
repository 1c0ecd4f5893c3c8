// Issue 9, item 4: the wizard shows the engine's words in its own translated wording, chosen
// by the message id the helper's JSON carries. Every id has wizard words (the switch in
// ui/model/EngineWords.cpp does not compile otherwise); here: they fill their parameters, and the
// German and French catalogues translate every one of them, through the same decoders the
// pages use (TpmStatus, JobReport).

#include "model/EngineWords.h"

#include "Translations.h"
#include "engine/Message.h"
#include "engine/Plan.h"
#include "model/JobReport.h"
#include "model/TpmStatus.h"
#include "report/JsonReport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTranslator>
#include <gtest/gtest.h>

using tpmprov::ui::words::engineWords;

namespace {

int placeholders(std::string_view text) {
    int count = 0;
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if (text[i] == '%' && text[i + 1] >= '1' && text[i + 1] <= '9')
            count = std::max(count, text[i + 1] - '0');
    return count;
}

QString wizardWords(tpm::MessageId id) {
    QStringList args;
    for (int i = 1; i <= placeholders(tpm::messageEnglish(id)); ++i)
        args << QStringLiteral("ARG%1").arg(i);
    return engineWords(QString::fromLatin1(tpm::messageKey(id)), args, QStringLiteral("ENGLISH"));
}

class EngineWordsTest : public ::testing::Test {
protected:
    void SetUp() override {
        static int argc = 1;
        static char name[] = "ui_unit_tests";
        static char* argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            app = new QCoreApplication(argc, argv);
    }
    static inline QCoreApplication* app = nullptr;
};

} // namespace

TEST_F(EngineWordsTest, EveryMessageHasWizardWordsWithItsParameters) {
    for (tpm::MessageId id : tpm::allMessageIds()) {
        if (id == tpm::MessageId::Text)
            continue;
        const QString words = wizardWords(id);
        EXPECT_FALSE(words.isEmpty()) << tpm::messageKey(id);
        EXPECT_NE(words, QStringLiteral("ENGLISH")) << tpm::messageKey(id);
        for (int i = 1; i <= placeholders(tpm::messageEnglish(id)); ++i)
            EXPECT_TRUE(words.contains(QStringLiteral("ARG%1").arg(i))) << tpm::messageKey(id);
        EXPECT_FALSE(words.contains(QLatin1Char('%'))) << tpm::messageKey(id);
    }
    // Unknown ids (another version's helper) show the text they came with.
    EXPECT_EQ(engineWords(QStringLiteral("note.from-2030"), {}, QStringLiteral("Hi.")),
              QStringLiteral("Hi."));
}

TEST_F(EngineWordsTest, GermanAndFrenchTranslateEveryEngineMessage) {
    for (const QString& language : {QStringLiteral("de"), QStringLiteral("fr")}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(tpmprov::i18n::resourcePath(language)));
        QMap<tpm::MessageId, QString> english;
        for (tpm::MessageId id : tpm::allMessageIds())
            english[id] = wizardWords(id);
        QCoreApplication::installTranslator(&translator);
        for (tpm::MessageId id : tpm::allMessageIds()) {
            if (id != tpm::MessageId::Text) {
                EXPECT_NE(wizardWords(id), english[id])
                    << language.toStdString() << ": untranslated " << tpm::messageKey(id);
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }
}

TEST_F(EngineWordsTest, PagesReadPlanReasonsAndNotesInTheUsersLanguage) {
    tpm::TpmState state;
    state.family = tpm::TpmFamily::Tpm12;
    state.tpm12.permanent = tpm::PermanentFlags{};
    state.tpm12.stclear = tpm::StclearFlags{};
    state.tpm12.stclear->physicalPresenceLock = true; // the firmware-locked plan
    state.tpm12.permanent->disable = true;
    state.owned = false;
    const tpm::Plan plan = tpm::makePlan(state);
    const QString status = QString::fromUtf8(
        QJsonDocument(tpm::report::statusToJson("device:/dev/tpm0", state, plan)).toJson());
    tpm::ProvisionReport run;
    run.notes = {tpm::say(tpm::MessageId::TakeOwnershipAttempt, {"1", "3"})};
    run.finalState = state; // the state after the run travels in the report too
    run.finalPlan = plan;
    const QString report = QString::fromUtf8(
        QJsonDocument(tpm::report::provisionToJson("device:/dev/tpm0", run, {})).toJson());

    QTranslator german;
    ASSERT_TRUE(german.load(tpmprov::i18n::resourcePath(QStringLiteral("de"))));
    QCoreApplication::installTranslator(&german);
    const auto parsed = tpmprov::ui::TpmStatus::fromJson(status);
    const auto* presence = parsed.step(QStringLiteral("physical-presence"));
    ASSERT_NE(presence, nullptr);
    EXPECT_EQ(presence->reasonId, QStringLiteral("plan.presence.firmware-lock"));
    EXPECT_TRUE(presence->reason.contains(QStringLiteral("Firmware-Setup")))
        << presence->reason.toStdString();
    EXPECT_FALSE(presence->reason.contains(QStringLiteral("the firmware")))
        << presence->reason.toStdString();
    const auto job = tpmprov::ui::JobReport::fromJson(report);
    ASSERT_EQ(job.notes.size(), 1);
    EXPECT_TRUE(job.notes.front().contains(QStringLiteral("Versuch 1 von höchstens 3")))
        << job.notes.front().toStdString();
    ASSERT_TRUE(job.finalStatus.valid);
    EXPECT_EQ(job.finalStatus.step(QStringLiteral("physical-presence"))->reason, presence->reason);
    QCoreApplication::removeTranslator(&german);
}

// The engine's stops (Error kind "engine") are shown in the wizard's words, in the user's
// language, not in the catalogue's tpmprov wording.
TEST_F(EngineWordsTest, EngineStopsHaveTranslatedWizardWords) {
    constexpr std::uint32_t kLast = static_cast<std::uint32_t>(tpm::EngineStopCode::CheckFailed);
    tpmprov::ui::words::StopWords unknown;
    EXPECT_FALSE(tpmprov::ui::words::engineStopWords(kLast + 1, unknown));
    QMap<std::uint32_t, QString> english;
    for (std::uint32_t code = 1; code <= kLast; ++code) {
        tpmprov::ui::words::StopWords stop;
        ASSERT_TRUE(tpmprov::ui::words::engineStopWords(code, stop)) << code;
        EXPECT_FALSE(stop.meaning.isEmpty() || stop.detail.isEmpty() || stop.nextAction.isEmpty());
        EXPECT_FALSE(stop.nextAction.contains(QStringLiteral("tpmprov"))) << code;
        english[code] = stop.meaning + stop.detail + stop.nextAction;
    }
    QTranslator german;
    ASSERT_TRUE(german.load(tpmprov::i18n::resourcePath(QStringLiteral("de"))));
    QCoreApplication::installTranslator(&german);
    for (std::uint32_t code = 1; code <= kLast; ++code) {
        tpmprov::ui::words::StopWords stop;
        ASSERT_TRUE(tpmprov::ui::words::engineStopWords(code, stop));
        // Every one of the three parts is translated.
        EXPECT_FALSE(english[code].contains(stop.meaning)) << code;
        EXPECT_FALSE(english[code].contains(stop.detail)) << code;
        EXPECT_FALSE(english[code].contains(stop.nextAction)) << code;
    }
    // Through the decoder the pages use: the helper's failure document for an engine stop.
    const tpm::Error stopped = tpm::Error::engine(tpm::EngineStopCode::AlreadyOwned, "owned");
    const QString failure =
        QString::fromUtf8(QJsonDocument(tpm::report::failureToJson("device:/dev/tpm0", stopped,
                                                                   tpm::explain::explain(stopped)))
                              .toJson());
    const auto job = tpmprov::ui::JobReport::fromJson(failure);
    EXPECT_TRUE(job.explanation.meaning.contains(QStringLiteral("Besitzer")))
        << job.explanation.meaning.toStdString();
    EXPECT_FALSE(job.explanation.nextAction.contains(QStringLiteral("tpmprov")));
    QCoreApplication::removeTranslator(&german);
}
