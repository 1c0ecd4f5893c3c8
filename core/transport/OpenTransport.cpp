#include "DeviceTransport.h"
#include "SwtpmTransport.h"

namespace tpm {

Result<std::unique_ptr<Transport>> openTransport(const TransportSpec& spec) {
    if (spec.kind == TransportSpec::Kind::Device) {
        auto device = DeviceTransport::open(spec.devicePath);
        if (!device) {
            return device.error();
        }
        return std::unique_ptr<Transport>(std::move(device).value());
    }
    auto swtpm = std::make_unique<SwtpmTransport>(spec.host, spec.port, spec.controlPort);
    if (auto connected = swtpm->connect(); !connected) {
        return connected.error();
    }
    return std::unique_ptr<Transport>(std::move(swtpm));
}

} // namespace tpm
