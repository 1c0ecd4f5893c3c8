#pragma once
// A private swtpm with a FaultProxy in front of it and an engine client through the proxy:
// the fixture of the tests that make the TPM misbehave.

#include "FaultProxy.h"
#include "IntegrationSupport.h"

#include <gtest/gtest.h>

namespace tpm::test {

// Short, so a held answer times out quickly; long enough for libtpms' SRK (0.1-1.4 s).
inline constexpr std::chrono::milliseconds kClientTimeout{1500};
// Bounds a whole run that must end in an error, so a hang shows as a failure.
inline constexpr std::chrono::seconds kMaxFailingRun{20};

class ProxiedTpmTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto started = swtpm.start();
        ASSERT_TRUE(started.ok()) << started.error().detail;
    }

    // Startup straight to swtpm, so the proxy's occurrence counts do not depend on the
    // engine's reset recovery.
    void startupDirectly() {
        auto raw = openOrFail(swtpm.spec());
        ASSERT_TRUE(raw);
        EXPECT_EQ(rawCode(*raw, rawStartup(StartupType::Clear)), rc::Success);
    }

    void startProxyAndClient() {
        proxy = std::make_unique<FaultProxy>("127.0.0.1", swtpm.port(), swtpm.controlPort());
        auto started = proxy->start();
        ASSERT_TRUE(started.ok()) << started.error().detail;
        client = clientFor(proxy->spec());
        ASSERT_TRUE(client);
        client->setTimeoutOverride(kClientTimeout);
    }

    ProvisionReport runProvisioner(const Secret& owner, int maxAttempts = 3) {
        ProvisionOptions options = confirmedOptions(owner);
        options.maxTakeOwnershipAttempts = maxAttempts;
        Provisioner provisioner(*client, nullptr);
        return provisioner.run(options);
    }

    // Closes the proxied connection so a direct client can reach swtpm.
    void closeClient() { client.reset(); }

    SwtpmInstance swtpm;
    std::unique_ptr<FaultProxy> proxy;
    std::unique_ptr<TpmClient> client;
    const Secret secret = secretFor("fault owner", SecretEncoding::Sha1);
};

} // namespace tpm::test
