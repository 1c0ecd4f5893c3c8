#include "PasswordInput.h"

#include "crypto/Secret.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tpmprov {

namespace {
// A password longer than this is a mistake (a wrong file), not a password.
constexpr std::size_t kMaxPasswordBytes = 4096;
} // namespace

tpm::Result<std::string> readPasswordFile(const QString& path) {
    const bool fromStdin = path == QStringLiteral("-");
    const int fd =
        fromStdin ? STDIN_FILENO : ::open(path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return tpm::Error::system(errno, "cannot open password file " + path.toStdString() + ": " +
                                             std::strerror(errno));
    std::string password;
    password.reserve(kMaxPasswordBytes + 1); // no reallocation: no stray copies to wipe
    char buffer[512];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            if (!fromStdin)
                ::close(fd);
            tpm::wipe(password);
            return tpm::Error::system(err, "cannot read password file " + path.toStdString());
        }
        if (n == 0)
            break;
        if (password.size() + static_cast<std::size_t>(n) > kMaxPasswordBytes) {
            if (!fromStdin)
                ::close(fd);
            tpm::wipe(password);
            tpm::wipe(std::span(reinterpret_cast<std::uint8_t*>(buffer), sizeof buffer));
            return tpm::Error::usage("password file " + path.toStdString() + " is longer than " +
                                     std::to_string(kMaxPasswordBytes) + " bytes");
        }
        password.append(buffer, static_cast<std::size_t>(n));
    }
    tpm::wipe(std::span(reinterpret_cast<std::uint8_t*>(buffer), sizeof buffer));
    if (!fromStdin)
        ::close(fd);
    if (!password.empty() && password.back() == '\n')
        password.pop_back();
    return password;
}

tpm::Result<tpm::Secret> secretFromPasswordFile(const QString& path, tpm::SecretEncoding encoding) {
    auto password = readPasswordFile(path);
    if (!password)
        return password.error();
    auto secret = tpm::deriveOwnerSecret(*password, encoding);
    tpm::wipe(*password);
    return secret;
}

} // namespace tpmprov
