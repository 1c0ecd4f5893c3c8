#include "protocol/ByteReader.h"

#include "ProtocolTestSupport.h"

namespace tpm {
namespace {

using test::hexBytes;

TEST(ByteReader, FailedReadLeavesOffsetUnchanged) {
    const Bytes data = hexBytes("000102");
    ByteReader reader(data);
    std::uint32_t value = 0;
    EXPECT_FALSE(reader.readU32(value));
    EXPECT_EQ(reader.offset(), 0u);
    std::uint16_t small = 0;
    EXPECT_TRUE(reader.readU16(small));
    EXPECT_EQ(small, 0x0001);
}

TEST(ByteReader, HugeSizedLengthIsRejectedWithoutOverflow) {
    const Bytes data = hexBytes("ffffffff 00");
    ByteReader reader(data);
    ByteView out;
    EXPECT_FALSE(reader.readSized32(out));
    EXPECT_EQ(reader.offset(), 0u);
}

TEST(ByteReader, BoolAcceptsOnlyZeroAndOne) {
    const Bytes data = hexBytes("0102");
    ByteReader reader(data);
    bool flag = false;
    EXPECT_TRUE(reader.readBool(flag));
    EXPECT_TRUE(flag);
    EXPECT_FALSE(reader.readBool(flag));
}

} // namespace
} // namespace tpm
