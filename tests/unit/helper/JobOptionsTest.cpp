// Issue 9, item 5: the options dictionary of Provision and TakeOwnership takes only the keys
// this version knows, each with its one type; everything else is refused (before polkit is
// asked: HelperService checks it with the secrets' sizes).

#include "JobOptions.h"

#include <QDBusVariant>
#include <gtest/gtest.h>

using namespace tpmprov::helper;

TEST(JobOptions, EmptyMeansTheDefaults) {
    QString problem;
    const auto options = readJobOptions({}, problem);
    ASSERT_TRUE(options.has_value());
    EXPECT_FALSE(options->lockPresence);
}

TEST(JobOptions, LockPresenceIsABoolean) {
    QString problem;
    auto options = readJobOptions({{QStringLiteral("lockPresence"), true}}, problem);
    ASSERT_TRUE(options.has_value());
    EXPECT_TRUE(options->lockPresence);
    for (const QVariant& wrong : {QVariant(QStringLiteral("true")), QVariant(1), QVariant(1u),
                                  QVariant::fromValue(QDBusVariant(true))}) {
        problem.clear();
        EXPECT_FALSE(readJobOptions({{QStringLiteral("lockPresence"), wrong}}, problem))
            << wrong.typeName();
        EXPECT_FALSE(problem.isEmpty());
    }
}

TEST(JobOptions, UnknownKeysAreRefusedWithoutEchoingThem) {
    QString problem;
    const QString key = QStringLiteral("rm -rf /; lockPresence2");
    EXPECT_FALSE(readJobOptions({{key, true}}, problem));
    EXPECT_FALSE(problem.contains(key));
    EXPECT_FALSE(readJobOptions({{QStringLiteral("LockPresence"), true}}, problem))
        << "keys are case-sensitive";
}

TEST(JobOptions, TooManyEntriesAreRefused) {
    QVariantMap many;
    for (int i = 0; i <= kMaxOptions; ++i)
        many.insert(QStringLiteral("k%1").arg(i), true);
    QString problem;
    EXPECT_FALSE(readJobOptions(many, problem));
    EXPECT_TRUE(problem.contains(QString::number(kMaxOptions)));
}
