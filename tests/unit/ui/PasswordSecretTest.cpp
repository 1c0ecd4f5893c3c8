// Issue 8, item 24: the wizard's one derivation and the wiping of the passwords it holds.

#include "stores/PasswordSecret.h"

#include "stores/SecretStore.h"

#include <gtest/gtest.h>

using namespace tpmprov::ui;

TEST(PasswordSecret, SameSecretAsCoreForEveryEncoding) {
    const QString password = QStringLiteral("pässwörd ☃");
    const std::string utf8 = password.toStdString();
    for (auto encoding : {tpm::SecretEncoding::Sha1, tpm::SecretEncoding::Utf16,
                          tpm::SecretEncoding::Windows, tpm::SecretEncoding::Utf16Nul}) {
        auto ours = secretFromPassword(password, encoding);
        auto core = tpm::deriveOwnerSecret(utf8, encoding);
        ASSERT_TRUE(ours.ok() && core.ok());
        EXPECT_TRUE(std::equal(ours->view().begin(), ours->view().end(), core->view().begin()));
    }
}

TEST(PasswordSecret, WipeZeroesTheLastCopyInPlace) {
    QString password = QStringLiteral("correct horse battery staple").repeated(1);
    password.detach();
    const QChar* characters = password.constData();
    const qsizetype size = password.size();
    wipePassword(password);
    EXPECT_TRUE(password.isEmpty());
    EXPECT_EQ(password.constData(), characters); // the same allocation, now zeroed
    for (qsizetype i = 0; i < size; ++i)
        EXPECT_EQ(characters[i], QChar(0)) << i;
}

TEST(PasswordSecret, ASharedPasswordIsWipedByItsLastHolder) {
    QString first = QString::fromUtf8("shared secret"); // heap data, not a literal
    {
        QString second = first; // shared
        wipePassword(second);   // not the last: nothing to do yet
        EXPECT_EQ(first, QStringLiteral("shared secret"));
    }
    const QChar* characters = first.constData();
    wipePassword(first);
    EXPECT_EQ(characters[0], QChar(0));
}

TEST(PasswordSecret, RecordLeavesAPasswordSomeoneStillHolds) {
    QString kept;
    {
        OwnerPasswordRecord record;
        record.password = QStringLiteral("record password").repeated(1);
        OwnerPasswordRecord copy = record;
        kept = copy.password; // a third holder outlives both records
    }
    EXPECT_EQ(kept, QStringLiteral("record password")); // not wiped under a live holder
}
