// The owner password really lands in the desktop keyring: QtKeychain (the library the
// wizard's KeychainStore uses, service "tpm-provisioner", key "owner-password/<EK
// fingerprint>") against a real gnome-keyring-daemon on a private session bus
// (keyring_fixture.py), cross-checked with libsecret's own CLI, secret-tool.
//
// Run inside the fixture: keyring_fixture.py -- keychain_test [function...]. Functions:
//   roundTrip           write, find it with secret-tool, read back, overwrite, delete
//   writeForLater       writes $TPMPROV_KEYRING_KEY = $TPMPROV_KEYRING_SECRET and leaves it
//   readBack            reads it back (after the driver restarted the daemon)
//   failsWithoutService with no Secret Service on the bus: the write fails, in bounded time
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <qt6keychain/keychain.h>

namespace {

const QString kService = QStringLiteral("tpm-provisioner");
// A fingerprint-shaped key and a passphrase with spaces and non-ASCII letters.
const QString kDefaultKey = QStringLiteral(
    "owner-password/3b8a1f0c9d2e4f6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a");
const QString kDefaultSecret = QStringLiteral("correct horse battery staple – Größe Ä");
constexpr int kJobTimeoutMs = 30000;

QString envOr(const char* name, const QString& fallback) {
    const QString v = qEnvironmentVariable(name);
    return v.isEmpty() ? fallback : v;
}

struct JobResult {
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
};

// Starts the job and waits (bounded) for finished().
JobResult runJob(QKeychain::Job& job) {
    JobResult r;
    job.setAutoDelete(false);
    QSignalSpy spy(&job, &QKeychain::Job::finished);
    job.start();
    r.finished = spy.count() > 0 || spy.wait(kJobTimeoutMs);
    r.error = job.error();
    r.errorString = job.errorString();
    if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(&job)) {
        r.text = read->textData();
    }
    return r;
}

JobResult writeSecret(const QString& key, const QString& secret) {
    QKeychain::WritePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(secret);
    return runJob(job);
}

JobResult readSecret(const QString& key) {
    QKeychain::ReadPasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key);
    return runJob(job);
}

JobResult deleteSecret(const QString& key) {
    QKeychain::DeletePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key);
    return runJob(job);
}

// secret-tool's view of the Secret Service: {found, secret}. QtKeychain's libsecret backend
// stores under the schema org.qt.keychain with attributes server=<service>, user=<key>.
std::pair<bool, QString> secretToolLookup(const QString& key) {
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                            kService, QStringLiteral("user"), key});
    if (!p.waitForFinished(kJobTimeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return {false, QStringLiteral("<secret-tool timed out>")};
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    return {p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out};
}

#define VERIFY_JOB(result, what)                                                                   \
    do {                                                                                           \
        QVERIFY2((result).finished, what ": the job did not finish within 30 s");                  \
        QVERIFY2((result).error == QKeychain::NoError,                                             \
                 qPrintable(QStringLiteral(what ": error %1: %2")                                  \
                                .arg(static_cast<int>((result).error))                             \
                                .arg((result).errorString)));                                      \
    } while (false)

} // namespace

class KeychainTest : public QObject {
    Q_OBJECT

private slots:
    void roundTrip() {
        const QString key = kDefaultKey;
        const QString secret = kDefaultSecret;
        deleteSecret(key); // a left-over from an interrupted run must not decide the test

        const auto written = writeSecret(key, secret);
        VERIFY_JOB(written, "write");

        // Outside QtKeychain: the item is in the Secret Service, with the same bytes.
        const auto [found, stored] = secretToolLookup(key);
        QVERIFY2(found, "secret-tool lookup server tpm-provisioner user <key> found nothing");
        QCOMPARE(stored, secret);

        const auto read = readSecret(key);
        VERIFY_JOB(read, "read");
        QCOMPARE(read.text, secret);

        // Another TPM (another fingerprint) is another item: no cross-talk.
        const QString otherKey = QStringLiteral("owner-password/00ff");
        VERIFY_JOB(writeSecret(otherKey, QStringLiteral("other")), "write other");
        QCOMPARE(readSecret(key).text, secret);

        // Overwriting replaces, it does not add a second item.
        const QString second = QStringLiteral("second passphrase for the same TPM");
        VERIFY_JOB(writeSecret(key, second), "overwrite");
        QCOMPARE(readSecret(key).text, second);
        QCOMPARE(secretToolLookup(key).second, second);

        VERIFY_JOB(deleteSecret(key), "delete");
        QVERIFY2(!secretToolLookup(key).first, "the item is still in the Secret Service");
        const auto gone = readSecret(key);
        QVERIFY(gone.finished);
        QCOMPARE(gone.error, QKeychain::EntryNotFound);
        QCOMPARE(readSecret(otherKey).text, QStringLiteral("other"));
        VERIFY_JOB(deleteSecret(otherKey), "delete other");
    }

    void writeForLater() {
        const QString key = envOr("TPMPROV_KEYRING_KEY", kDefaultKey);
        const QString secret = envOr("TPMPROV_KEYRING_SECRET", kDefaultSecret);
        VERIFY_JOB(writeSecret(key, secret), "write");
        QCOMPARE(readSecret(key).text, secret);
    }

    void readBack() {
        const QString key = envOr("TPMPROV_KEYRING_KEY", kDefaultKey);
        const QString secret = envOr("TPMPROV_KEYRING_SECRET", kDefaultSecret);
        const auto read = readSecret(key);
        VERIFY_JOB(read, "read");
        QCOMPARE(read.text, secret);
    }

    void failsWithoutService() {
        const auto written = writeSecret(kDefaultKey, kDefaultSecret);
        QVERIFY2(written.finished, "a write with no Secret Service must fail, not hang");
        QVERIFY2(written.error != QKeychain::NoError, "stored without a Secret Service?");
        qInfo("write without a Secret Service: error %d (%s)", static_cast<int>(written.error),
              qPrintable(written.errorString));
        const auto read = readSecret(kDefaultKey);
        QVERIFY(read.finished);
        QVERIFY(read.error != QKeychain::NoError);
    }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "KeychainTest.moc"
