// TPM_KEY_PARMS, TPM_PUBKEY and TPM_KEY (1.1): the EK and SRK as they cross the wire.

#include "ParseSupport.h"
#include "Structures.h"

namespace tpm {

namespace {

constexpr std::uint32_t kAlgorithmRsa = 1; // TPM_ALG_RSA

Bytes toBytes(ByteView view) {
    return Bytes(view.begin(), view.end());
}

// TPM_RSA_KEY_PARMS fills the whole parms field, nothing more.
Result<RsaKeyParms> parseRsaKeyParms(ByteView parms) {
    constexpr std::string_view what = "TPM_RSA_KEY_PARMS";
    ByteReader reader(parms);
    RsaKeyParms rsa;
    ByteView exponent;
    if (!reader.readU32(rsa.keyLength) || !reader.readU32(rsa.numPrimes) ||
        !reader.readSized32(exponent))
        return detail::truncated(what);
    if (auto end = detail::expectEnd(reader, what); !end)
        return end.error();
    rsa.exponent = toBytes(exponent);
    return rsa;
}

Bytes rsaKeyParmsBytes(const RsaKeyParms& rsa) {
    ByteWriter writer;
    writer.u32(rsa.keyLength).u32(rsa.numPrimes).sized32(rsa.exponent);
    return writer.take();
}

template <class T>
Result<T> parseWhole(ByteView blob, Result<T> (*read)(ByteReader&), std::string_view what) {
    ByteReader reader(blob);
    auto value = read(reader);
    if (!value)
        return value;
    if (auto end = detail::expectEnd(reader, what); !end)
        return end.error();
    return value;
}

} // namespace

Key defaultSrkParams() {
    // Spelled out rather than relying on member defaults: these bytes are what the TPM sees.
    Key srk;
    srk.ver = Version{1, 1, 0, 0};
    srk.keyUsage = 0x0011; // TPM_KEY_STORAGE
    srk.keyFlags = 0;
    srk.authDataUsage = 0x01; // TPM_AUTH_ALWAYS
    srk.algorithmParms.algorithmId = kAlgorithmRsa;
    srk.algorithmParms.encScheme = 0x0003; // TPM_ES_RSAESOAEP_SHA1_MGF1
    srk.algorithmParms.sigScheme = 0x0001; // TPM_SS_NONE
    srk.algorithmParms.rsa = RsaKeyParms{2048, 2, {}};
    return srk;
}

// The readers work on a copy and commit it only on success, like ByteReader itself.
Result<KeyParms> readKeyParms(ByteReader& reader) {
    constexpr std::string_view what = "TPM_KEY_PARMS";
    ByteReader local = reader;
    KeyParms parms;
    ByteView rawParms;
    if (!local.readU32(parms.algorithmId) || !local.readU16(parms.encScheme) ||
        !local.readU16(parms.sigScheme) || !local.readSized32(rawParms))
        return detail::truncated(what);
    if (parms.algorithmId == kAlgorithmRsa) {
        auto rsa = parseRsaKeyParms(rawParms);
        if (!rsa)
            return rsa.error();
        parms.rsa = std::move(rsa.value());
    } else {
        parms.rawParms = toBytes(rawParms);
    }
    reader = local;
    return parms;
}

Result<PubKey> readPubKey(ByteReader& reader) {
    ByteReader local = reader;
    PubKey key;
    auto parms = readKeyParms(local);
    if (!parms)
        return parms.error();
    key.algorithmParms = std::move(parms.value());
    ByteView modulus;
    if (!local.readSized32(modulus))
        return detail::truncated("TPM_STORE_PUBKEY");
    key.modulus = toBytes(modulus);
    reader = local;
    return key;
}

Result<Key> readKey(ByteReader& reader) {
    constexpr std::string_view what = "TPM_KEY";
    ByteReader local = reader;
    Key key;
    if (!detail::readVersion(local, key.ver) || !local.readU16(key.keyUsage) ||
        !local.readU32(key.keyFlags) || !local.readU8(key.authDataUsage))
        return detail::truncated(what);
    // TPM_KEY12 starts with a zero tag instead; this product only sends and expects 1.1.
    if (key.ver.major != 1 || key.ver.minor != 1)
        return detail::badValue(what, "version " + key.ver.toString() + " is not 1.1");
    auto parms = readKeyParms(local);
    if (!parms)
        return parms.error();
    key.algorithmParms = std::move(parms.value());
    ByteView pcrInfo;
    ByteView pubKey;
    ByteView encData;
    if (!local.readSized32(pcrInfo) || !local.readSized32(pubKey) || !local.readSized32(encData))
        return detail::truncated(what);
    key.pcrInfo = toBytes(pcrInfo);
    key.pubKey = toBytes(pubKey);
    key.encData = toBytes(encData);
    reader = local;
    return key;
}

Result<PubKey> parsePubKey(ByteView blob) {
    return parseWhole(blob, &readPubKey, "TPM_PUBKEY");
}

Result<Key> parseKey(ByteView blob) {
    return parseWhole(blob, &readKey, "TPM_KEY");
}

void writeKeyParms(ByteWriter& writer, const KeyParms& parms) {
    writer.u32(parms.algorithmId).u16(parms.encScheme).u16(parms.sigScheme);
    if (parms.algorithmId == kAlgorithmRsa)
        writer.sized32(rsaKeyParmsBytes(parms.rsa));
    else
        writer.sized32(parms.rawParms);
}

void writePubKey(ByteWriter& writer, const PubKey& key) {
    writeKeyParms(writer, key.algorithmParms);
    writer.sized32(key.modulus);
}

void writeKey(ByteWriter& writer, const Key& key) {
    writer.u8(key.ver.major).u8(key.ver.minor).u8(key.ver.revMajor).u8(key.ver.revMinor);
    writer.u16(key.keyUsage).u32(key.keyFlags).u8(key.authDataUsage);
    writeKeyParms(writer, key.algorithmParms);
    writer.sized32(key.pcrInfo).sized32(key.pubKey).sized32(key.encData);
}

} // namespace tpm
