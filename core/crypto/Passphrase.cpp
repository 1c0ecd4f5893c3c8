#include "crypto/Passphrase.h"

#include "crypto/Crypto.h"
#include "crypto/Secret.h"

#include <array>

namespace tpm {

Result<std::string> generatePassphrase() {
    constexpr std::size_t kGroups = 5;
    constexpr std::size_t kGroupSize = 5;
    constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::array<std::uint8_t, kGroups * kGroupSize> random{};
    if (auto filled = randomBytes(random); !filled)
        return filled.error();
    std::string out;
    out.reserve(kGroups * (kGroupSize + 1));
    for (std::size_t i = 0; i < random.size(); ++i) {
        if (i > 0 && i % kGroupSize == 0)
            out += '-';
        // Each byte contributes its low 5 bits: uniform over 32 symbols.
        out += kAlphabet[random[i] & 0x1f];
    }
    wipe(random);
    return out;
}

} // namespace tpm
