#pragma once
// Owner passphrases: generated from OpenSSL's RAND_bytes, and a strength estimate for typed
// ones.

#include <QString>

namespace tpmprov::ui {

// Five groups of five base32 characters (RFC 4648 alphabet, no padding): 125 bits, e.g.
// "K7QX2-MBV4D-...". Typed back easily: no 0/O or 1/I/L confusion is possible in base32's
// alphabet (A-Z, 2-7). Empty if the random generator fails.
QString generatePassphrase();
inline constexpr int kGeneratedBits = 125;

enum class Strength { Empty, Weak, Fair, Strong };
struct StrengthEstimate {
    Strength strength = Strength::Empty;
    int bits = 0; // rough estimate
};
StrengthEstimate estimateStrength(const QString& password);

} // namespace tpmprov::ui
