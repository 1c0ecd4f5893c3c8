#include "tpm2/Tpm2Reader.h"

#include "tpm2/EsysPtr.h"

#include <algorithm>
#include <map>
#include <tss2/tss2_esys.h>

namespace tpm::tpm2 {

namespace {

using PropertyMap = std::map<std::uint32_t, std::uint32_t>;

std::string hex(const std::uint8_t* bytes, std::size_t size) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(digits[bytes[i] >> 4]);
        out.push_back(digits[bytes[i] & 0xF]);
    }
    return out;
}

Result<TPMS_CAPABILITY_DATA*> getCapability(EsysConnection& esys, TPM2_CAP capability,
                                            std::uint32_t property, std::uint32_t count, bool& more,
                                            EsysPtr<TPMS_CAPABILITY_DATA>& out) {
    TPMI_YES_NO moreData = TPM2_NO;
    TPMS_CAPABILITY_DATA* data = nullptr;
    const TSS2_RC rc = Esys_GetCapability(esys.context(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                          capability, property, count, &moreData, &data);
    out.reset(data);
    if (rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "TPM2_GetCapability");
    more = moreData == TPM2_YES;
    return data;
}

// TPM properties first..last. GetCapability answers from the next property that exists, so
// each property is checked, never assumed.
Result<PropertyMap> properties(EsysConnection& esys, std::uint32_t first, std::uint32_t last) {
    PropertyMap out;
    std::uint32_t next = first;
    for (int guard = 0; guard < 16 && next <= last; ++guard) {
        bool more = false;
        EsysPtr<TPMS_CAPABILITY_DATA> data;
        auto got =
            getCapability(esys, TPM2_CAP_TPM_PROPERTIES, next, TPM2_MAX_TPM_PROPERTIES, more, data);
        if (!got)
            return got.error();
        const TPML_TAGGED_TPM_PROPERTY& list = (*got)->data.tpmProperties;
        const std::uint32_t count = std::min<std::uint32_t>(list.count, TPM2_MAX_TPM_PROPERTIES);
        if (count == 0)
            break;
        for (std::uint32_t i = 0; i < count; ++i)
            if (list.tpmProperty[i].property >= first && list.tpmProperty[i].property <= last)
                out[list.tpmProperty[i].property] = list.tpmProperty[i].value;
        next = list.tpmProperty[count - 1].property + 1;
        if (!more)
            break;
    }
    return out;
}

Result<std::vector<std::uint32_t>> handles(EsysConnection& esys, std::uint32_t first,
                                           std::uint32_t last) {
    std::vector<std::uint32_t> out;
    std::uint32_t next = first;
    for (int guard = 0; guard < 64 && next <= last; ++guard) {
        bool more = false;
        EsysPtr<TPMS_CAPABILITY_DATA> data;
        auto got = getCapability(esys, TPM2_CAP_HANDLES, next, TPM2_MAX_CAP_HANDLES, more, data);
        if (!got)
            return got.error();
        const TPML_HANDLE& list = (*got)->data.handles;
        const std::uint32_t count = std::min<std::uint32_t>(list.count, TPM2_MAX_CAP_HANDLES);
        for (std::uint32_t i = 0; i < count; ++i)
            if (list.handle[i] >= first && list.handle[i] <= last)
                out.push_back(list.handle[i]);
        if (!more || count == 0)
            break;
        next = list.handle[count - 1] + 1;
    }
    return out;
}

std::string algorithmName(TPM2_ALG_ID alg) {
    switch (alg) {
    case TPM2_ALG_SHA1:
        return "sha1";
    case TPM2_ALG_SHA256:
        return "sha256";
    case TPM2_ALG_SHA384:
        return "sha384";
    case TPM2_ALG_SHA512:
        return "sha512";
    case TPM2_ALG_SM3_256:
        return "sm3_256";
    case TPM2_ALG_RSA:
        return "rsa";
    case TPM2_ALG_ECC:
        return "ecc";
    default: {
        const std::uint8_t id[] = {static_cast<std::uint8_t>(alg >> 8),
                                   static_cast<std::uint8_t>(alg & 0xFF)};
        return "0x" + hex(id, sizeof id);
    }
    }
}

Result<std::vector<std::string>> pcrBanks(EsysConnection& esys) {
    bool more = false;
    EsysPtr<TPMS_CAPABILITY_DATA> data;
    auto got = getCapability(esys, TPM2_CAP_PCRS, 0, 1, more, data);
    if (!got)
        return got.error();
    std::vector<std::string> out;
    const TPML_PCR_SELECTION& list = (*got)->data.assignedPCR;
    for (std::uint32_t i = 0; i < std::min<std::uint32_t>(list.count, TPM2_NUM_PCR_BANKS); ++i) {
        const TPMS_PCR_SELECTION& bank = list.pcrSelections[i];
        const auto size = std::min<std::uint8_t>(bank.sizeofSelect, TPM2_PCR_SELECT_MAX);
        if (std::any_of(bank.pcrSelect, bank.pcrSelect + size, [](std::uint8_t b) { return b; }))
            out.push_back(algorithmName(bank.hash));
    }
    return out;
}

constexpr TPMA_OBJECT kSharedSrkAttributes = 0x00030472;

// What differs from the Provisioning Guidance's (and systemd's) SRK template; "" if nothing.
std::string templateDifferences(const TPMT_PUBLIC& p) {
    std::vector<std::string> diffs;
    if (p.nameAlg != TPM2_ALG_SHA256)
        diffs.push_back("name algorithm is not SHA-256");
    if (p.objectAttributes != kSharedSrkAttributes)
        diffs.push_back("attributes are not 0x00030472");
    if (p.authPolicy.size != 0)
        diffs.push_back("it has an authorization policy");
    const TPMT_SYM_DEF_OBJECT* symmetric = nullptr;
    if (p.type == TPM2_ALG_RSA) {
        symmetric = &p.parameters.rsaDetail.symmetric;
        if (p.parameters.rsaDetail.keyBits != 2048)
            diffs.push_back("RSA key is not 2048 bits");
        if (p.parameters.rsaDetail.scheme.scheme != TPM2_ALG_NULL)
            diffs.push_back("it has a signing or decryption scheme");
    } else if (p.type == TPM2_ALG_ECC) {
        symmetric = &p.parameters.eccDetail.symmetric;
        if (p.parameters.eccDetail.curveID != TPM2_ECC_NIST_P256)
            diffs.push_back("ECC curve is not NIST P-256");
        if (p.parameters.eccDetail.scheme.scheme != TPM2_ALG_NULL ||
            p.parameters.eccDetail.kdf.scheme != TPM2_ALG_NULL)
            diffs.push_back("it has a scheme or KDF");
    } else {
        diffs.push_back("it is neither an RSA nor an ECC key");
    }
    if (symmetric && (symmetric->algorithm != TPM2_ALG_AES || symmetric->keyBits.aes != 128 ||
                      symmetric->mode.aes != TPM2_ALG_CFB))
        diffs.push_back("its symmetric key is not AES-128-CFB");
    std::string out;
    for (const std::string& d : diffs)
        out += (out.empty() ? "" : "; ") + d;
    return out;
}

Result<Tpm2Srk> readSrk(EsysConnection& esys) {
    ESYS_TR object = ESYS_TR_NONE;
    if (const TSS2_RC rc = Esys_TR_FromTPMPublic(esys.context(), kSrkHandle, ESYS_TR_NONE,
                                                 ESYS_TR_NONE, ESYS_TR_NONE, &object);
        rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "reading the object at 0x81000001");
    TPM2B_PUBLIC* publicArea = nullptr;
    TPM2B_NAME* name = nullptr;
    TPM2B_NAME* qualified = nullptr;
    const TSS2_RC rc = Esys_ReadPublic(esys.context(), object, ESYS_TR_NONE, ESYS_TR_NONE,
                                       ESYS_TR_NONE, &publicArea, &name, &qualified);
    const EsysPtr<TPM2B_PUBLIC> ownedPublic(publicArea);
    const EsysPtr<TPM2B_NAME> ownedName(name);
    const EsysPtr<TPM2B_NAME> ownedQualified(qualified);
    Esys_TR_Close(esys.context(), &object);
    if (rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "TPM2_ReadPublic(0x81000001)");
    Tpm2Srk srk;
    const TPMT_PUBLIC& p = publicArea->publicArea;
    srk.algorithm = algorithmName(p.type);
    srk.attributes = p.objectAttributes;
    srk.name = hex(name->name, std::min<std::size_t>(name->size, sizeof(name->name)));
    srk.templateDetail = templateDifferences(p);
    srk.sharedTemplate = srk.templateDetail.empty();
    return srk;
}

// systemd's NV index range (systemd.io/TPM2_NVINDEX_ASSIGNMENTS).
constexpr std::uint32_t kSystemdNvFirst = 0x01D10200;
constexpr std::uint32_t kSystemdNvLast = 0x01D10224;
constexpr std::uint32_t kEkCertificateIndices[] = {0x01C00002, 0x01C0000A, 0x01C00012,
                                                   0x01C00014, 0x01C00016, 0x01C00018,
                                                   0x01C0001A, 0x01C0001C, 0x01C0001E};

void fillFixed(const PropertyMap& fixed, Tpm2Details& d) {
    auto value = [&fixed](std::uint32_t property) {
        const auto it = fixed.find(property);
        return it == fixed.end() ? 0u : it->second;
    };
    d.familyIndicator = fourCharText(value(TPM2_PT_FAMILY_INDICATOR));
    d.specLevel = value(TPM2_PT_LEVEL);
    d.specRevision = value(TPM2_PT_REVISION);
    d.manufacturer = fourCharText(value(TPM2_PT_MANUFACTURER));
    for (std::uint32_t p = TPM2_PT_VENDOR_STRING_1; p <= TPM2_PT_VENDOR_STRING_4; ++p)
        d.vendorString += fourCharText(value(p));
    d.firmwareVersion1 = value(TPM2_PT_FIRMWARE_VERSION_1);
    d.firmwareVersion2 = value(TPM2_PT_FIRMWARE_VERSION_2);
    d.contextHash = fixed.count(TPM2_PT_CONTEXT_HASH)
                        ? algorithmName(static_cast<TPM2_ALG_ID>(value(TPM2_PT_CONTEXT_HASH)))
                        : std::string{};
}

void fillVariable(const PropertyMap& variable, Tpm2Details& d) {
    if (const auto it = variable.find(TPM2_PT_PERMANENT); it != variable.end()) {
        const std::uint32_t v = it->second;
        d.permanent = Tpm2Permanent{
            (v & TPMA_PERMANENT_OWNERAUTHSET) != 0,   (v & TPMA_PERMANENT_ENDORSEMENTAUTHSET) != 0,
            (v & TPMA_PERMANENT_LOCKOUTAUTHSET) != 0, (v & TPMA_PERMANENT_DISABLECLEAR) != 0,
            (v & TPMA_PERMANENT_INLOCKOUT) != 0,      (v & TPMA_PERMANENT_TPMGENERATEDEPS) != 0};
    }
    if (const auto it = variable.find(TPM2_PT_STARTUP_CLEAR); it != variable.end()) {
        const std::uint32_t v = it->second;
        d.startupClear = Tpm2StartupClear{
            (v & TPMA_STARTUP_CLEAR_PHENABLE) != 0, (v & TPMA_STARTUP_CLEAR_SHENABLE) != 0,
            (v & TPMA_STARTUP_CLEAR_EHENABLE) != 0, (v & TPMA_STARTUP_CLEAR_PHENABLENV) != 0,
            (v & TPMA_STARTUP_CLEAR_ORDERLY) != 0};
    }
    const std::uint32_t daProperties[] = {TPM2_PT_LOCKOUT_COUNTER, TPM2_PT_MAX_AUTH_FAIL,
                                          TPM2_PT_LOCKOUT_INTERVAL, TPM2_PT_LOCKOUT_RECOVERY};
    if (std::all_of(std::begin(daProperties), std::end(daProperties),
                    [&variable](std::uint32_t p) { return variable.count(p) > 0; }))
        d.dictionaryAttack = Tpm2DictionaryAttack{
            variable.at(TPM2_PT_LOCKOUT_COUNTER), variable.at(TPM2_PT_MAX_AUTH_FAIL),
            variable.at(TPM2_PT_LOCKOUT_INTERVAL), variable.at(TPM2_PT_LOCKOUT_RECOVERY)};
}

} // namespace

