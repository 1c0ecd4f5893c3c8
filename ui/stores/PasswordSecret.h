#pragma once
// The one way the wizard turns an owner password into a secret, and forgets a password.
// Every page and store derives through secretFromPassword(), whose UTF-8 copy is wiped;
// OwnerPasswordRecord wipes its password when its last copy goes. Copies that Qt widgets
// keep (a QLineEdit's text) are outside this: the pages clear those fields when done.

#include "crypto/OwnerSecret.h"

#include <QString>

namespace tpmprov::ui {

tpm::Result<tpm::Secret> secretFromPassword(const QString& password, tpm::SecretEncoding encoding);

// Zeroes the characters and empties the string, if this is the last reference to them (a
// shared buffer is wiped by whoever drops it last); keeps the allocation until then.
void wipePassword(QString& password);

// A TPM 2.0 authorization value: the password's UTF-8 bytes (as tpm2-tools' str: and
// systemd use them); the intermediate copy is wiped.
tpm::AuthValue authValueFromPassword(const QString& password);

} // namespace tpmprov::ui
