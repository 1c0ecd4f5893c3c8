#pragma once
// The Linux TPM character device (/dev/tpm0): one write() per command, one read() per answer.

#include "Transport.h"
#include "UniqueFd.h"

namespace tpm {

class DeviceTransport final : public Transport {
public:
    static constexpr std::size_t kResponseBufferSize = 4096; // the kernel's TPM_BUFSIZE

    // Opens the device. EBUSY names the processes holding it (usually tcsd).
    static Result<std::unique_ptr<DeviceTransport>> open(const std::string& path);

    Result<Bytes> transmit(ByteView request, std::chrono::milliseconds timeout) override;
    Result<void> reopen() override;
    std::string describe() const override { return "device:" + m_path; }
    bool isLinuxDevice() const override { return true; }

private:
    DeviceTransport(std::string path, UniqueFd fd) : m_path(std::move(path)), m_fd(std::move(fd)) {}
    static Result<UniqueFd> openDevice(const std::string& path);

    std::string m_path;
    UniqueFd m_fd;
};

} // namespace tpm
