#include "JobOptions.h"

#include "BusNames.h"
#include "SecretArgument.h"

#include <QDBusVariant>
#include <QMetaType>

namespace tpmprov::helper {

namespace {

// QtDBus hands a{sv} values over unwrapped; a value whose D-Bus type QtDBus did not map to
// a plain type arrives as QDBusArgument and is refused by the type check.
template <typename T>
bool holds(const QVariant& value) {
    return value.metaType() == QMetaType::fromType<T>();
}

const QString kLockPresence = QStringLiteral("lockPresence");
const QString kLockoutAuth = QStringLiteral("lockoutAuth");
const QString kDaMaxTries = QStringLiteral("daMaxTries");
const QString kDaRecoveryTime = QStringLiteral("daRecoveryTime");
const QString kDaLockoutRecovery = QStringLiteral("daLockoutRecovery");
const QString kSrkAlgorithm = QStringLiteral("srkAlgorithm");

// Taken first, before any other key can end the reading: its bytes are wiped either way.
std::optional<tpm::AuthValue> takeLockoutAuth(const QVariantMap& options, QString& problem) {
    const auto it = options.constFind(kLockoutAuth);
    if (it == options.constEnd() || !holds<QByteArray>(it.value()))
        return std::nullopt;
    std::optional<tpm::AuthValue> auth = takeAuthValue(it.value().toByteArray());
    if (!auth)
        problem = QStringLiteral("The option lockoutAuth is 1 to %1 bytes (the lockout "
                                 "password's bytes).")
                      .arg(kMaxAuthValueBytes);
    return auth;
}

bool readNumber(const QVariant& value, const QString& key, std::uint32_t& out, QString& problem) {
    if (!holds<uint>(value)) {
        problem = QStringLiteral("The option %1 is an unsigned 32-bit number (u).").arg(key);
        return false;
    }
    out = value.toUInt();
    return true;
}

bool readTpm2Key(const QString& key, const QVariant& value, tpm::Tpm2Policy& policy,
                 QString& problem) {
    if (key == kDaMaxTries) {
        if (!readNumber(value, key, policy.daMaxTries, problem))
            return false;
        if (policy.daMaxTries == 0)
            problem = QStringLiteral("The option daMaxTries is at least 1 (0 would lock the "
                                     "TPM out at once).");
        return policy.daMaxTries != 0;
    }
    if (key == kDaRecoveryTime)
        return readNumber(value, key, policy.daRecoveryTime, problem);
    if (key == kDaLockoutRecovery)
        return readNumber(value, key, policy.daLockoutRecovery, problem);
    // srkAlgorithm
    const QString algorithm = holds<QString>(value) ? value.toString() : QString();
    if (algorithm != QStringLiteral("ecc") && algorithm != QStringLiteral("rsa")) {
        problem = QStringLiteral("The option srkAlgorithm is the string \"ecc\" or \"rsa\".");
        return false;
    }
    policy.srkAlgorithm =
        algorithm == QStringLiteral("rsa") ? tpm::SrkAlgorithm::Rsa : tpm::SrkAlgorithm::Ecc;
    return true;
}

bool isTpm2Key(const QString& key) {
    return key == kDaMaxTries || key == kDaRecoveryTime || key == kDaLockoutRecovery ||
           key == kSrkAlgorithm;
}

} // namespace

std::optional<JobOptions> readJobOptions(const QVariantMap& options, QString& problem) {
    QString authProblem;
    std::optional<tpm::AuthValue> lockoutAuth = takeLockoutAuth(options, authProblem);
    if (!authProblem.isEmpty()) {
        problem = authProblem;
        return std::nullopt;
    }
    if (options.size() > kMaxOptions) {
        problem = QStringLiteral("At most %1 options are accepted.").arg(kMaxOptions);
        return std::nullopt;
    }
    JobOptions out;
    tpm::Tpm2Policy policy;
    bool anyTpm2Key = false;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        const QString& key = it.key();
        if (key == kLockPresence) {
            if (!holds<bool>(it.value())) {
                problem = QStringLiteral("The option lockPresence is a boolean (b).");
                return std::nullopt;
            }
            out.lockPresence = it.value().toBool();
        } else if (key == kLockoutAuth) {
            if (!lockoutAuth) {
                problem = QStringLiteral("The option lockoutAuth is a byte array (ay).");
                return std::nullopt;
            }
        } else if (isTpm2Key(key)) {
            anyTpm2Key = true;
            if (!readTpm2Key(key, it.value(), policy, problem))
                return std::nullopt;
        } else {
            // The key itself may be anything a caller sent: it is not repeated back.
            problem = QStringLiteral("An option this helper does not know was given (known: "
                                     "lockPresence, lockoutAuth, daMaxTries, daRecoveryTime, "
                                     "daLockoutRecovery, srkAlgorithm).");
            return std::nullopt;
        }
    }
    if (anyTpm2Key && !lockoutAuth) {
        problem = QStringLiteral("The TPM 2.0 options (daMaxTries, daRecoveryTime, "
                                 "daLockoutRecovery, srkAlgorithm) go with lockoutAuth.");
        return std::nullopt;
    }
    if (lockoutAuth && out.lockPresence) {
        problem = QStringLiteral("lockPresence is for a TPM 1.2; lockoutAuth is for a TPM 2.0: "
                                 "give one of them.");
        return std::nullopt;
    }
    if (lockoutAuth)
        out.tpm2 = Tpm2JobOptions{std::move(*lockoutAuth), policy};
    return out;
}

} // namespace tpmprov::helper
