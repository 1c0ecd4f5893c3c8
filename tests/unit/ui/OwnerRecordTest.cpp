// Issue 11, items 2 and 7: the keyring entry is found again once the TPM is owned (its key
// is the machine and the TPM maker, not the endorsement key an owned TPM 1.2 hides), the
// entry and the recovery file name the computer, and the Windows .tpm owner file holds the
// owner secret as tpm.msc reads it.

#include "stores/KeychainStore.h"
#include "stores/PasswordSecret.h"
#include "stores/RecoveryFileStore.h"
#include "stores/WindowsOwnerFile.h"

#include <QDomDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <sys/stat.h>

using namespace tpmprov::ui;

namespace {

OwnerPasswordRecord sampleRecord() {
    OwnerPasswordRecord r;
    r.password = QStringLiteral("correct horse battery staple");
    r.encoding = tpm::SecretEncoding::Windows;
    r.ekFingerprint = QStringLiteral("sha256:00112233");
    r.chip = QStringLiteral("STM TPM 1.2, chip 1.2.13.12");
    r.tpmVendor = QStringLiteral("STM");
    r.machineId = QStringLiteral("0123456789abcdef0123456789abcdef");
    r.computer = QStringLiteral("LENOVO ThinkPad W530");
    r.hostName = QStringLiteral("w530");
    r.srk = OwnerPasswordRecord::Srk::Unknown;
    return r;
}

} // namespace

TEST(KeyringEntry, KeyNamesTheMachineAndTheTpmMakerNotTheEndorsementKey) {
    OwnerPasswordRecord r = sampleRecord();
    const QString key = KeychainStore::keyFor(r);
    EXPECT_EQ(key, QStringLiteral("owner-password/0123456789abcdef0123456789abcdef/STM"));
    r.ekFingerprint.clear(); // owned: the EK is no longer readable
    EXPECT_EQ(KeychainStore::keyFor(r), key);
}

TEST(KeyringEntry, LookupTriesThisMachineFirstThenOlderEntries) {
    const QStringList keys =
        KeychainStore::lookupKeys(QStringLiteral("0123456789abcdef0123456789abcdef"),
                                  QStringLiteral("STM "), QStringLiteral("sha256:aa"));
    ASSERT_EQ(keys.size(), 3);
    EXPECT_EQ(keys[0], QStringLiteral("owner-password/0123456789abcdef0123456789abcdef/STM"));
    EXPECT_EQ(keys[1], QStringLiteral("owner-password/sha256:aa"));
    EXPECT_EQ(keys[2], QStringLiteral("owner-password/unknown-ek"));
}

TEST(KeyringEntry, RoundTripsEveryField) {
    const OwnerPasswordRecord r = sampleRecord();
    OwnerPasswordRecord back;
    ASSERT_TRUE(KeychainStore::parse(KeychainStore::serialize(r), back));
    EXPECT_EQ(back.password, r.password);
    EXPECT_EQ(back.encoding, r.encoding);
    EXPECT_EQ(back.ekFingerprint, r.ekFingerprint);
    EXPECT_EQ(back.tpmVendor, r.tpmVendor);
    EXPECT_EQ(back.machineId, r.machineId);
    EXPECT_EQ(back.computer, r.computer);
    EXPECT_EQ(back.hostName, r.hostName);
    EXPECT_EQ(back.srk, OwnerPasswordRecord::Srk::Unknown);
}

TEST(RecoveryFile, NamesTheComputerAndTheDate) {
    const QString text = RecoveryFileStore::render(sampleRecord());
    EXPECT_TRUE(text.contains(QStringLiteral("Computer: LENOVO ThinkPad W530")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Host name: w530")));
    EXPECT_TRUE(text.contains(QStringLiteral("Written: ")));
    EXPECT_TRUE(text.contains(QStringLiteral("SRK password: unknown")));
    EXPECT_TRUE(RecoveryFileStore::suggestedPath(QStringLiteral("w530"))
                    .endsWith(QStringLiteral("/tpm-owner-password-w530.txt")));
    EXPECT_TRUE(RecoveryFileStore::suggestedPath(QStringLiteral("w530"), true)
                    .endsWith(QStringLiteral("/tpm-lockout-password-w530.txt")));
}

TEST(WindowsOwnerFile, IsXmlWithTheBase64OwnerSecret) {
    const OwnerPasswordRecord r = sampleRecord();
    const QByteArray bytes = windows_owner_file::render(
        r, QDateTime(QDate(2026, 12, 5), QTime(1, 2, 3)), QStringLiteral("alice"));
    QDomDocument doc;
    ASSERT_TRUE(doc.setContent(bytes)) << bytes.toStdString();
    const QDomElement root = doc.documentElement();
    EXPECT_EQ(root.tagName(), QStringLiteral("tpmOwnerData"));
    EXPECT_EQ(root.attribute(QStringLiteral("creationUser")), QStringLiteral("alice"));
    EXPECT_EQ(root.firstChildElement(QStringLiteral("tpmInfo"))
                  .attribute(QStringLiteral("manufacturerId")),
              QStringLiteral("1398033696")); // "STM "
    const QByteArray auth = QByteArray::fromBase64(
        root.firstChildElement(QStringLiteral("ownerAuth")).text().toLatin1());
    // Independently: SHA-1 of the password's UTF-16LE bytes (Windows' owner secret).
    const QByteArray utf16(reinterpret_cast<const char*>(r.password.utf16()),
                           r.password.size() * 2);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    ASSERT_EQ(EVP_Digest(utf16.constData(), static_cast<size_t>(utf16.size()), digest, &length,
                         EVP_sha1(), nullptr),
              1);
    EXPECT_EQ(auth, QByteArray(reinterpret_cast<const char*>(digest), static_cast<int>(length)));
}

TEST(WindowsOwnerFile, SavedPrivately) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w530.tpm"));
    ASSERT_TRUE(windows_owner_file::save(path, sampleRecord()).isEmpty());
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
}
