#include "transport/Transport.h"

#include <gtest/gtest.h>

using tpm::ErrorKind;
using tpm::TransportSpec;

TEST(TransportSpec, EmptyTextMeansDevTpm0) {
    auto spec = TransportSpec::parse("");
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec->kind, TransportSpec::Kind::Device);
    EXPECT_EQ(spec->devicePath, "/dev/tpm0");
    EXPECT_EQ(spec->toString(), "device:/dev/tpm0");
}

TEST(TransportSpec, DevicePath) {
    auto spec = TransportSpec::parse("device:/dev/tpm1");
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec->kind, TransportSpec::Kind::Device);
    EXPECT_EQ(spec->devicePath, "/dev/tpm1");
    EXPECT_EQ(spec->toString(), "device:/dev/tpm1");
}

TEST(TransportSpec, SwtpmWithDefaultControlPort) {
    auto spec = TransportSpec::parse("swtpm:127.0.0.1:2321");
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec->kind, TransportSpec::Kind::Swtpm);
    EXPECT_EQ(spec->host, "127.0.0.1");
    EXPECT_EQ(spec->port, 2321);
    EXPECT_EQ(spec->controlPort, 2322);
    EXPECT_EQ(spec->toString(), "swtpm:127.0.0.1:2321:2322");
}

TEST(TransportSpec, SwtpmWithExplicitControlPort) {
    auto spec = TransportSpec::parse("swtpm:localhost:6545:7000");
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec->host, "localhost");
    EXPECT_EQ(spec->port, 6545);
    EXPECT_EQ(spec->controlPort, 7000);
}

TEST(TransportSpec, SwtpmIpv6InBrackets) {
    auto spec = TransportSpec::parse("swtpm:[::1]:2321:2322");
    ASSERT_TRUE(spec.ok());
    EXPECT_EQ(spec->host, "::1");
    EXPECT_EQ(spec->toString(), "swtpm:[::1]:2321:2322");
}

TEST(TransportSpec, RoundTripsThroughToString) {
    for (const char* text : {"device:/dev/tpm0", "swtpm:10.0.0.2:1:65535"}) {
        auto spec = TransportSpec::parse(text);
        ASSERT_TRUE(spec.ok()) << text;
        EXPECT_EQ(spec->toString(), text);
    }
}

TEST(TransportSpec, RejectsMalformedText) {
    const char* bad[] = {"device:",           "tpm0",
                         "/dev/tpm0",         "swtpm:",
                         "swtpm:host",        "swtpm::2321",
                         "swtpm:host:",       "swtpm:host:0",
                         "swtpm:host:65536",  "swtpm:host:-1",
                         "swtpm:host:12ab",   "swtpm:host:2321:",
                         "swtpm:host:2321:0", "swtpm:host:2321:2322:9",
                         "swtpm:host:65535",  "swtpm:[::1",
                         "swtpm:[::1]2321"};
    for (const char* text : bad) {
        auto spec = TransportSpec::parse(text);
        ASSERT_FALSE(spec.ok()) << text;
        EXPECT_EQ(spec.error().kind, ErrorKind::Usage) << text;
        EXPECT_FALSE(spec.error().detail.empty()) << text;
    }
}

TEST(TransportSpec, ErrorMessagesSayWhatIsWrong) {
    EXPECT_NE(TransportSpec::parse("serial:/dev/ttyS0").error().detail.find("device:PATH"),
              std::string::npos);
    EXPECT_NE(TransportSpec::parse("swtpm:h:70000").error().detail.find("1 to 65535"),
              std::string::npos);
    EXPECT_NE(TransportSpec::parse("swtpm:h:65535").error().detail.find("CTRLPORT"),
              std::string::npos);
}
