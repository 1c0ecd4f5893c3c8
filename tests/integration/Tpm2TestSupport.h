#pragma once
// A private swtpm --tpm2 per test, and tpm2-tools run against it as the independent client
// (and as the firmware, Windows or systemd that left the TPM in some state).

#include "IntegrationSupport.h"
#include "Subprocess.h"

#include <gtest/gtest.h>
#include <regex>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace tpm::test {

inline const char* const kSharedSrkAttributes =
    "restricted|decrypt|fixedtpm|fixedparent|sensitivedataorigin|userwithauth|noda";

class Tpm2SwtpmTest : public ::testing::Test {
protected:
    void SetUp() override {
        swtpm.setTpm2(true);
        auto started = swtpm.start();
        ASSERT_TRUE(started.ok()) << started.error().detail;
        auto parsed = TransportSpec::parse(swtpm.spec());
        ASSERT_TRUE(parsed.ok());
        spec = *parsed;
    }

    // Runs a tpm2-tools command against this swtpm (or `port`); returns its output.
    std::string tool(std::vector<std::string> argv, bool mustSucceed = true) {
        return toolAt(spec.port, std::move(argv), mustSucceed);
    }
    std::string toolAt(std::uint16_t port, std::vector<std::string> argv, bool mustSucceed) {
        argv.insert(argv.begin(),
                    {"env", "TPM2TOOLS_TCTI=swtpm:host=127.0.0.1,port=" + std::to_string(port)});
        auto run = runAndCapture(argv, std::chrono::seconds{60});
        EXPECT_TRUE(run.ok()) << (run.ok() ? "" : run.error().detail);
        if (!run.ok())
            return {};
        lastToolSucceeded = WIFEXITED(run->status) && WEXITSTATUS(run->status) == 0;
        if (mustSucceed) {
            EXPECT_TRUE(lastToolSucceeded) << argv[2] << ":\n" << run->output;
        }
        return run->output;
    }

    // A primary key made in the owner hierarchy by tpm2-tools (as systemd, Windows or
    // another tool would) and persisted at 0x81000001. algorithm: tpm2-tools' -G value.
    void persistSrk(const std::string& algorithm, const std::string& attributes) {
        const std::string context = swtpm.stateDir() + "/persisted-srk.ctx";
        tool({"tpm2_createprimary", "-C", "o", "-g", "sha256", "-G", algorithm, "-a", attributes,
              "-c", context});
        tool({"tpm2_evictcontrol", "-C", "o", "-c", context, "0x81000001"});
        tool({"tpm2_flushcontext", "-t"});
    }

    // "  ownerAuthSet:              0" in tpm2_getcap properties-variable.
    static std::string value(const std::string& getcap, const std::string& field) {
        const std::regex line("\\n\\s*" + field + ":\\s*(\\S+)");
        std::smatch m;
        return std::regex_search(getcap, m, line) ? m[1].str() : std::string("?");
    }

    // tpm2-tools prints these in hex ("0x3E8").
    static std::uint32_t number(const std::string& getcap, const std::string& field) {
        const std::string text = value(getcap, field);
        return text == "?" ? 0xFFFFFFFF : static_cast<std::uint32_t>(std::stoul(text, nullptr, 0));
    }

    SwtpmInstance swtpm;
    TransportSpec spec;
    bool lastToolSucceeded = false;
};

} // namespace tpm::test
