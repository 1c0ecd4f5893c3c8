#include "FactoryState.h"

#include "RawCommands.h"

#include <chrono>
#include <vector>

namespace tpm::test {
namespace {

constexpr std::chrono::seconds kCommandTimeout{30};

// Sends one command and checks its return code against the accepted ones.
Result<Bytes> sendExpecting(Transport& transport, const Bytes& request, const char* step,
                            const std::vector<std::uint32_t>& accepted) {
    auto response = transport.transmit(request, kCommandTimeout);
    if (!response) {
        Error e = response.error();
        e.detail = std::string(step) + ": " + e.detail;
        return e;
    }
    auto code = responseCode(*response);
    if (!code) {
        return code.error();
    }
    for (const std::uint32_t ok : accepted) {
        if (*code == ok) {
            return response;
        }
    }
    return Error::tpm(*code, std::string(step) + " answered an unexpected return code");
}

Result<void> check(bool condition, const char* what) {
    if (!condition) {
        return Error::usage(std::string("factory state not reached: ") + what);
    }
    return {};
}

} // namespace

Result<void> putIntoFactoryState(Transport& transport) {
    if (!transport.canPowerCycle()) {
        return Error::usage("the factory state needs a TPM that can be power cycled (swtpm)");
    }
    struct Step {
        Bytes request;
        const char* name;
        std::vector<std::uint32_t> accepted;
    };
    // A TPM that already had Startup answers 0x26 to a second one: both are fine here.
    const Step beforeReset[] = {
        {rawStartup(StartupType::Clear), "Startup(ST_CLEAR)", {rc::Success, rc::InvalidPostInit}},
        {rawPhysicalPresence(pp::Present), "PP PRESENT", {rc::Success}},
        {rawPhysicalSetDeactivated(true), "PhysicalSetDeactivated(TRUE)", {rc::Success}},
        {rawPhysicalDisable(), "PhysicalDisable", {rc::Success}},
        {rawPhysicalPresence(pp::NotPresent), "PP NOTPRESENT", {rc::Success}},
        {rawPhysicalPresence(pp::LifetimeLock), "PP LIFETIME_LOCK", {rc::Success}},
    };
    for (const Step& step : beforeReset) {
        if (auto sent = sendExpecting(transport, step.request, step.name, step.accepted); !sent) {
            return sent.error();
        }
    }
    if (auto cycled = transport.powerCycle(); !cycled) {
        return cycled;
    }
    if (auto started = sendExpecting(transport, rawStartup(StartupType::Clear),
                                     "Startup(ST_CLEAR) after power cycle", {rc::Success});
        !started) {
        return started.error();
    }

    auto flagsResponse = sendExpecting(transport, rawGetCapability(cap::Flag, cap::FlagPermanent),
                                       "GetCapability(permanent flags)", {rc::Success});
    if (!flagsResponse) {
        return flagsResponse.error();
    }
    auto flags = parsePermanentFlagsResponse(*flagsResponse);
    if (!flags) {
        return flags.error();
    }
    for (auto result : {check(flags->disable, "disable is not set"),
                        check(flags->deactivated, "deactivated is not set"),
                        check(flags->physicalPresenceLifetimeLock, "lifetime lock is not set"),
                        check(flags->physicalPresenceCMDEnable, "CMD_ENABLE is not set"),
                        check(flags->ownership, "ownership is not allowed")}) {
        if (!result) {
            return result;
        }
    }
    // The seed report's symptom: CMD_ENABLE after the lifetime lock is BAD_PARAMETER.
    if (auto refused = sendExpecting(transport, rawPhysicalPresence(pp::CmdEnable), "PP CMD_ENABLE",
                                     {rc::BadParameter});
        !refused) {
        return refused.error();
    }
    return {};
}

} // namespace tpm::test
