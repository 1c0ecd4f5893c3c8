#pragma once
// The owner password as Windows' TPM console (tpm.msc) saves it: an XML ".tpm" file whose
// <ownerAuth> is the base64 of the 20-byte owner secret, so tpm.msc (and anyone used to it)
// can use this TPM's owner authorization. Written 0600, like the recovery file.

#include "stores/SecretStore.h"

#include <QByteArray>
#include <QDateTime>

namespace tpmprov::ui {

namespace windows_owner_file {

// The file's bytes for `record` (its owner secret in the record's encoding), or "" when the
// password cannot be turned into a secret in that encoding.
QByteArray render(const OwnerPasswordRecord& record, const QDateTime& created, const QString& user);
// The TPM maker's id as tpm.msc writes it: the four vendor letters, space padded, read as a
// big-endian number ("STM " -> 1398033696).
quint32 manufacturerId(const QString& vendor);
// Writes render() to `path` (0600, replacing a file the user chose to overwrite). "" or the
// error in words.
QString save(const QString& path, const OwnerPasswordRecord& record);

} // namespace windows_owner_file

} // namespace tpmprov::ui
