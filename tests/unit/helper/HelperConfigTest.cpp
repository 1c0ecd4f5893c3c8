#include "HelperConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace tpmprov::helper;

namespace {

struct stat statWith(mode_t mode, uid_t uid) {
    struct stat st {};
    st.st_mode = mode;
    st.st_uid = uid;
    return st;
}

QString writeFile(const QString& path, const QByteArray& content, QFile::Permissions perms) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    file.setPermissions(perms);
    return path;
}

constexpr auto kRootOnly =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;

} // namespace

TEST(HelperConfig, TrustNeedsRootOwnerAndNoGroupOrOtherWrite) {
    EXPECT_FALSE(configTrustProblem(statWith(S_IFREG | 0644, 0), false));
    EXPECT_FALSE(configTrustProblem(statWith(S_IFREG | 0600, 0), false));
    EXPECT_FALSE(configTrustProblem(statWith(S_IFDIR | 0755, 0), true));
    EXPECT_TRUE(configTrustProblem(statWith(S_IFREG | 0644, 1000), false));
    EXPECT_TRUE(configTrustProblem(statWith(S_IFREG | 0664, 0), false));
    EXPECT_TRUE(configTrustProblem(statWith(S_IFREG | 0646, 0), false));
    EXPECT_TRUE(configTrustProblem(statWith(S_IFDIR | 0777, 0), true));
    EXPECT_TRUE(configTrustProblem(statWith(S_IFDIR | 01777, 0), true)); // /tmp-like
    EXPECT_TRUE(configTrustProblem(statWith(S_IFDIR | 0755, 1000), true));
    EXPECT_TRUE(configTrustProblem(statWith(S_IFLNK | 0777, 0), false));
    EXPECT_TRUE(configTrustProblem(statWith(S_IFIFO | 0600, 0), false));
    EXPECT_TRUE(configTrustProblem(statWith(S_IFREG | 0644, 0), true)); // not a directory
}

TEST(HelperConfig, ParsesTheTpmKeyOnly) {
    auto ok = parseConfigText("# comment\n\n  tpm = swtpm:127.0.0.1:2321 \n");
    ASSERT_TRUE(ok);
    ASSERT_TRUE(ok->has_value());
    EXPECT_EQ(**ok, "swtpm:127.0.0.1:2321");
    auto empty = parseConfigText("# nothing\n");
    ASSERT_TRUE(empty);
    EXPECT_FALSE(empty->has_value());
    EXPECT_FALSE(parseConfigText("tpm\n"));
    EXPECT_FALSE(parseConfigText("device=/dev/tpm1\n"));
    EXPECT_FALSE(parseConfigText("tpm=ftp:example\n"));
}

TEST(HelperConfig, ReadsARootOwnedFileAndRefusesOthers) {
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root to create files owned by root and by others";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    const QString good =
        writeFile(dir.filePath(QStringLiteral("good.conf")), "tpm=device:/dev/tpm7\n", kRootOnly);
    auto read = readConfigFile(good, false);
    ASSERT_TRUE(read) << read.error().detail;
    ASSERT_TRUE(read->has_value());
    EXPECT_EQ(**read, "device:/dev/tpm7");

    const QString writable = writeFile(dir.filePath(QStringLiteral("writable.conf")),
                                       "tpm=device:/dev/tpm7\n", kRootOnly | QFile::WriteOther);
    EXPECT_FALSE(readConfigFile(writable, false));

    const QString foreign = writeFile(dir.filePath(QStringLiteral("foreign.conf")),
                                      "tpm=device:/dev/tpm7\n", kRootOnly);
    ASSERT_EQ(::chown(QFile::encodeName(foreign).constData(), 65534, 65534), 0);
    auto refused = readConfigFile(foreign, false);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().detail.find("not by root"), std::string::npos)
        << refused.error().detail;

    const QString link = dir.filePath(QStringLiteral("link.conf"));
    ASSERT_TRUE(QFile::link(good, link));
    EXPECT_FALSE(readConfigFile(link, false)); // symbolic links are not followed

    // A directory others may write: the file could be swapped.
    ::chmod(QFile::encodeName(dir.path()).constData(), 0777);
    EXPECT_FALSE(readConfigFile(good, false));
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);

    EXPECT_FALSE(readConfigFile(dir.filePath(QStringLiteral("missing.conf")), false));
    auto missingOk = readConfigFile(dir.filePath(QStringLiteral("missing.conf")), true);
    ASSERT_TRUE(missingOk);
    EXPECT_FALSE(missingOk->has_value());
}

