#include "TpmBackend.h"

#include "HelperNames.h"

#include <QTimer>

namespace tpmprov::ui {

BackendError::Kind BackendError::kind() const {
    if (name.isEmpty())
        return Kind::None;
    if (name == QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown") ||
        name == QStringLiteral("org.freedesktop.DBus.Error.NameHasNoOwner") ||
        name == QStringLiteral("org.freedesktop.DBus.Error.NoServer") ||
        name == QStringLiteral("org.freedesktop.DBus.Error.Spawn.ChildExited") ||
        name == QStringLiteral("org.freedesktop.DBus.Error.Disconnected"))
        return Kind::HelperMissing;
    if (name == helper::error::notAuthorized() ||
        name == QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"))
        return Kind::NotAuthorized;
    if (name == helper::error::busy())
        return Kind::Busy;
    if (name == helper::error::failed())
        return Kind::Failed;
    if (name == QStringLiteral("tpmprov.HelperVanished"))
        return Kind::HelperVanished;
    return Kind::Other;
}

void BackendCall::finish(const BackendResult& result) {
    Q_EMIT finished(result);
    deleteLater();
}

void BackendCall::finishLater(const BackendResult& result) {
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

TpmBackend::~TpmBackend() = default;

} // namespace tpmprov::ui
