#include "PasswordInput.h"

#include "crypto/Secret.h"
#include "transport/BoundedRead.h"
#include "transport/UniqueFd.h"

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
    tpm::UniqueFd opened;
    if (!fromStdin) {
        opened.reset(::open(path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC));
        if (!opened)
            return tpm::Error::system(errno, "cannot open password file " + path.toStdString() +
                                                 ": " + std::strerror(errno));
    }
    auto password = tpm::readBounded(fromStdin ? STDIN_FILENO : opened.get(), kMaxPasswordBytes,
                                     tpm::Sensitivity::Secret);
    if (!password) {
        const tpm::Error& e = password.error();
        if (e.kind == tpm::ErrorKind::Usage)
            return tpm::Error::usage("password file " + path.toStdString() + " is " + e.detail);
        return tpm::Error::system(e.code, "cannot read password file " + path.toStdString());
    }
    // In place: a copy of the password would be one more buffer to wipe.
    if (!password->empty() && password->back() == '\n')
        password->pop_back();
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