TEST(HelperConfig, CommandLineBeatsConfigBeatsDefault) {
    if (::geteuid() != 0)
        GTEST_SKIP() << "needs root-owned files";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    const QString conf = writeFile(dir.filePath(QStringLiteral("helper.conf")),
                                   "tpm=swtpm:127.0.0.1:4000\n", kRootOnly);
    const QString prog = QStringLiteral("tpm-provisioner-helper");
    // Issue 8, item 20: an emulator target needs the test-only opt-in.
    auto refused = settingsFromArguments({prog, QStringLiteral("--config"), conf});
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().detail.find("--allow-emulator"), std::string::npos);
    auto fromConfig = settingsFromArguments(
        {prog, QStringLiteral("--config"), conf, QStringLiteral("--allow-emulator")});
    ASSERT_TRUE(fromConfig) << fromConfig.error().detail;
    EXPECT_EQ(fromConfig->target.toString(), "swtpm:127.0.0.1:4000:4001");
    EXPECT_EQ(fromConfig->idleTimeoutSeconds, 60);

    auto fromArgs =
        settingsFromArguments({prog, QStringLiteral("--config"), conf, QStringLiteral("--tpm"),
                               QStringLiteral("device:/dev/tpm3"), QStringLiteral("--idle-timeout"),
                               QStringLiteral("5")});
    ASSERT_TRUE(fromArgs);
    EXPECT_EQ(fromArgs->target.toString(), "device:/dev/tpm3");
    EXPECT_EQ(fromArgs->idleTimeoutSeconds, 5);

    EXPECT_FALSE(settingsFromArguments(
        {prog, QStringLiteral("--config"), dir.filePath(QStringLiteral("absent.conf"))}));
    EXPECT_FALSE(settingsFromArguments({prog, QStringLiteral("--config"), conf,
                                        QStringLiteral("--idle-timeout"), QStringLiteral("0")}));
    EXPECT_FALSE(settingsFromArguments({prog, QStringLiteral("--config"), conf,
                                        QStringLiteral("--tpm"), QStringLiteral("bogus")}));
    EXPECT_FALSE(
        settingsFromArguments({prog, QStringLiteral("--config"), conf, QStringLiteral("extra")}));
}

// Issue 8, item 20: swtpm only with the opt-in, devices only as TPM device nodes.
TEST(HelperConfig, TargetsAreTpmDevicesOrOptedInEmulators) {
    auto spec = [](const char* text) { return *tpm::TransportSpec::parse(text); };
    EXPECT_FALSE(targetProblem(spec("device:/dev/tpm0"), false));
    EXPECT_FALSE(targetProblem(spec("device:/dev/tpm12"), false));
    EXPECT_FALSE(targetProblem(spec("device:/dev/tpmrm0"), false));
    for (const char* bad : {"device:/dev/sda", "device:/tmp/tpm0", "device:/dev/tpm0/../sda",
                            "device:/dev/tpm", "device:/home/u/dev/tpm0", "device:/dev/tpm0x"})
        EXPECT_TRUE(targetProblem(spec(bad), true)) << bad;
    EXPECT_TRUE(targetProblem(spec("swtpm:127.0.0.1:2321"), false));
    EXPECT_FALSE(targetProblem(spec("swtpm:127.0.0.1:2321"), true));
    const QString prog = QStringLiteral("tpm-provisioner-helper");
    EXPECT_FALSE(settingsFromArguments(
        {prog, QStringLiteral("--config"), QStringLiteral("/nonexistent-dir/helper.conf"),
         QStringLiteral("--tpm"), QStringLiteral("swtpm:127.0.0.1:2321")}));
}
