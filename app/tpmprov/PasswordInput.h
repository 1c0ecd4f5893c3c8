#pragma once
// Reading the owner/SRK password from a file (or stdin) and turning it into a secret.
// The password never appears on a command line; every buffer that held it is wiped.

#include "crypto/OwnerSecret.h"

#include <QString>

namespace tpmprov {

// Reads the whole file ("-" = standard input); drops one trailing newline.
tpm::Result<std::string> readPasswordFile(const QString& path);
tpm::Result<tpm::Secret> secretFromPasswordFile(const QString& path, tpm::SecretEncoding encoding);

} // namespace tpmprov
