#include "JobOptions.h"

#include <QDBusVariant>
#include <QMetaType>

namespace tpmprov::helper {

namespace {

// QtDBus hands a{sv} values over unwrapped; a value whose D-Bus type QtDBus did not map to
// a plain type arrives as QDBusArgument and is refused by the type check.
bool isBool(const QVariant& value) {
    return value.metaType() == QMetaType::fromType<bool>();
}

} // namespace

std::optional<JobOptions> readJobOptions(const QVariantMap& options, QString& problem) {
    if (options.size() > kMaxOptions) {
        problem = QStringLiteral("At most %1 options are accepted.").arg(kMaxOptions);
        return std::nullopt;
    }
    JobOptions out;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        if (it.key() == QStringLiteral("lockPresence")) {
            if (!isBool(it.value())) {
                problem = QStringLiteral("The option lockPresence is a boolean (b).");
                return std::nullopt;
            }
            out.lockPresence = it.value().toBool();
            continue;
        }
        // The key itself may be anything a caller sent: it is not repeated back.
        problem = QStringLiteral("An option this helper does not know was given (known: "
                                 "lockPresence).");
        return std::nullopt;
    }
    return out;
}

} // namespace tpmprov::helper
