#include "SecretArgument.h"

#include "BusNames.h"

#include <algorithm>
#include <span>

namespace tpmprov::helper {

std::optional<tpm::Secret> takeSecret(const QByteArray& argument) {
    std::optional<tpm::Secret> secret;
    if (argument.size() == kSecretBytes) {
        tpm::Digest value{};
        std::copy_n(reinterpret_cast<const std::uint8_t*>(argument.constData()), value.size(),
                    value.begin());
        secret.emplace(value);
        tpm::wipe(std::span(value));
    }
    if (!argument.isEmpty()) {
        // In place, without detaching: the shared buffer is the one to clear.
        auto* bytes = reinterpret_cast<std::uint8_t*>(const_cast<char*>(argument.constData()));
        tpm::wipe(std::span(bytes, static_cast<std::size_t>(argument.size())));
    }
    return secret;
}

} // namespace tpmprov::helper
