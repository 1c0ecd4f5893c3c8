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

// Issue 13: a TPM 2.0's provisioning through the same options: lockoutAuth and its settings.
TEST(JobOptions, LockoutAuthMakesATpm2JobAndIsWiped) {
    QByteArray password("lockout words");
    password.detach();
    QVariantMap map{{QStringLiteral("lockoutAuth"), password},
                    {QStringLiteral("daMaxTries"), 5u},
                    {QStringLiteral("daRecoveryTime"), 60u},
                    {QStringLiteral("daLockoutRecovery"), 0u},
                    {QStringLiteral("srkAlgorithm"), QStringLiteral("rsa")}};
    QString problem;
    const auto options = readJobOptions(map, problem);
    ASSERT_TRUE(options.has_value()) << problem.toStdString();
    ASSERT_TRUE(options->tpm2.has_value());
    const auto view = options->tpm2->lockoutAuth.view();
    EXPECT_EQ(std::string(view.begin(), view.end()), "lockout words");
    EXPECT_EQ(options->tpm2->policy.daMaxTries, 5u);
    EXPECT_EQ(options->tpm2->policy.daRecoveryTime, 60u);
    EXPECT_EQ(options->tpm2->policy.daLockoutRecovery, 0u);
    EXPECT_EQ(options->tpm2->policy.srkAlgorithm, tpm::SrkAlgorithm::Rsa);
    // The caller's bytes (shared with the map's copy, as with the D-Bus message's) are zeros.
    EXPECT_EQ(password, QByteArray(13, '\0'));
}

TEST(JobOptions, Tpm2DefaultsAndRefusals) {
    QString problem;
    auto plain = readJobOptions({{QStringLiteral("lockoutAuth"), QByteArray("pw")}}, problem);
    ASSERT_TRUE(plain && plain->tpm2);
    EXPECT_EQ(plain->tpm2->policy.daMaxTries, tpm::Tpm2Policy{}.daMaxTries);
    EXPECT_EQ(plain->tpm2->policy.srkAlgorithm, tpm::SrkAlgorithm::Ecc);
    const QVariantMap wrong[] = {
        {{QStringLiteral("lockoutAuth"), QByteArray()}},
        {{QStringLiteral("lockoutAuth"), QByteArray(65, 'x')}},
        {{QStringLiteral("lockoutAuth"), QStringLiteral("pw")}},
        {{QStringLiteral("daMaxTries"), 5u}},
        {{QStringLiteral("lockoutAuth"), QByteArray("pw")}, {QStringLiteral("daMaxTries"), 0u}},
        {{QStringLiteral("lockoutAuth"), QByteArray("pw")}, {QStringLiteral("daMaxTries"), 5}},
        {{QStringLiteral("lockoutAuth"), QByteArray("pw")},
         {QStringLiteral("srkAlgorithm"), QStringLiteral("dsa")}},
        {{QStringLiteral("lockoutAuth"), QByteArray("pw")}, {QStringLiteral("lockPresence"), true}},
    };
    for (const QVariantMap& map : wrong) {
        problem.clear();
        EXPECT_FALSE(readJobOptions(map, problem))
            << QStringList(map.keys()).join(QLatin1Char(',')).toStdString();
        EXPECT_FALSE(problem.isEmpty());
    }
    auto longest = readJobOptions({{QStringLiteral("lockoutAuth"), QByteArray(64, 'x')}}, problem);
    EXPECT_TRUE(longest && longest->tpm2) << "64 bytes is the bus's limit";
}
