#include "stores/PasswordSecret.h"

#include <QByteArray>
#include <algorithm>

namespace tpmprov::ui {

tpm::Result<tpm::Secret> secretFromPassword(const QString& password, tpm::SecretEncoding encoding) {
    QByteArray utf8 = password.toUtf8();
    auto secret = tpm::deriveOwnerSecret(
        std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), encoding);
    std::fill(utf8.begin(), utf8.end(), '\0'); // utf8 is this function's own buffer
    return secret;
}

tpm::AuthValue authValueFromPassword(const QString& password) {
    QByteArray utf8 = password.toUtf8();
    tpm::AuthValue auth(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    std::fill(utf8.begin(), utf8.end(), '\0');
    return auth;
}

void wipePassword(QString& password) {
    if (password.isEmpty() || !password.isDetached())
        return;
    std::fill(password.begin(), password.end(), QChar(0));
    password.truncate(0);
}

} // namespace tpmprov::ui
