#pragma once
// A point in time a blocking operation must not pass, measured on the monotonic clock.

#include <algorithm>
#include <chrono>

namespace tpm {

class Deadline {
public:
    explicit Deadline(std::chrono::milliseconds budget)
        : m_budget(budget), m_end(std::chrono::steady_clock::now() + budget) {}

    // Milliseconds left, rounded up so a poll() never spins at 0 before the end; >= 0.
    int remainingMs() const {
        const auto left = m_end - std::chrono::steady_clock::now();
        if (left <= std::chrono::steady_clock::duration::zero()) {
            return 0;
        }
        const auto ms = std::chrono::ceil<std::chrono::milliseconds>(left).count();
        return static_cast<int>(std::min<long long>(ms, 24LL * 3600 * 1000));
    }
    bool expired() const { return std::chrono::steady_clock::now() >= m_end; }
    std::chrono::milliseconds budget() const { return m_budget; }

private:
    std::chrono::milliseconds m_budget;
    std::chrono::steady_clock::time_point m_end;
};

} // namespace tpm
