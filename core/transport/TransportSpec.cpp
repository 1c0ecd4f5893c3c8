#include "Transport.h"

#include <charconv>

namespace tpm {
namespace {

constexpr std::string_view kDevicePrefix = "device:";
constexpr std::string_view kSwtpmPrefix = "swtpm:";
constexpr std::string_view kForms = "expected device:PATH or swtpm:HOST:PORT[:CTRLPORT]";

Result<std::uint16_t> parsePort(std::string_view text, std::string_view what) {
    unsigned value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < 1 || value > 65535) {
        return Error::usage(std::string(what) + " '" + std::string(text) +
                            "' is not a number from 1 to 65535");
    }
    return static_cast<std::uint16_t>(value);
}

Result<TransportSpec> parseSwtpm(std::string_view rest, std::string_view whole) {
    TransportSpec spec;
    spec.kind = TransportSpec::Kind::Swtpm;
    // "[::1]:2321" keeps an IPv6 address's colons apart from the port separators.
    if (!rest.empty() && rest.front() == '[') {
        const auto close = rest.find(']');
        if (close == std::string_view::npos || close + 1 >= rest.size() || rest[close + 1] != ':') {
            return Error::usage("bad swtpm address in '" + std::string(whole) +
                                "': " + std::string(kForms));
        }
        spec.host = std::string(rest.substr(1, close - 1));
        rest.remove_prefix(close + 2);
    } else {
        const auto colon = rest.find(':');
        if (colon == std::string_view::npos) {
            return Error::usage("'" + std::string(whole) + "' has no port: " + std::string(kForms));
        }
        spec.host = std::string(rest.substr(0, colon));
        rest.remove_prefix(colon + 1);
    }
    if (spec.host.empty()) {
        return Error::usage("'" + std::string(whole) + "' has no host: " + std::string(kForms));
    }
    const auto colon = rest.find(':');
    auto port = parsePort(rest.substr(0, colon), "port");
    if (!port) {
        return port.error();
    }
    spec.port = *port;
    if (colon == std::string_view::npos) {
        if (spec.port == 65535) {
            return Error::usage("port 65535 leaves no room for the default control port "
                                "(PORT+1): give CTRLPORT explicitly");
        }
        spec.controlPort = static_cast<std::uint16_t>(spec.port + 1);
    } else {
        auto control = parsePort(rest.substr(colon + 1), "control port");
        if (!control) {
            return control.error();
        }
        spec.controlPort = *control;
    }
    return spec;
}

} // namespace

Result<TransportSpec> TransportSpec::parse(std::string_view text) {
    if (text.empty()) {
        return TransportSpec{};
    }
    if (text.starts_with(kDevicePrefix)) {
        TransportSpec spec;
        spec.devicePath = std::string(text.substr(kDevicePrefix.size()));
        if (spec.devicePath.empty()) {
            return Error::usage("device: needs a path, e.g. device:/dev/tpm0");
        }
        return spec;
    }
    if (text.starts_with(kSwtpmPrefix)) {
        return parseSwtpm(text.substr(kSwtpmPrefix.size()), text);
    }
    return Error::usage("unknown TPM transport '" + std::string(text) +
                        "': " + std::string(kForms));
}

std::string TransportSpec::toString() const {
    if (kind == Kind::Device) {
        return "device:" + devicePath;
    }
    const std::string shownHost = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    return "swtpm:" + shownHost + ":" + std::to_string(port) + ":" + std::to_string(controlPort);
}

} // namespace tpm
