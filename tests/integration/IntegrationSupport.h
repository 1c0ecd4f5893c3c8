#pragma once
// Shared pieces of the engine integration tests: clients on a private swtpm, raw commands
// that bypass the engine, and readable dumps of a report for failure messages.
//
// swtpm serves one data connection at a time, so a test closes one client (destroys it)
// before it talks to the same swtpm through another.

#include "RawCommands.h"
#include "SwtpmInstance.h"
#include "crypto/OwnerSecret.h"
#include "engine/Ownership.h"
#include "engine/Provisioner.h"
#include "engine/StateReader.h"
#include "protocol/Commands.h"

#include <algorithm>
#include <chrono>
#include <gtest/gtest.h>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace tpm::test {

inline constexpr std::chrono::seconds kRawTimeout{30};

inline std::unique_ptr<Transport> openOrFail(const std::string& spec) {
    auto parsed = TransportSpec::parse(spec);
    EXPECT_TRUE(parsed.ok()) << spec;
    if (!parsed)
        return nullptr;
    auto transport = openTransport(*parsed);
    EXPECT_TRUE(transport.ok()) << spec << ": " << transport.error().detail;
    if (!transport)
        return nullptr;
    return std::move(transport).value();
}

inline std::unique_ptr<TpmClient> clientFor(const std::string& spec) {
    auto transport = openOrFail(spec);
    if (!transport)
        return nullptr;
    return std::make_unique<TpmClient>(std::move(transport));
}

// One raw command straight to the TPM; the return code, or 0xFFFFFFFF on a transport error.
inline std::uint32_t rawCode(Transport& transport, const Bytes& request) {
    auto response = transport.transmit(request, kRawTimeout);
    EXPECT_TRUE(response.ok()) << (response ? "" : response.error().detail);
    if (!response)
        return 0xFFFFFFFFu;
    auto code = responseCode(*response);
    return code ? *code : 0xFFFFFFFFu;
}

// TPM_PERMANENT_FLAGS read without the engine's parser.
inline PermanentFlagBytes rawPermanentFlags(const std::string& spec) {
    auto transport = openOrFail(spec);
    if (!transport)
        return {};
    auto response =
        transport->transmit(rawGetCapability(cap::Flag, cap::FlagPermanent), kRawTimeout);
    EXPECT_TRUE(response.ok());
    if (!response)
        return {};
    auto flags = parsePermanentFlagsResponse(*response);
    EXPECT_TRUE(flags.ok()) << (flags ? "" : flags.error().detail);
    return flags ? *flags : PermanentFlagBytes{};
}

// The whole state through a fresh client of its own.
inline std::optional<TpmState> readStateVia(const std::string& spec) {
    auto client = clientFor(spec);
    if (!client)
        return std::nullopt;
    auto state = StateReader(*client, nullptr).read();
    EXPECT_TRUE(state.ok()) << (state ? "" : state.error().detail);
    if (!state)
        return std::nullopt;
    return *state;
}

inline Secret secretFor(std::string_view password, SecretEncoding encoding) {
    auto secret = deriveOwnerSecret(password, encoding);
    EXPECT_TRUE(secret.ok());
    return secret ? *secret : Secret{};
}

inline ProvisionOptions confirmedOptions(const Secret& ownerSecret) {
    ProvisionOptions options;
    options.ownerSecret = ownerSecret;
    options.confirmOwnerSecretStored = [] { return true; };
    return options;
}

inline std::vector<std::uint32_t> ordinalsFrom(const Trace& trace, std::size_t begin = 0) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = begin; i < trace.size(); ++i)
        out.push_back(trace[i].ordinal);
    return out;
}

inline std::size_t countOrdinal(const Trace& trace, std::uint32_t ordinal, std::size_t begin = 0) {
    const auto all = ordinalsFrom(trace, begin);
    return static_cast<std::size_t>(std::count(all.begin(), all.end(), ordinal));
}

inline bool anyNoteContains(const ProvisionReport& report, const std::string& part) {
    return std::any_of(report.notes.begin(), report.notes.end(), [&](const Message& note) {
        return note.text.find(part) != std::string::npos;
    });
}

inline bool ranStep(const ProvisionReport& report, StepId step) {
    return std::any_of(report.steps.begin(), report.steps.end(),
                       [&](const StepRecord& r) { return r.step == step && r.succeeded; });
}

inline std::string describeTrace(const Trace& trace, std::size_t begin = 0) {
    std::ostringstream out;
    for (std::size_t i = begin; i < trace.size(); ++i) {
        const TraceEntry& e = trace[i];
        out << "  " << i << ' ' << e.name;
        if (!e.note.empty())
            out << " [" << e.note << ']';
        if (e.returnCode)
            out << " rc=0x" << std::hex << *e.returnCode << std::dec;
        if (e.transportError)
            out << " transport error: " << e.transportError->detail;
        out << ' ' << static_cast<long>(e.milliseconds) << " ms\n";
    }
    return out.str();
}

// Everything a failing assertion about a run should show.
inline std::string describe(const ProvisionReport& report, const TpmClient* client = nullptr) {
    std::ostringstream out;
    out << "\noutcome: " << outcomeName(report.outcome) << '\n';
    if (report.error)
        out << "error: kind " << static_cast<int>(report.error->kind) << " code 0x" << std::hex
            << report.error->code << std::dec << ": " << report.error->detail << '\n';
    if (report.explanation)
        out << "explanation: " << report.explanation->name << " - " << report.explanation->meaning
            << " / " << report.explanation->nextAction << '\n';
    for (const StepRecord& step : report.steps)
        out << "step " << stepName(step.step) << (step.succeeded ? " ok: " : " FAILED: ")
            << step.message << '\n';
    for (const Message& note : report.notes)
        out << "note: " << note.text << '\n';
    if (client)
        out << "trace:\n" << describeTrace(client->trace());
    return out.str();
}

inline std::string explanationText(const explain::Explanation& e) {
    return e.meaning + '\n' + e.detail + '\n' + e.nextAction;
}

} // namespace tpm::test
