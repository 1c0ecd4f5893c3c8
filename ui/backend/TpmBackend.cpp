#include "backend/TpmBackend.h"

#include <QTimer>

namespace tpmprov::ui {

void BackendCall::finish(const BackendResult& result) {
    Q_EMIT finished(result);
    deleteLater();
}

void BackendCall::finishLater(const BackendResult& result) {
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

TpmBackend::~TpmBackend() = default;

} // namespace tpmprov::ui
