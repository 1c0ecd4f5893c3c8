#include "stores/Passphrase.h"

#include "crypto/Crypto.h"

#include <array>
#include <cmath>

namespace tpmprov::ui {

QString generatePassphrase() {
    constexpr int kGroups = 5;
    constexpr int kGroupSize = 5;
    constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::array<std::uint8_t, kGroups * kGroupSize> random{};
    if (!tpm::randomBytes(random))
        return {};
    QString out;
    for (int i = 0; i < kGroups * kGroupSize; ++i) {
        if (i > 0 && i % kGroupSize == 0)
            out += QLatin1Char('-');
        // Each byte contributes its low 5 bits: uniform over 32 symbols.
        out += QLatin1Char(kAlphabet[random[static_cast<std::size_t>(i)] & 0x1f]);
    }
    tpm::wipe(random);
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
