#include "stores/Passphrase.h"

#include "crypto/Passphrase.h"
#include "crypto/Secret.h"

#include <cmath>

namespace tpmprov::ui {

QString generatePassphrase() {
    auto generated = tpm::generatePassphrase();
    if (!generated)
        return {};
    QString out = QString::fromLatin1(generated->data(), static_cast<qsizetype>(generated->size()));
    tpm::wipe(*generated);
    return out;
}

StrengthEstimate estimateStrength(const QString& password) {
    StrengthEstimate estimate;
    if (password.isEmpty())
        return estimate;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Repeated characters add little: count distinct ones beyond the first few generously.
    QString distinct;
    for (const QChar c : password)
        if (!distinct.contains(c))
            distinct += c;
    const double perChar = std::log2(static_cast<double>(pool > 0 ? pool : 1));
    const double length = (static_cast<double>(distinct.size()) + password.size()) / 2.0;
    estimate.bits = static_cast<int>(perChar * length);
    estimate.strength = estimate.bits < 50   ? Strength::Weak
                        : estimate.bits < 80 ? Strength::Fair
                                             : Strength::Strong;
    return estimate;
}

} // namespace tpmprov::ui
