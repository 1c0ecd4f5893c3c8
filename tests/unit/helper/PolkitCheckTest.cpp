// The polkit request the helper builds and the reply it trusts, without a bus.

#include "PolkitCheck.h"

#include <QDBusArgument>
#include <gtest/gtest.h>

using namespace tpmprov::helper;

// Issue 8, item 21: interaction only when the caller allowed it (the message's
// ALLOW_INTERACTIVE_AUTHORIZATION flag); polkit's AllowUserInteraction is bit 0.
TEST(PolkitCheck, InteractionOnlyWhenTheCallerAllowsIt) {
    EXPECT_EQ(polkitFlagsFor(false), 0u);
    EXPECT_EQ(polkitFlagsFor(true), 1u);

    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("x.y"), QStringLiteral("/"),
                                                       QStringLiteral("x.y"), QStringLiteral("M"));
    EXPECT_FALSE(call.isInteractiveAuthorizationAllowed()); // off unless the caller sets it
    EXPECT_EQ(polkitFlagsFor(call.isInteractiveAuthorizationAllowed()), 0u);
    call.setInteractiveAuthorizationAllowed(true);
    EXPECT_EQ(polkitFlagsFor(call.isInteractiveAuthorizationAllowed()), 1u);
}

TEST(PolkitCheck, AnythingButAWellFormedYesDenies) {
    QString why;
    const QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("x.y"), QStringLiteral("/"), QStringLiteral("x.y"), QStringLiteral("M"));
    EXPECT_FALSE(authorizedFromReply(
        call.createErrorReply(QStringLiteral("a.b.Error"), QStringLiteral("no")), &why));
    EXPECT_TRUE(why.startsWith(QStringLiteral("polkit error")));
    EXPECT_FALSE(authorizedFromReply(call.createReply(QVariantList{true}), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("unexpected reply")));
}
