#pragma once
// swtpm over TCP: raw TPM commands on the data port, power cycles on the control port.
// After any failure the data connection is dropped; the next transmit reconnects.

#include "Transport.h"
#include "UniqueFd.h"

#include <cstdint>

namespace tpm {

class SwtpmTransport final : public Transport {
public:
    static constexpr std::size_t kMaxResponseSize = 8192;
    static constexpr std::chrono::milliseconds kConnectTimeout{5000};

    SwtpmTransport(std::string host, std::uint16_t port, std::uint16_t controlPort);

    // Connects the data channel now (openTransport uses it to fail early).
    Result<void> connect(std::chrono::milliseconds timeout = kConnectTimeout);

    Result<Bytes> transmit(ByteView request, std::chrono::milliseconds timeout) override;
    Result<void> reopen() override;
    std::string describe() const override;
    bool canPowerCycle() const override { return true; }
    Result<void> powerCycle() override;
    // Asks swtpm to save its state and exit (control SHUTDOWN).
    Result<void> shutdown();

    bool connected() const { return m_data.valid(); }

private:
    Result<Bytes> exchange(ByteView request, std::chrono::milliseconds timeout);

    std::string m_host;
    std::uint16_t m_port;
    std::uint16_t m_controlPort;
    UniqueFd m_data;
};

} // namespace tpm
