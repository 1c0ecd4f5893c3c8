#pragma once

#include "engine/TpmClient.h"

#include <memory>
// A Transport that answers from a script and records what was sent: engine unit tests run
// without a TPM and can prove that nothing was sent at all.

#include "transport/Transport.h"

#include <deque>
#include <vector>

namespace tpm::test {

class FakeTransport final : public Transport {
public:
    // Queues one answer (a whole response, or an error) for the next transmit().
    void answer(Bytes response) { m_answers.emplace_back(std::move(response)); }
    void fail(Error error) { m_answers.emplace_back(std::move(error)); }

    Result<Bytes> transmit(ByteView request, std::chrono::milliseconds) override {
        m_sent.emplace_back(request.begin(), request.end());
        if (m_answers.empty())
            return Error::system(5, "fake transport: no scripted answer");
        Result<Bytes> next = std::move(m_answers.front());
        m_answers.pop_front();
        return next;
    }
    Result<void> reopen() override {
        ++m_reopens;
        return {};
    }
    std::string describe() const override { return "fake"; }

    const std::vector<Bytes>& sent() const { return m_sent; }
    int reopens() const { return m_reopens; }

private:
    std::deque<Result<Bytes>> m_answers;
    std::vector<Bytes> m_sent;
    int m_reopens = 0;
};

// A 10-byte TPM 1.2 answer with only a return code.
inline Bytes headerOnlyResponse(std::uint32_t returnCode) {
    return Bytes{0x00,
                 0xC4,
                 0x00,
                 0x00,
                 0x00,
                 0x0A,
                 static_cast<std::uint8_t>(returnCode >> 24),
                 static_cast<std::uint8_t>(returnCode >> 16),
                 static_cast<std::uint8_t>(returnCode >> 8),
                 static_cast<std::uint8_t>(returnCode)};
}

// A TpmClient over a FakeTransport, keeping a pointer to the fake for scripting answers.
struct FakeClientRig {
    FakeClientRig() {
        auto owned = std::make_unique<FakeTransport>();
        transport = owned.get();
        client = std::make_unique<TpmClient>(std::move(owned));
    }
    FakeTransport* transport = nullptr;
    std::unique_ptr<TpmClient> client;
};

} // namespace tpm::test
