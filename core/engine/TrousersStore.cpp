#include "engine/TrousersStore.h"

#include "protocol/ByteWriter.h"
#include "protocol/Structures.h"
#include "transport/BoundedRead.h"
#include "transport/UniqueFd.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace tpm {

namespace {

constexpr std::uint8_t kStoreVersion = 1;
constexpr std::size_t kUuidSize = 16;
constexpr std::size_t kEntryHeaderSize = 2 * kUuidSize + 2 + 2 + 4 + 2;
constexpr std::uint16_t kFlagsValidParentSystem = 0x0003; // CACHE_FLAG_VALID | PARENT_PS_SYSTEM
constexpr std::size_t kSrkPublicSize = 256;               // 2048-bit modulus, stored zeroed
constexpr std::size_t kMaxStoreSize = 4 * 1024 * 1024;

// TSS_UUID_SRK {0,0,0,0,0,{0,0,0,0,0,1}} as the struct lies in memory.
constexpr std::array<std::uint8_t, kUuidSize> kSrkUuid{0, 0, 0, 0, 0, 0, 0, 0,
                                                       0, 0, 0, 0, 0, 0, 0, 1};

struct LittleEndian {
    ByteView bytes;
    std::size_t at = 0;
    bool has(std::size_t n) const { return bytes.size() - at >= n; }
    std::uint32_t take(std::size_t n) {
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < n; ++i)
            value |= std::uint32_t{bytes[at + i]} << (8 * i);
        at += n;
        return value;
    }
};

void putLittleEndian(Bytes& out, std::uint32_t value, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
}

Bytes srkEntry() {
    Key srk = defaultSrkParams();
    srk.pubKey.assign(kSrkPublicSize, 0);
    ByteWriter blobWriter;
    writeKey(blobWriter, srk);
    const Bytes blob = blobWriter.take();

    Bytes entry(kSrkUuid.begin(), kSrkUuid.end());
    entry.resize(2 * kUuidSize, 0); // parent: the null UUID
    putLittleEndian(entry, kSrkPublicSize, 2);
    putLittleEndian(entry, static_cast<std::uint32_t>(blob.size()), 2);
    putLittleEndian(entry, 0, 4); // no vendor data
    putLittleEndian(entry, kFlagsValidParentSystem, 2);
    entry.resize(entry.size() + kSrkPublicSize, 0);
    entry.insert(entry.end(), blob.begin(), blob.end());
    return entry;
}

Error badStore(const std::string& why) {
    return Error::protocol(ProtocolErrorCode::BadValue, "trousers' key store: " + why);
}

// The store's entries as raw bytes, each whole.
Result<std::vector<ByteView>> entriesOf(ByteView store) {
    LittleEndian in{store};
    if (!in.has(5))
        return badStore("shorter than its header");
    if (const auto version = in.take(1); version != kStoreVersion)
        return badStore("version " + std::to_string(version) + ", not 1");
    const std::uint32_t count = in.take(4);
    std::vector<ByteView> entries;
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::size_t begin = in.at;
        if (!in.has(kEntryHeaderSize))
            return badStore("entry " + std::to_string(i) + " is cut short");
        in.at += 2 * kUuidSize;
        const std::size_t pub = in.take(2), blob = in.take(2), vendor = in.take(4);
        in.at += 2; // flags
        if (!in.has(pub) || !in.has(pub + blob) || !in.has(pub + blob + vendor))
            return badStore("entry " + std::to_string(i) + " is longer than the file");
        in.at += pub + blob + vendor;
        entries.push_back(store.subspan(begin, in.at - begin));
    }
    if (in.at != store.size())
        return badStore("bytes after the last entry");
    return entries;
}

bool isSrk(ByteView entry) {
    return std::equal(kSrkUuid.begin(), kSrkUuid.end(), entry.begin());
}

Result<Bytes> readWholeFile(const std::string& path) {
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!fd && errno == ENOENT)
        return Bytes{};
    if (!fd)
        return Error::system(errno, "cannot open " + path + ": " + std::strerror(errno));
    auto data = readBounded(fd.get(), kMaxStoreSize);
    if (!data && data.error().kind == ErrorKind::Usage)
        return badStore(path + " is too large");
    if (!data)
        return Error::system(data.error().code, "cannot read " + path);
    return Bytes(data->begin(), data->end());
}

} // namespace

Result<Bytes> storeWithSrk(ByteView existing) {
    std::vector<ByteView> kept;
    if (!existing.empty()) {
        auto entries = entriesOf(existing);
        if (!entries)
            return entries.error();
        for (ByteView entry : *entries)
            if (!isSrk(entry))
                kept.push_back(entry);
    }
    Bytes out{kStoreVersion};
    putLittleEndian(out, static_cast<std::uint32_t>(kept.size() + 1), 4);
    const Bytes srk = srkEntry();
    out.insert(out.end(), srk.begin(), srk.end());
    for (ByteView entry : kept)
        out.insert(out.end(), entry.begin(), entry.end());
    return out;
}

std::string installedTrousersStore(const std::string& trousersConfig) {
    std::error_code ec;
    return std::filesystem::is_regular_file(trousersConfig, ec) ? kTrousersSystemStore : "";
}

Result<void> registerSrkInTrousersStore(const std::string& path) {
    auto existing = readWholeFile(path);
    if (!existing)
        return existing.error();
    auto store = storeWithSrk(*existing);
    if (!store)
        return store.error();
    const std::string dir = std::filesystem::path(path).parent_path().string();
    struct stat dirStat {};
    if (::stat(dir.empty() ? "." : dir.c_str(), &dirStat) != 0)
        return Error::system(errno, "cannot examine " + dir);
    std::string temp = path + ".tpmprov-XXXXXX";
    UniqueFd fd(::mkostemp(temp.data(), O_CLOEXEC)); // mode 0600
    if (!fd)
        return Error::system(errno, "cannot create a file beside " + path);
    auto fail = [&](const std::string& what) {
        const int err = errno;
        ::unlink(temp.c_str());
        return Error::system(err, what + " " + path + ": " + std::strerror(err));
    };
    std::size_t written = 0;
    while (written < store->size()) {
        const ssize_t n = ::write(fd.get(), store->data() + written, store->size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail("cannot write");
        written += static_cast<std::size_t>(n);
    }
    // tcsd runs as the directory's owner (tss) and opens the store read-write.
    if (::fchown(fd.get(), dirStat.st_uid, dirStat.st_gid) != 0 || ::fsync(fd.get()) != 0)
        return fail("cannot finish");
    if (::close(fd.release()) != 0 || ::rename(temp.c_str(), path.c_str()) != 0)
        return fail("cannot replace");
    return {};
}

} // namespace tpm
