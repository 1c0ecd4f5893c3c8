#include "engine/TpmClient.h"

#include "protocol/Commands.h"
#include "protocol/Response.h"

#include <QLoggingCategory>
#include <thread>

namespace tpm {

Q_LOGGING_CATEGORY(lcTpmClient, "tpmprov.client")

namespace {

// Used until the TPM has told us its durations. Long covers real chips that take over a
// minute to generate the SRK; presence commands get the kernel's 120 s.
constexpr std::chrono::milliseconds kDefaultShort{30'000};
constexpr std::chrono::milliseconds kDefaultMedium{60'000};
constexpr std::chrono::milliseconds kDefaultLong{300'000};
constexpr std::chrono::milliseconds kPhysicalPresence{120'000};
// Reported durations are what the chip promises; allow for a slow host and a busy bus.
constexpr std::chrono::milliseconds kMargin{5'000};
// TPM_RETRY / TPM_DOING_SELFTEST backoff: 50 ms doubling to 2 s, about 30 s in all.
constexpr int kMaxNotNowRetries = 20;

std::chrono::milliseconds fromMicroseconds(std::uint32_t us, std::chrono::milliseconds fallback) {
    if (us == 0)
        return fallback;
    return std::chrono::milliseconds{us / 1000} * 2 + kMargin;
}

} // namespace

TpmClient::TpmClient(std::unique_ptr<Transport> transport) : m_transport(std::move(transport)) {}

std::chrono::milliseconds TpmClient::timeoutFor(DurationClass durationClass) const {
    if (m_timeoutOverride)
        return *m_timeoutOverride;
    switch (durationClass) {
    case DurationClass::PhysicalPresence:
        return kPhysicalPresence;
    case DurationClass::Short:
        return m_durations ? fromMicroseconds(m_durations->shortUs, kDefaultShort) : kDefaultShort;
    case DurationClass::Medium:
        return m_durations ? fromMicroseconds(m_durations->mediumUs, kDefaultMedium)
                           : kDefaultMedium;
    case DurationClass::Long:
        return m_durations
                   ? std::max(fromMicroseconds(m_durations->longUs, kDefaultLong), kDefaultLong)
                   : kDefaultLong;
    }
    return kDefaultLong;
}

Result<Bytes> TpmClient::execute(ByteView request, std::string note) {
    auto response = executeOnce(request, note);
    // Non-fatal "not now" answers to an unauthorized command: nothing ran, so wait or let the
    // chip test itself, then send it again. Authorized commands are left to their caller,
    // whose session nonces are bound to the first try.
    const bool unauthorized = request.size() >= 2 && request[0] == 0x00 &&
                              request[1] == static_cast<std::uint8_t>(tag::RquCommand);
    auto delay = std::chrono::milliseconds{50};
    for (int retry = 0; unauthorized && response && retry < kMaxNotNowRetries; ++retry) {
        auto header = parseResponseHeader(*response);
        if (!header)
            break;
        const std::uint32_t code = header->returnCode;
        if (code == rc::NeedsSelfTest) {
            (void)executeOnce(buildContinueSelfTest(), "after TPM_NEEDS_SELFTEST");
        } else if (code == rc::Retry || code == rc::DoingSelfTest) {
            std::this_thread::sleep_for(delay);
            delay = std::min(delay * 2, std::chrono::milliseconds{2000});
        } else {
            break;
        }
        response = executeOnce(request, note);
    }
    return response;
}

Result<Bytes> TpmClient::executeOnce(ByteView request, const std::string& note) {
    TraceEntry entry;
    entry.ordinal = requestOrdinal(request);
    entry.name = ordinalName(entry.ordinal);
    entry.durationClass = durationClassOf(entry.ordinal);
    entry.note = note;

    const auto started = std::chrono::steady_clock::now();
    auto response = m_transport->transmit(request, timeoutFor(entry.durationClass));
    entry.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();

    if (!response) {
        entry.transportError = response.error();
        qCWarning(lcTpmClient) << entry.name.c_str()
                               << "failed:" << response.error().detail.c_str();
        m_trace.push_back(std::move(entry));
        // Whatever state the connection or descriptor is in, start the next command afresh.
        (void)m_transport->reopen();
        return response.error();
    }
    if (auto header = parseResponseHeader(*response))
        entry.returnCode = header->returnCode;
    qCDebug(lcTpmClient) << entry.name.c_str() << "rc" << (entry.returnCode ? *entry.returnCode : 0)
                         << entry.milliseconds << "ms";
    m_trace.push_back(std::move(entry));
    return response;
}

Result<Bytes> TpmClient::executeRecovering(ByteView request, std::string note) {
    auto response = execute(request, note);
    if (!response)
        return response;
    auto header = parseResponseHeader(*response);
    if (!m_startupAfterReset || !header || header->returnCode != rc::InvalidPostInit ||
        requestOrdinal(request) == ordinal::Startup)
        return response;

    // The TPM was reset (power cycle, or a timed-out command made it reset) and waits for
    // Startup. Nothing in the refused command ran, so sending it again is safe.
    if (auto started = startup(StartupType::Clear); !started)
        return started.error();
    m_recoveries.push_back(
        say(MessageId::StartupAfterReset, {ordinalName(requestOrdinal(request))}));
    return execute(request, std::move(note));
}

Result<void> TpmClient::runPlain(ByteView request, std::string note) {
    auto response = execute(request, std::move(note));
    if (!response)
        return response.error();
    return parseEmptyResponse(*response);
}

Result<void> TpmClient::run(ByteView request, std::string note) {
    auto response = executeRecovering(request, std::move(note));
    if (!response)
        return response.error();
    return parseEmptyResponse(*response);
}

Result<void> TpmClient::startup(StartupType type) {
    const Bytes request = buildStartup(type);
    auto response = execute(request, type == StartupType::Clear ? "ST_CLEAR" : "ST_STATE");
    if (!response)
        return response.error();
    return parseEmptyResponse(*response);
}

Result<Bytes> TpmClient::getCapability(std::uint32_t area, std::uint32_t subCap) {
    const Bytes request = buildGetCapability(area, subCap);
    auto response = executeRecovering(request);
    if (!response)
        return response.error();
    return parseGetCapability(*response);
}

} // namespace tpm