Result<Tpm2Reading> readTpm2(EsysConnection& esys) {
    Tpm2Reading reading;
    Tpm2Details& d = reading.details;
    d.tcti = esys.tcti();
    auto fixed = properties(esys, TPM2_PT_FIXED, TPM2_PT_FIXED + 0xFF);
    if (!fixed) {
        if (fixed.error().kind == ErrorKind::Tss2 && (fixed.error().code & 0xFFFF) == 0x100) {
            reading.awaitingStartup = true; // TPM_RC_INITIALIZE: waits for TPM2_Startup
            return reading;
        }
        return fixed.error();
    }
    fillFixed(*fixed, d);
    auto variable = properties(esys, TPM2_PT_VAR, TPM2_PT_VAR + 0xFF);
    if (!variable)
        return variable.error();
    fillVariable(*variable, d);
    auto persistent = handles(esys, TPM2_PERSISTENT_FIRST, TPM2_PERSISTENT_LAST);
    if (!persistent)
        return persistent.error();
    d.persistentHandles = std::move(persistent.value());
    if (std::find(d.persistentHandles.begin(), d.persistentHandles.end(), kSrkHandle) !=
        d.persistentHandles.end()) {
        auto srk = readSrk(esys);
        if (!srk)
            return srk.error();
        d.srk = std::move(srk.value());
    }
    auto nv = handles(esys, TPM2_NV_INDEX_FIRST, TPM2_NV_INDEX_LAST);
    if (!nv)
        return nv.error();
    for (std::uint32_t index : kEkCertificateIndices)
        if (std::find(nv->begin(), nv->end(), index) != nv->end())
            d.ekCertificateIndices.push_back(index);
    for (std::uint32_t index : *nv)
        if (index >= kSystemdNvFirst && index <= kSystemdNvLast)
            d.systemdNvIndices.push_back(index);
    auto banks = pcrBanks(esys);
    if (!banks)
        return banks.error();
    d.pcrBanks = std::move(banks.value());
    return reading;
}

Result<void> completeTpm2State(TpmState& state, const TransportSpec& spec) {
    auto esys = EsysConnection::openFor(spec);
    if (!esys)
        return esys.error();
    auto reading = readTpm2(**esys);
    if (!reading)
        return reading.error();
    applyReading(state, std::move(reading.value()));
    return {};
}

void applyReading(TpmState& state, Tpm2Reading reading) {
    state.awaitingStartup = reading.awaitingStartup;
    state.tpm2 = std::move(reading.details);
    if (!state.tpm2.manufacturer.empty())
        state.manufacturer = state.tpm2.manufacturer;
    if (const auto& p = state.tpm2.permanent)
        state.owned = p->ownerAuthSet || p->endorsementAuthSet || p->lockoutAuthSet;
}

} // namespace tpm::tpm2
