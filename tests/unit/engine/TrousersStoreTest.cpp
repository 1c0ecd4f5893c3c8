// Issue 8, item 1: the SRK entry for trousers' key store, byte for byte what tcsd 0.3.15
// writes itself after `tpm_takeownership -z` (captured from tests/interop's tcsd).

#include "engine/TrousersStore.h"

#include "protocol/Bytes.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace tpm;

namespace {

Bytes zeros(std::size_t n) {
    return Bytes(n, 0);
}

Bytes hex(const char* text) {
    Bytes out;
    EXPECT_TRUE(fromHex(text, out)) << text;
    return out;
}

Bytes concat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const Bytes& part : parts)
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

// tcsd's system.data after tpm_takeownership -z with tcsd 0.3.15 (606 bytes).
Bytes tcsdWrittenStore() {
    return concat({hex("01"
                       "01000000"),                         // version 1, one key
                   hex("00000000000000000000000000000001"), // SRK UUID
                   zeros(16),                               // parent: null UUID
                   hex("0001"
                       "2f01"
                       "00000000"
                       "0300"), // 256, 303, 0, flags 3
                   zeros(256),  // public key, zeroed
                   hex("01010000"
                       "0011"
                       "00000000"
                       "01" // TPM_KEY 1.1, storage
                       "00000001"
                       "0003"
                       "0001"
                       "0000000c" // RSA, OAEP, no sig
                       "00000800"
                       "00000002"
                       "00000000" // 2048 bits, 2 primes
                       "00000000"
                       "00000100"),               // no PCRs, 256-byte key
                   zeros(256), hex("00000000")}); // zero key, no encData
}

Bytes otherKeyEntry() { // a registered storage key with some vendor data
    return concat({hex("11111111111111111111111111111111"), hex("00000000000000000000000000000001"),
                   hex("0400"
                       "0300"
                       "02000000"
                       "0100"),
                   hex("a1a2a3a4"), hex("b1b2b3"), hex("c1c2")});
}

} // namespace

TEST(TrousersStore, NewStoreIsWhatTcsdWritesAfterItsOwnTakeOwnership) {
    auto store = storeWithSrk({});
    ASSERT_TRUE(store.ok()) << store.error().detail;
    EXPECT_EQ(store->size(), 606u);
    EXPECT_EQ(toHex(*store), toHex(tcsdWrittenStore()));
}

TEST(TrousersStore, AnEarlierOwnersSrkIsReplacedAndOtherKeysKept) {
    Bytes earlier = tcsdWrittenStore();
    earlier[0x2f] = 0xEE; // a different (stale) SRK record
    earlier[1] = 2;       // two keys
    const Bytes other = otherKeyEntry();
    earlier.insert(earlier.end(), other.begin(), other.end());
    auto store = storeWithSrk(earlier);
    ASSERT_TRUE(store.ok()) << store.error().detail;
    const Bytes expected = [&] {
        Bytes out = tcsdWrittenStore();
        out[1] = 2;
        out.insert(out.end(), other.begin(), other.end());
        return out;
    }();
    EXPECT_EQ(toHex(*store), toHex(expected));
}

TEST(TrousersStore, ADamagedOrUnknownStoreIsLeftAlone) {
    Bytes wrongVersion = tcsdWrittenStore();
    wrongVersion[0] = 0;
    EXPECT_FALSE(storeWithSrk(wrongVersion).ok());
    const Bytes full = tcsdWrittenStore();
    EXPECT_FALSE(storeWithSrk(ByteView(full).first(full.size() - 1)).ok());
    Bytes lying = full;
    lying[1] = 3; // three keys announced, one present
    EXPECT_FALSE(storeWithSrk(lying).ok());
    Bytes trailing = full;
    trailing.push_back(0);
    EXPECT_FALSE(storeWithSrk(trailing).ok());
    EXPECT_FALSE(storeWithSrk(hex("0101")).ok());
}

// trousers is recognised by its configuration file: tpm-udev alone makes /var/lib/tpm (the
// tss user's home), and the installed tier saw a registration attempted, and failing, there.
TEST(TrousersStore, OnlyAnInstalledTrousersGetsItsStoreWritten) {
    char dirTemplate[] = "/tmp/tpmprov-trousers-XXXXXX";
    ASSERT_NE(::mkdtemp(dirTemplate), nullptr);
    const std::string dir = dirTemplate;
    const std::string config = dir + "/tcsd.conf";
    EXPECT_EQ(tpm::installedTrousersStore(config), "");
    std::ofstream(config) << "# trousers\n";
    EXPECT_EQ(tpm::installedTrousersStore(config), tpm::kTrousersSystemStore);
    std::filesystem::remove_all(dir);
    // The directory alone (what tpm-udev leaves) is not trousers.
    EXPECT_EQ(tpm::installedTrousersStore(dir + "/missing.conf"), "");
}
