#include "HelperClient.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusServiceWatcher>
#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <span>
#include <vector>

namespace tpmprov::helper {

namespace {

CallError errorOf(const QDBusMessage& reply) {
    if (reply.type() == QDBusMessage::ErrorMessage)
        return {reply.errorName(), reply.errorMessage()};
    if (reply.type() != QDBusMessage::ReplyMessage)
        return {QStringLiteral("org.freedesktop.DBus.Error.Failed"),
                QStringLiteral("no reply from the helper")};
    return {};
}

CallError badReply(const QDBusMessage& reply) {
    return {QStringLiteral("org.freedesktop.DBus.Error.InvalidSignature"),
            QStringLiteral("the helper answered with an unexpected signature '%1'")
                .arg(reply.signature())};
}

// The secret's bytes as a QByteArray that is wiped when this goes out of scope.
class SecretBytes {
public:
    explicit SecretBytes(const tpm::Secret& secret)
        : m_bytes(reinterpret_cast<const char*>(secret.bytes().data()),
                  static_cast<qsizetype>(secret.bytes().size())) {}
    ~SecretBytes() {
        tpm::wipe(std::span(reinterpret_cast<std::uint8_t*>(m_bytes.data()),
                            static_cast<std::size_t>(m_bytes.size())));
    }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const QByteArray& bytes() const { return m_bytes; }
    // Wipes the buffer in place, also where it is shared (a sent message keeps its arguments).
    void wipeShared() {
        auto* data = reinterpret_cast<std::uint8_t*>(const_cast<char*>(m_bytes.constData()));
        tpm::wipe(std::span(data, static_cast<std::size_t>(m_bytes.size())));
    }

private:
    QByteArray m_bytes;
};

} // namespace

HelperClient::HelperClient(const QDBusConnection& bus, QObject* parent)
    : QObject(parent), m_bus(bus) {
    m_bus.connect(busName(), objectPath(), interfaceName(), QStringLiteral("JobProgress"), this,
                  SLOT(onJobProgress(QString, QString, QString, double, double)));
    m_bus.connect(busName(), objectPath(), interfaceName(), QStringLiteral("JobFinished"), this,
                  SLOT(onJobFinished(QString, bool, QString, QString)));
    m_watcher = new QDBusServiceWatcher(busName(), m_bus,
                                        QDBusServiceWatcher::WatchForUnregistration, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this,
            &HelperClient::onServiceUnregistered);
}

HelperClient::~HelperClient() = default;

QDBusMessage HelperClient::call(const QString& method, const QVariantList& arguments) {
    QDBusMessage message =
        QDBusMessage::createMethodCall(busName(), objectPath(), interfaceName(), method);
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(true);
    return m_bus.call(message, QDBus::Block, kCallTimeoutMs);
}

QDBusPendingCall HelperClient::asyncCall(const QString& method, const QVariantList& arguments) {
    QDBusMessage message =
        QDBusMessage::createMethodCall(busName(), objectPath(), interfaceName(), method);
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(true);
    return m_bus.asyncCall(message, kCallTimeoutMs);
}

QDBusPendingCall HelperClient::asyncSecretsCall(const QString& method,
                                                std::initializer_list<const tpm::Secret*> secrets,
                                                const QVariantList& extra) {
    std::vector<std::unique_ptr<SecretBytes>> copies;
    QDBusPendingCall pending = [&] {
        QVariantList arguments;
        for (const tpm::Secret* secret : secrets) {
            copies.push_back(std::make_unique<SecretBytes>(*secret));
            arguments << copies.back()->bytes();
        }
        arguments << extra;
        return asyncCall(method, arguments); // marshalled and sent here
    }();
    // The pending call keeps the sent message (and so shares our buffers) until its reply.
    for (auto& copy : copies)
        copy->wipeShared();
    return pending;
}

CallError HelperClient::errorOfReply(const QDBusMessage& reply) {
    return errorOf(reply);
}

CallError HelperClient::voidCall(const QString& method, const QVariantList& arguments) {
    return errorOf(call(method, arguments));
}

template <class T>
Reply<T> HelperClient::jobCall(const QString& method, const QVariantList& arguments) {
    const QDBusMessage reply = call(method, arguments);
    Reply<T> result;
    result.error = errorOf(reply);
    if (result.error.isError())
        return result;
    if (reply.signature() != QStringLiteral("s")) {
        result.error = badReply(reply);
        return result;
    }
    result.value = reply.arguments().first().toString();
    return result;
}

Reply<StateReply> HelperClient::getState() {
    const QDBusMessage reply = call(QStringLiteral("GetState"), {});
    Reply<StateReply> result;
    result.error = errorOf(reply);
    if (result.error.isError())
        return result;
    if (reply.signature() != QStringLiteral("a{sv}s")) {
        result.error = badReply(reply);
        return result;
    }
    result.value = StateReply{qdbus_cast<QVariantMap>(reply.arguments().at(0)),
                              reply.arguments().at(1).toString()};
    return result;
}

CallError HelperClient::assertPresence() {
    return voidCall(QStringLiteral("AssertPresence"));
}
CallError HelperClient::enable() {
    return voidCall(QStringLiteral("Enable"));
}
CallError HelperClient::activate() {
    return voidCall(QStringLiteral("Activate"));
}
CallError HelperClient::forceClear() {
    return voidCall(QStringLiteral("ForceClear"));
}
CallError HelperClient::cancel(const QString& job) {
    return voidCall(QStringLiteral("Cancel"), {job});
}

Reply<QString> HelperClient::startup() {
    return jobCall<QString>(QStringLiteral("Startup"), {});
}
Reply<QString> HelperClient::selfTest() {
    return jobCall<QString>(QStringLiteral("SelfTest"), {});
}
Reply<QString> HelperClient::createEndorsementKey() {
    return jobCall<QString>(QStringLiteral("CreateEndorsementKey"), {});
}

Reply<QString> HelperClient::secretsCall(const QString& method, const tpm::Secret& owner,
                                         const tpm::Secret& srk, bool ownerSecretStored) {
    const SecretBytes ownerBytes(owner);
    const SecretBytes srkBytes(srk);
    return jobCall<QString>(method, {ownerBytes.bytes(), srkBytes.bytes(), ownerSecretStored});
}

Reply<QString> HelperClient::takeOwnership(const tpm::Secret& owner, const tpm::Secret& srk,
                                           bool ownerSecretStored) {
    return secretsCall(QStringLiteral("TakeOwnership"), owner, srk, ownerSecretStored);
}

Reply<QString> HelperClient::provision(const tpm::Secret& owner, const tpm::Secret& srk,
                                       bool ownerSecretStored) {
    return secretsCall(QStringLiteral("Provision"), owner, srk, ownerSecretStored);
}

Reply<VerifyReply> HelperClient::verifyOwner(const tpm::Secret& owner) {
    const SecretBytes ownerBytes(owner);
    const QDBusMessage reply = call(QStringLiteral("VerifyOwner"), {ownerBytes.bytes()});
    Reply<VerifyReply> result;
    result.error = errorOf(reply);
    if (result.error.isError())
        return result;
    if (reply.signature() != QStringLiteral("bs")) {
        result.error = badReply(reply);
        return result;
    }
    result.value =
        VerifyReply{reply.arguments().at(0).toBool(), reply.arguments().at(1).toString()};
    return result;
}

Reply<QVariantMap> HelperClient::getJob(const QString& job) {
    const QDBusMessage reply = call(QStringLiteral("GetJob"), {job});
    Reply<QVariantMap> result;
    result.error = errorOf(reply);
    if (result.error.isError())
        return result;
    if (reply.signature() != QStringLiteral("a{sv}")) {
        result.error = badReply(reply);
        return result;
    }
    result.value = qdbus_cast<QVariantMap>(reply.arguments().at(0));
    return result;
}

Reply<JobResult> HelperClient::waitForJob(const QString& job, int timeoutMs) {
    Reply<JobResult> result;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &HelperClient::jobFinished, &loop, [&loop, &job](const QString& finished) {
        if (finished == job)
            loop.quit();
    });
    connect(this, &HelperClient::helperVanished, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        timer.start(timeoutMs);
    m_vanished = false;
    if (!m_finished.contains(job))
        loop.exec();
    if (auto it = m_finished.find(job); it != m_finished.end()) {
        result.value = *it;
        m_finished.erase(it);
        return result;
    }
    if (m_vanished)
        result.error = {QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"),
                        QStringLiteral("The helper stopped before the job finished (it was "
                                       "killed or restarted). The job's result is lost; read "
                                       "the TPM's state again: provisioning continues from "
                                       "where the TPM is.")};
    else
        result.error = {QStringLiteral("org.freedesktop.DBus.Error.Timeout"),
                        QStringLiteral("The job did not finish in time.")};
    return result;
}

void HelperClient::onJobProgress(const QString& job, const QString& step, const QString& message,
                                 double elapsedSeconds, double expectedSeconds) {
    Q_EMIT jobProgress(job, step, message, elapsedSeconds, expectedSeconds);
}

void HelperClient::onJobFinished(const QString& job, bool succeeded, const QString& outcome,
                                 const QString& json) {
    m_finished.insert(job, JobResult{job, succeeded, outcome, json});
    Q_EMIT jobFinished(job, succeeded, outcome, json);
}

void HelperClient::onServiceUnregistered() {
    m_vanished = true;
    Q_EMIT helperVanished();
}

} // namespace tpmprov::helper
