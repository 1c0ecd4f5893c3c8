#pragma once
// How bytes reach a TPM: the Linux character device or swtpm over TCP.

#include "protocol/Bytes.h"
#include "protocol/Result.h"

#include <chrono>
#include <memory>
#include <string>

namespace tpm {

class Transport {
public:
    virtual ~Transport() = default;

    // Sends one command and returns one whole response (framed by its paramSize).
    // timeout bounds the wait for the answer; on expiry: Error::system(ETIME, ...).
    virtual Result<Bytes> transmit(ByteView request, std::chrono::milliseconds timeout) = 0;
    // Drops the connection/descriptor and opens it again, after a failure.
    virtual Result<void> reopen() = 0;
    // "device:/dev/tpm0", "swtpm:127.0.0.1:2321:2322"
    virtual std::string describe() const = 0;

    virtual bool isLinuxDevice() const { return false; }
    // A TPM power cycle (swtpm control channel INIT); afterwards the TPM needs Startup.
    virtual bool canPowerCycle() const { return false; }
    virtual Result<void> powerCycle() { return Error::usage("this TPM cannot be power cycled"); }
};

struct TransportSpec {
    enum class Kind { Device, Swtpm };
    Kind kind = Kind::Device;
    std::string devicePath = "/dev/tpm0";
    std::string host;
    std::uint16_t port = 0;
    std::uint16_t controlPort = 0;

    // "device:PATH", "swtpm:HOST:PORT[:CTRLPORT]" (CTRLPORT defaults to PORT+1).
    static Result<TransportSpec> parse(std::string_view text);
    std::string toString() const;
};

// Opens the transport now, so a missing device or refused connection is reported up front.
Result<std::unique_ptr<Transport>> openTransport(const TransportSpec& spec);

} // namespace tpm
