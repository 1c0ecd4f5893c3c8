#include "HelperClient.h"

#include "HelperProxy.h"

#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <span>
#include <vector>

namespace tpmprov::helper {

namespace {

// A secret's bytes as a QByteArray that is wiped when this goes out of scope.
class SecretBytes {
public:
    explicit SecretBytes(tpm::ByteView secret)
        : m_bytes(reinterpret_cast<const char*>(secret.data()),
                  static_cast<qsizetype>(secret.size())) {}
    ~SecretBytes() { wipeShared(); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const QByteArray& bytes() const { return m_bytes; }
    // Wipes the buffer in place, also where it is shared (a sent message keeps its arguments
    // until the reply arrives).
    void wipeShared() {
        auto* data = reinterpret_cast<std::uint8_t*>(const_cast<char*>(m_bytes.constData()));
        tpm::wipe(std::span(data, static_cast<std::size_t>(m_bytes.size())));
    }

private:
    QByteArray m_bytes;
};

} // namespace

// The helper's methods are called through this macro. Qt 6.4's generated proxies cannot set
// ALLOW_INTERACTIVE_AUTHORIZATION (QDBusAbstractInterface gained that in Qt 6.7), so the
// message is built here; the proxy's own method is named in an unevaluated context, so a
// method or argument list the XML does not have fails to compile and the reply type is the
// proxy's. The method's name is written once, as the token.
#define TPMPROV_CALL_HELPER(Method, ...)                                                           \
    send<decltype(std::declval<HelperProxy&>().Method(__VA_ARGS__))>(QStringLiteral(#Method),      \
                                                                     {__VA_ARGS__})

HelperClient::HelperClient(const QDBusConnection& bus, QObject* parent)
    : QObject(parent), m_bus(bus),
      m_proxy(std::make_unique<HelperProxy>(busName(), objectPath(), bus)) {
    m_proxy->setTimeout(kCallTimeoutMs);
    connect(m_proxy.get(), &HelperProxy::JobProgress, this, &HelperClient::jobProgress);
    connect(
        m_proxy.get(), &HelperProxy::JobFinished, this,
        [this](const QString& job, bool succeeded, const QString& outcome, const QString& json) {
            const JobResult result{job, succeeded, outcome, json};
            m_finished.insert(job, result);
            Q_EMIT jobFinished(result);
        });
    m_watcher = new QDBusServiceWatcher(busName(), m_bus,
                                        QDBusServiceWatcher::WatchForUnregistration, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_vanished = true;
        Q_EMIT helperVanished();
    });
}

HelperClient::~HelperClient() = default;

template <class Reply>
Reply HelperClient::send(const QString& method, const QVariantList& arguments) {
    QDBusMessage message = QDBusMessage::createMethodCall(m_proxy->service(), m_proxy->path(),
                                                          m_proxy->interface(), method);
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(true);
    return Reply(m_bus.asyncCall(message, kCallTimeoutMs));
}

template <class Reply>
Reply HelperClient::sendWithSecrets(const QString& method,
                                    std::initializer_list<tpm::ByteView> secrets,
                                    const QVariantList& extra, tpm::ByteView lockoutAuthOption) {
    std::vector<std::unique_ptr<SecretBytes>> copies;
    QVariantList arguments;
    for (tpm::ByteView secret : secrets) {
        copies.push_back(std::make_unique<SecretBytes>(secret));
        arguments << copies.back()->bytes();
    }
    arguments << extra;
    if (!lockoutAuthOption.empty()) { // into the options, the last argument
        copies.push_back(std::make_unique<SecretBytes>(lockoutAuthOption));
        QVariantMap options = arguments.takeLast().toMap();
        options.insert(QStringLiteral("lockoutAuth"), copies.back()->bytes());
        arguments << options;
    }
    Reply reply = send<Reply>(method, arguments); // marshalled and sent here
    arguments.clear();
    for (auto& copy : copies) // the pending call still shares them through the sent message
        copy->wipeShared();
    return reply;
}

QDBusPendingReply<QVariantMap, QString> HelperClient::getState() {
    return TPMPROV_CALL_HELPER(GetState);
}
QDBusPendingReply<> HelperClient::assertPresence() {
    return TPMPROV_CALL_HELPER(AssertPresence);
}
QDBusPendingReply<> HelperClient::enable() {
    return TPMPROV_CALL_HELPER(Enable);
}
QDBusPendingReply<> HelperClient::activate() {
    return TPMPROV_CALL_HELPER(Activate);
}
QDBusPendingReply<QString> HelperClient::startup() {
    return TPMPROV_CALL_HELPER(Startup);
}
QDBusPendingReply<QString> HelperClient::selfTest() {
    return TPMPROV_CALL_HELPER(SelfTest);
}
QDBusPendingReply<QString> HelperClient::createEndorsementKey() {
    return TPMPROV_CALL_HELPER(CreateEndorsementKey);
}
QDBusPendingReply<> HelperClient::forceClear() {
    return TPMPROV_CALL_HELPER(ForceClear);
}

QDBusPendingReply<QString> HelperClient::requestPhysicalPresence(std::uint32_t operation) {
    return TPMPROV_CALL_HELPER(RequestPhysicalPresence, operation);
}
QDBusPendingReply<> HelperClient::cancel(const QString& job) {
    return TPMPROV_CALL_HELPER(Cancel, job);
}
QDBusPendingReply<QVariantMap> HelperClient::getJob(const QString& job) {
    return TPMPROV_CALL_HELPER(GetJob, job);
}

QDBusPendingReply<QString> HelperClient::takeOwnership(const tpm::Secret& owner,
                                                       const tpm::Secret& srk,
                                                       bool ownerSecretStored,
                                                       const QVariantMap& options) {
    return sendWithSecrets<decltype(std::declval<HelperProxy&>().TakeOwnership(
        QByteArray(), QByteArray(), ownerSecretStored, options))>(
        QStringLiteral("TakeOwnership"), {owner.view(), srk.view()}, {ownerSecretStored, options});
}

QDBusPendingReply<QString> HelperClient::provision(const tpm::Secret& owner, const tpm::Secret& srk,
                                                   bool ownerSecretStored,
                                                   const QVariantMap& options) {
    return sendWithSecrets<decltype(std::declval<HelperProxy&>().Provision(
        QByteArray(), QByteArray(), ownerSecretStored, options))>(
        QStringLiteral("Provision"), {owner.view(), srk.view()}, {ownerSecretStored, options});
}

QDBusPendingReply<QString> HelperClient::provisionTpm2(const tpm::AuthValue& lockoutAuth,
                                                       bool lockoutAuthStored,
                                                       const QVariantMap& options) {
    return sendWithSecrets<decltype(std::declval<HelperProxy&>().Provision(
        QByteArray(), QByteArray(), lockoutAuthStored, options))>(
        QStringLiteral("Provision"), {tpm::ByteView{}, tpm::ByteView{}},
        {lockoutAuthStored, options}, lockoutAuth.view());
}

QDBusPendingReply<bool, QString>
HelperClient::verifyOwnerPassword(const tpm::AuthValue& ownerAuth) {
    return sendWithSecrets<decltype(std::declval<HelperProxy&>().VerifyOwnerPassword(
        QByteArray()))>(QStringLiteral("VerifyOwnerPassword"), {ownerAuth.view()}, {});
}

QDBusPendingReply<bool, QString> HelperClient::verifyLockout(const tpm::AuthValue& lockoutAuth) {
    return sendWithSecrets<decltype(std::declval<HelperProxy&>().VerifyLockout(QByteArray()))>(
        QStringLiteral("VerifyLockout"), {lockoutAuth.view()}, {});
}

QDBusPendingReply<QString> HelperClient::resetLockout(const tpm::AuthValue& lockoutAuth) {
    return sendWithSecrets<decltype(std::declval<HelperProxy&>().ResetLockout(QByteArray()))>(
        QStringLiteral("ResetLockout"), {lockoutAuth.view()}, {});
}

QDBusPendingReply<QString> HelperClient::clearWithLockout(const tpm::AuthValue& lockoutAuth) {
    return sendWithSecrets<decltype(std::declval<HelperProxy&>().ClearWithLockout(QByteArray()))>(
        QStringLiteral("ClearWithLockout"), {lockoutAuth.view()}, {});
}

QDBusPendingReply<bool, QString> HelperClient::verifyOwner(const tpm::Secret& owner) {
    return sendWithSecrets<decltype(std::declval<HelperProxy&>().VerifyOwner(QByteArray()))>(
        QStringLiteral("VerifyOwner"), {owner.view()}, {});
}

CallError HelperClient::errorOf(const QDBusPendingCall& reply) {
    if (!reply.isError())
        return {};
    const QDBusError error = reply.error();
    return {error.name(), error.message()};
}

std::optional<JobResult> HelperClient::takeFinishedJob(const QString& job) {
    const auto it = m_finished.find(job);
    if (it == m_finished.end())
        return std::nullopt;
    JobResult result = *it;
    m_finished.erase(it);
    return result;
}

std::optional<JobResult> HelperClient::waitForJob(const QString& job, CallError& error,
                                                  int timeoutMs) {
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &HelperClient::jobFinished, &loop, [&loop, &job](const JobResult& finished) {
        if (finished.job == job)
            loop.quit();
    });
    connect(this, &HelperClient::helperVanished, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        timer.start(timeoutMs);
    m_vanished = false;
    if (!m_finished.contains(job))
        loop.exec();
    if (auto result = takeFinishedJob(job))
        return result;
    if (m_vanished)
        error = {error::helperVanished(),
                 QStringLiteral("The helper stopped before the job finished (it was killed or "
                                "restarted). The job's result is lost; read the TPM's state "
                                "again: provisioning continues from where the TPM is.")};
    else
        error = {QStringLiteral("org.freedesktop.DBus.Error.Timeout"),
                 QStringLiteral("The job did not finish in time.")};
    return std::nullopt;
}

} // namespace tpmprov::helper
