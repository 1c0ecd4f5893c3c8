#include "transport/DeviceTransport.h"

#include "transport/DeviceHolders.h"
#include "transport/UniqueFd.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

std::string makeTempFile() {
    std::string path = std::filesystem::temp_directory_path().string() + "/tpmprov-dev-XXXXXX";
    const int fd = ::mkstemp(path.data());
    EXPECT_GE(fd, 0);
    ::close(fd);
    return path;
}

std::string ownComm() {
    std::ifstream file("/proc/self/comm");
    std::string comm;
    std::getline(file, comm);
    return comm;
}

} // namespace

TEST(DeviceTransport, MissingDeviceIsEnoent) {
    auto opened = tpm::openTransport(*tpm::TransportSpec::parse("device:/nonexistent/tpm0"));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, tpm::ErrorKind::System);
    EXPECT_EQ(opened.error().code, static_cast<std::uint32_t>(ENOENT));
    EXPECT_NE(opened.error().detail.find("/nonexistent/tpm0"), std::string::npos);
}

TEST(DeviceTransport, DescribesItselfAsLinuxDevice) {
    const std::string path = makeTempFile();
    auto device = tpm::DeviceTransport::open(path);
    ASSERT_TRUE(device.ok()) << device.error().detail;
    EXPECT_TRUE((*device)->isLinuxDevice());
    EXPECT_FALSE((*device)->canPowerCycle());
    EXPECT_EQ((*device)->describe(), "device:" + path);
    EXPECT_EQ((*device)->powerCycle().error().kind, tpm::ErrorKind::Usage);
    std::filesystem::remove(path);
}

// A regular file stands in for the character device: the write lands in the file and the
// read returns what follows it (nothing), so transmit returns at most what was read.
TEST(DeviceTransport, RegularFileGivesEmptyResponseNotMore) {
    const std::string path = makeTempFile();
    auto device = tpm::DeviceTransport::open(path);
    ASSERT_TRUE(device.ok());
    const tpm::Bytes request{0x00, 0xC1, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x50};
    auto response = (*device)->transmit(request, 1000ms);
    ASSERT_TRUE(response.ok()) << response.error().detail;
    EXPECT_TRUE(response->empty());
    EXPECT_EQ(std::filesystem::file_size(path), request.size());
    ASSERT_TRUE((*device)->reopen().ok());
    std::filesystem::remove(path);
}

TEST(DeviceTransport, OversizedRequestIsRefused) {
    const std::string path = makeTempFile();
    auto device = tpm::DeviceTransport::open(path);
    ASSERT_TRUE(device.ok());
    const tpm::Bytes huge(5000, 0);
    auto response = (*device)->transmit(huge, 100ms);
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, tpm::ErrorKind::Usage);
    std::filesystem::remove(path);
}

TEST(DeviceTransport, WriteErrorKeepsErrno) {
    // /dev/full fails every write with ENOSPC: the errno must reach the caller unchanged.
    auto device = tpm::DeviceTransport::open("/dev/full");
    ASSERT_TRUE(device.ok()) << device.error().detail;
    auto response = (*device)->transmit(tpm::Bytes(10, 0), 100ms);
    ASSERT_FALSE(response.ok());
    EXPECT_EQ(response.error().kind, tpm::ErrorKind::System);
    EXPECT_EQ(response.error().code, static_cast<std::uint32_t>(ENOSPC));
}

TEST(DeviceHolders, FindsTheProcessHoldingTheFile) {
    const std::string path = makeTempFile();
    std::array<int, 2> ready{};
    std::array<int, 2> release{};
    ASSERT_EQ(::pipe2(ready.data(), O_CLOEXEC), 0);
    ASSERT_EQ(::pipe2(release.data(), O_CLOEXEC), 0);
    tpm::UniqueFd readyRead(ready[0]), readyWrite(ready[1]);
    tpm::UniqueFd releaseRead(release[0]), releaseWrite(release[1]);

    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // Holds the file open until the parent closes the release pipe.
        const int fd = ::open(path.c_str(), O_RDWR);
        const char byte = fd >= 0 ? 'y' : 'n';
        (void)!::write(readyWrite.get(), &byte, 1);
        releaseWrite.reset();
        char ignored = 0;
        (void)!::read(releaseRead.get(), &ignored, 1);
        ::_exit(0);
    }
    readyWrite.reset();
    releaseRead.reset();
    char byte = 0;
    ASSERT_EQ(::read(readyRead.get(), &byte, 1), 1);
    ASSERT_EQ(byte, 'y');

    const auto holders = tpm::findDeviceHolders(path);
    releaseWrite.reset(); // let the child go before any assertion can return early
    int status = 0;
    ::waitpid(child, &status, 0);

    ASSERT_EQ(holders.size(), 1u);
    EXPECT_EQ(holders[0].pid, child);
    EXPECT_EQ(holders[0].command, ownComm());
    EXPECT_NE(tpm::describeDeviceHolders(holders).find("(pid " + std::to_string(child) + ")"),
              std::string::npos);
    std::filesystem::remove(path);
}

TEST(DeviceHolders, NobodyHoldsAFreshFile) {
    const std::string path = makeTempFile();
    EXPECT_TRUE(tpm::findDeviceHolders(path).empty());
    EXPECT_TRUE(tpm::findDeviceHolders(path, "/nonexistent-proc").empty());
    std::filesystem::remove(path);
}

// Issue 8, item 19: under the helper's unit (no CAP_SYS_PTRACE) another user's descriptors
// cannot be read; a known TPM program among those processes is named as the probable holder.
TEST(DeviceHolders, NamesAKnownTpmProgramWhoseDescriptorsCannotBeRead) {
    char dirTemplate[] = "/tmp/tpmprov-proc-XXXXXX";
    ASSERT_NE(::mkdtemp(dirTemplate), nullptr);
    const std::string proc = dirTemplate;
    auto process = [&](const char* pid, const char* comm) {
        const std::string dir = proc + "/" + pid;
        ASSERT_EQ(::mkdir(dir.c_str(), 0755), 0);
        std::ofstream(dir + "/comm") << comm << "\n";
    }; // no fd/ directory: as unreadable as another user's
    process("812", "tcsd");
    process("900", "bash");
    const auto holders = tpm::findDeviceHolders("/dev/tpm0", proc);
    ASSERT_EQ(holders.size(), 1u);
    EXPECT_EQ(holders[0].pid, 812);
    EXPECT_FALSE(holders[0].certain);
    EXPECT_EQ(tpm::describeDeviceHolders(holders), "probably tcsd (pid 812)");
    std::filesystem::remove_all(proc);
}
