// Issue 8, item 22: the recovery file is a new 0600 file moved into place, never an existing
// file truncated and rewritten.

#include "stores/RecoveryFileStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace tpmprov::ui;

namespace {

QByteArray contents(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

mode_t modeOf(const QString& path) {
    struct stat st {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    return st.st_mode & 07777;
}

void writePlainFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
}

QStringList entries(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST(PrivateFile, NewFileIsPrivateAndComplete) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recovery.txt"));
    EXPECT_EQ(RecoveryFileStore::writePrivateFile(path, "password\n",
                                                  RecoveryFileStore::Existing::Refuse),
              QString());
    EXPECT_EQ(contents(path), QByteArray("password\n"));
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_EQ(entries(dir), QStringList{QStringLiteral("recovery.txt")}); // no temp left
}

TEST(PrivateFile, AnExistingFileIsRefusedAndKept) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recovery.txt"));
    writePlainFile(path, "the previous owner's password\n");
    const QString error =
        RecoveryFileStore::writePrivateFile(path, "new\n", RecoveryFileStore::Existing::Refuse);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(contents(path), QByteArray("the previous owner's password\n"));
    EXPECT_EQ(entries(dir), QStringList{QStringLiteral("recovery.txt")});
}

TEST(PrivateFile, ASymlinkInThePlaceIsNotFollowed) {
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim"));
    writePlainFile(victim, "untouched");
    const QString link = dir.filePath(QStringLiteral("recovery.txt"));
    ASSERT_TRUE(QFile::link(victim, link));
    EXPECT_FALSE(RecoveryFileStore::writePrivateFile(link, "x", RecoveryFileStore::Existing::Refuse)
                     .isEmpty());
    EXPECT_EQ(RecoveryFileStore::writePrivateFile(link, "x", RecoveryFileStore::Existing::Replace),
              QString());
    EXPECT_EQ(contents(victim), QByteArray("untouched")); // the link was replaced, not followed
}

TEST(PrivateFile, ReplaceSwapsInAPrivateFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.txt"));
    writePlainFile(path, "old report");
    ::chmod(QFile::encodeName(path).constData(), 0644);
    EXPECT_EQ(RecoveryFileStore::writePrivateFile(path, "new report",
                                                  RecoveryFileStore::Existing::Replace),
              QString());
    EXPECT_EQ(contents(path), QByteArray("new report"));
    EXPECT_EQ(modeOf(path), 0600u);
}
