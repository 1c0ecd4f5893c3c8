// Small text helpers shared by the catalogue files.

#include "CatalogueInternal.h"

#include <charconv>
#include <cstdio>
#include <vector>

namespace tpm::explain::detail {

Explanation fromEntry(const CatalogueEntry& entry, std::string code) {
    Explanation out;
    out.code = std::move(code);
    out.name = entry.name;
    out.meaning = entry.meaning;
    out.detail = entry.detail;
    out.nextAction = entry.nextAction;
    return out;
}

std::string hexCode(std::uint32_t value, int minDigits) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%0*X", minDigits, value);
    return buffer;
}

std::string upper(std::string_view text) {
    std::string out{text};
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return out;
}

bool containsNoCase(std::string_view haystack, std::string_view needle) {
    return upper(haystack).find(upper(needle)) != std::string::npos;
}

std::string secondsText(std::uint32_t microseconds) {
    // Whole seconds from 10 s up, one decimal below, milliseconds below one second.
    char buffer[32];
    if (microseconds >= 10'000'000) {
        std::snprintf(buffer, sizeof buffer, "%u s", (microseconds + 500'000) / 1'000'000);
    } else if (microseconds >= 1'000'000) {
        std::snprintf(buffer, sizeof buffer, "%.1f s", microseconds / 1e6);
    } else {
        std::snprintf(buffer, sizeof buffer, "%u ms", (microseconds + 500) / 1000);
    }
    std::string out = buffer;
    if (out.size() > 4 && out.ends_with(".0 s")) {
        out.erase(out.size() - 4, 2);
    }
    return out;
}

std::string durationsInSeconds(std::string_view line) {
    std::vector<std::uint32_t> values;
    std::size_t pos = 0;
    while (values.size() < 3) {
        while (pos < line.size() && line[pos] == ' ') {
            ++pos;
        }
        std::uint32_t value = 0;
        const char* begin = line.data() + pos;
        const auto [ptr, ec] = std::from_chars(begin, line.data() + line.size(), value);
        if (ec != std::errc{} || ptr == begin) {
            return {};
        }
        values.push_back(value);
        pos += static_cast<std::size_t>(ptr - begin);
    }
    return secondsText(values[0]) + " / " + secondsText(values[1]) + " / " + secondsText(values[2]);
}

void appendSentence(std::string& text, std::string_view sentence) {
    if (sentence.empty()) {
        return;
    }
    if (!text.empty()) {
        text += ' ';
    }
    text += sentence;
}

} // namespace tpm::explain::detail
