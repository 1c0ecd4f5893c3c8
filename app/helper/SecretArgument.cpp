#include "SecretArgument.h"

#include "BusNames.h"

#include <algorithm>
#include <span>
#include <string_view>

namespace tpmprov::helper {

namespace {

// In place, without detaching: the shared buffer is the one to clear.
void wipeArgument(const QByteArray& argument) {
    if (argument.isEmpty())
        return;
    auto* bytes = reinterpret_cast<std::uint8_t*>(const_cast<char*>(argument.constData()));
    tpm::wipe(std::span(bytes, static_cast<std::size_t>(argument.size())));
}

} // namespace

std::optional<tpm::Secret> takeSecret(const QByteArray& argument) {
    std::optional<tpm::Secret> secret;
    if (argument.size() == kSecretBytes) {
        tpm::Digest value{};
        std::copy_n(reinterpret_cast<const std::uint8_t*>(argument.constData()), value.size(),
                    value.begin());
        secret.emplace(value);
        tpm::wipe(std::span(value));
    }
    wipeArgument(argument);
    return secret;
}

std::optional<tpm::AuthValue> takeAuthValue(const QByteArray& argument, bool allowEmpty) {
    std::optional<tpm::AuthValue> auth;
    if ((allowEmpty || !argument.isEmpty()) && argument.size() <= kMaxAuthValueBytes)
        auth.emplace(
            std::string_view(argument.constData(), static_cast<std::size_t>(argument.size())));
    wipeArgument(argument);
    return auth;
}

} // namespace tpmprov::helper
