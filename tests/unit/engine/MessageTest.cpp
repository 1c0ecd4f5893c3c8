// Issue 9, item 4: the engine's words carry stable ids. The table is complete and in the
// enum's order, ids are unique and look like ids, and parameters are filled.

#include "engine/Message.h"

#include "engine/Plan.h"

#include <gtest/gtest.h>
#include <regex>
#include <set>

using namespace tpm;

TEST(Message, EveryIdHasOneUniqueKeyAndEnglishText) {
    const std::regex keyShape("[a-z0-9]+(\\.[a-z0-9-]+)*");
    std::set<std::string_view> keys;
    int expected = 0;
    for (MessageId id : allMessageIds()) {
        EXPECT_EQ(static_cast<int>(id), expected++) << messageKey(id); // table in enum order
        EXPECT_TRUE(keys.insert(messageKey(id)).second) << "duplicate " << messageKey(id);
        EXPECT_TRUE(std::regex_match(std::string(messageKey(id)), keyShape)) << messageKey(id);
        EXPECT_FALSE(messageEnglish(id).empty());
        MessageId back = MessageId::Text;
        ASSERT_TRUE(messageFromKey(messageKey(id), back));
        EXPECT_EQ(back, id);
    }
    EXPECT_EQ(static_cast<int>(allMessageIds().back()),
              static_cast<int>(MessageId::Tpm2Busy)); // the last enumerator
    MessageId unknown = MessageId::Verified;
    EXPECT_FALSE(messageFromKey("note.no-such-thing", unknown));
}

TEST(Message, ParametersAreFilledInOrder) {
    const Message m = say(MessageId::TakeOwnershipAttempt, {"2", "3"});
    EXPECT_EQ(m.id, MessageId::TakeOwnershipAttempt);
    EXPECT_EQ(m.text.rfind("Taking ownership, attempt 2 of 3: ", 0), 0u) << m.text;
    EXPECT_EQ(say(MessageId::Text, {"100% sure"}).text, "100% sure");
    // A missing argument leaves its placeholder visible rather than reading past the list.
    EXPECT_NE(say(MessageId::AnswerLost).text.find("%1"), std::string::npos);
    // One pass: a parameter that holds a placeholder is not filled again.
    EXPECT_EQ(fillPlaceholders("%1 and %2", {"%2", "x"}), "%2 and x");
}

TEST(Message, EveryPlanReasonCarriesAnIdOtherThanPlainText) {
    TpmState factory;
    factory.family = TpmFamily::Tpm12;
    factory.tpm12.permanent = PermanentFlags{};
    factory.tpm12.permanent->disable = true;
    factory.tpm12.permanent->deactivated = true;
    factory.tpm12.stclear = StclearFlags{};
    factory.tpm12.stclear->deactivated = true;
    factory.owned = false;
    for (const TpmState& state : {factory, TpmState{}})
        for (const PlanStep& step : makePlan(state).steps) {
            EXPECT_NE(step.reason.id, MessageId::Text) << stepName(step.id);
            EXPECT_EQ(step.reason.text, say(step.reason.id, step.reason.args).text);
        }
}
