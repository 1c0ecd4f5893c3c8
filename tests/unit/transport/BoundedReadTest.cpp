// The one bounded read (issue 9, item 8): all of a pipe up to the limit, more is refused,
// a failing read() is a system error with its errno.

#include "transport/BoundedRead.h"

#include "transport/UniqueFd.h"

#include <gtest/gtest.h>
#include <string>
#include <thread>
#include <unistd.h>

using namespace tpm;

namespace {

// A pipe whose write end a thread fills with `text` and closes.
struct FilledPipe {
    UniqueFd readEnd;
    std::thread writer;
    explicit FilledPipe(std::string text) {
        int fds[2] = {-1, -1};
        EXPECT_EQ(::pipe(fds), 0);
        readEnd.reset(fds[0]);
        writer = std::thread([fd = fds[1], text = std::move(text)] {
            std::size_t done = 0;
            while (done < text.size()) {
                const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
                if (n <= 0)
                    break;
                done += static_cast<std::size_t>(n);
            }
            ::close(fd);
        });
    }
    ~FilledPipe() { writer.join(); }
};

} // namespace

TEST(BoundedRead, ReadsEverythingUpToTheLimit) {
    const std::string text(10000, 'x'); // more than one buffer
    FilledPipe pipe(text + "y");
    auto read = readBounded(pipe.readEnd.get(), text.size() + 1, Sensitivity::Secret);
    ASSERT_TRUE(read.ok()) << read.error().detail;
    EXPECT_EQ(*read, text + "y");
}

TEST(BoundedRead, MoreThanTheLimitIsRefused) {
    FilledPipe pipe(std::string(5000, 'x'));
    auto read = readBounded(pipe.readEnd.get(), 4999);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind, ErrorKind::Usage);
    EXPECT_EQ(read.error().detail, "longer than 4999 bytes");
    // Drain, so the writer thread is not blocked on a full pipe.
    (void)readBounded(pipe.readEnd.get(), 1 << 20);
}

TEST(BoundedRead, AnEmptyInputIsAnEmptyString) {
    FilledPipe pipe("");
    auto read = readBounded(pipe.readEnd.get(), 16);
    ASSERT_TRUE(read.ok());
    EXPECT_TRUE(read->empty());
}

TEST(BoundedRead, AFailingReadIsASystemError) {
    auto read = readBounded(-1, 16);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().kind, ErrorKind::System);
    EXPECT_EQ(read.error().code, static_cast<std::uint32_t>(EBADF));
}
