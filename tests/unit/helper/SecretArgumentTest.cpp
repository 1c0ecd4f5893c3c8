#include "SecretArgument.h"

#include <gtest/gtest.h>

using tpmprov::helper::takeAuthValue;
using tpmprov::helper::takeSecret;

namespace {

QByteArray filled(qsizetype size, char value) {
    return QByteArray(size, value);
}

bool allZero(const QByteArray& bytes) {
    for (char c : bytes)
        if (c != 0)
            return false;
    return true;
}

} // namespace

TEST(SecretArgument, TwentyBytesAreCopiedAndTheArgumentIsWiped) {
    QByteArray argument = filled(20, '\x5a');
    const QByteArray sharing = argument; // like the D-Bus message's own copy
    auto secret = takeSecret(argument);
    ASSERT_TRUE(secret.has_value());
    for (std::uint8_t byte : secret->bytes())
        EXPECT_EQ(byte, 0x5a);
    EXPECT_EQ(argument.size(), 20);
    EXPECT_TRUE(allZero(argument));
    EXPECT_TRUE(allZero(sharing)); // wiped in place, not detached
}

TEST(SecretArgument, AnyOtherLengthIsRefusedAndStillWiped) {
    for (qsizetype size : {0, 1, 19, 21, 32, 64, 4096}) {
        SCOPED_TRACE(size);
        QByteArray argument = filled(size, '\x7f');
        EXPECT_FALSE(takeSecret(argument).has_value());
        EXPECT_TRUE(allZero(argument));
    }
}

TEST(SecretArgument, AllZeroSecretIsTheWellKnownOne) {
    QByteArray argument(20, '\0');
    auto secret = takeSecret(argument);
    ASSERT_TRUE(secret.has_value());
    EXPECT_EQ(secret->bytes(), tpm::Secret::wellKnown().bytes());
}

// Issue 13: a TPM 2.0 authorization value is 1 to 64 bytes; wiped in place either way.
TEST(SecretArgument, AuthValuesAreOneToSixtyFourBytesAndWiped) {
    for (qsizetype size : {1, 20, 29, 32, 64}) {
        SCOPED_TRACE(size);
        QByteArray argument = filled(size, 'p');
        const QByteArray sharing = argument;
        auto auth = takeAuthValue(argument);
        ASSERT_TRUE(auth.has_value());
        EXPECT_EQ(auth->size(), static_cast<std::size_t>(size));
        EXPECT_EQ(auth->view()[0], 'p');
        EXPECT_TRUE(allZero(sharing));
    }
    for (qsizetype size : {0, 65, 4096}) {
        SCOPED_TRACE(size);
        QByteArray argument = filled(size, 'p');
        EXPECT_FALSE(takeAuthValue(argument).has_value());
        EXPECT_TRUE(allZero(argument));
    }
    // A lockout password may be empty (nobody set one); never longer than 64 bytes.
    auto empty = takeAuthValue(QByteArray(), true);
    ASSERT_TRUE(empty.has_value());
    EXPECT_TRUE(empty->empty());
    QByteArray tooLong = filled(65, 'p');
    EXPECT_FALSE(takeAuthValue(tooLong, true).has_value());
    EXPECT_TRUE(allZero(tooLong));
}
