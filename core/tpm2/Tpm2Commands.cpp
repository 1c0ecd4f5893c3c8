#include "tpm2/Tpm2Commands.h"

#include "tpm2/EsysPtr.h"
#include "tpm2/Tpm2Reader.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <tss2/tss2_esys.h>

namespace tpm::tpm2 {

namespace {

constexpr TPM2_HANDLE kEkHandles[] = {0x81010001, 0x81010016};

ESYS_TR hierarchyHandle(Hierarchy hierarchy) {
    switch (hierarchy) {
    case Hierarchy::Owner:
        return ESYS_TR_RH_OWNER;
    case Hierarchy::Endorsement:
        return ESYS_TR_RH_ENDORSEMENT;
    case Hierarchy::Lockout:
        break;
    }
    return ESYS_TR_RH_LOCKOUT;
}

// The value as a TPM2B_AUTH, wiped when it goes. The size was checked by the caller; this
// copies at most the buffer's size.
class Tpm2bAuth {
public:
    explicit Tpm2bAuth(const AuthValue& value) {
        const std::size_t size = std::min(value.size(), sizeof(m_auth.buffer));
        m_auth.size = static_cast<UINT16>(size);
        if (size)
            std::memcpy(m_auth.buffer, value.view().data(), size);
    }
    ~Tpm2bAuth() { wipe(std::span<std::uint8_t>(m_auth.buffer, sizeof(m_auth.buffer))); }
    Tpm2bAuth(const Tpm2bAuth&) = delete;
    Tpm2bAuth& operator=(const Tpm2bAuth&) = delete;
    const TPM2B_AUTH* get() const { return &m_auth; }

private:
    TPM2B_AUTH m_auth{};
};

Result<void> setAuth(EsysConnection& esys, ESYS_TR handle, const AuthValue& value) {
    const Tpm2bAuth auth(value);
    if (const TSS2_RC rc = Esys_TR_SetAuth(esys.context(), handle, auth.get());
        rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "Esys_TR_SetAuth");
    return {};
}

// A hierarchy's auth handed to ESAPI for one command, and overwritten with the empty value
// in ESAPI's own copy when the command is done (HierarchyChangeAuth leaves the new value
// there too), so the secret does not stay in the context for the connection's lifetime.
class AuthForCommand {
public:
    AuthForCommand(EsysConnection& esys, ESYS_TR handle) : m_esys(esys), m_handle(handle) {}
    ~AuthForCommand() { (void)setAuth(m_esys, m_handle, AuthValue{}); }
    AuthForCommand(const AuthForCommand&) = delete;
    AuthForCommand& operator=(const AuthForCommand&) = delete;
    Result<void> set(const AuthValue& value) { return setAuth(m_esys, m_handle, value); }

private:
    EsysConnection& m_esys;
    ESYS_TR m_handle;
};

// An ESYS_TR this code opened, closed (not flushed) or flushed when it goes.
class TrHandle {
public:
    enum class Release { Close, Flush };
    TrHandle(EsysConnection& esys, ESYS_TR handle, Release release)
        : m_esys(esys), m_handle(handle), m_release(release) {}
    ~TrHandle() {
        if (m_handle == ESYS_TR_NONE)
            return;
        if (m_release == Release::Flush)
            Esys_FlushContext(m_esys.context(), m_handle);
        else
            Esys_TR_Close(m_esys.context(), &m_handle);
    }
    TrHandle(const TrHandle&) = delete;
    TrHandle& operator=(const TrHandle&) = delete;
    ESYS_TR get() const { return m_handle; }

private:
    EsysConnection& m_esys;
    ESYS_TR m_handle;
    Release m_release;
};

TPM2B_PUBLIC sharedSrkTemplate(SrkAlgorithm algorithm) {
    TPM2B_PUBLIC t{};
    TPMT_PUBLIC& p = t.publicArea;
    p.nameAlg = TPM2_ALG_SHA256;
    p.objectAttributes = TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT |
                         TPMA_OBJECT_SENSITIVEDATAORIGIN | TPMA_OBJECT_USERWITHAUTH |
                         TPMA_OBJECT_NODA | TPMA_OBJECT_RESTRICTED | TPMA_OBJECT_DECRYPT;
    const TPMT_SYM_DEF_OBJECT aes128cfb{TPM2_ALG_AES, {.aes = 128}, {.aes = TPM2_ALG_CFB}};
    if (algorithm == SrkAlgorithm::Ecc) {
        p.type = TPM2_ALG_ECC;
        p.parameters.eccDetail.symmetric = aes128cfb;
        p.parameters.eccDetail.scheme.scheme = TPM2_ALG_NULL;
        p.parameters.eccDetail.curveID = TPM2_ECC_NIST_P256;
        p.parameters.eccDetail.kdf.scheme = TPM2_ALG_NULL;
    } else {
        p.type = TPM2_ALG_RSA;
        p.parameters.rsaDetail.symmetric = aes128cfb;
        p.parameters.rsaDetail.scheme.scheme = TPM2_ALG_NULL;
        p.parameters.rsaDetail.keyBits = 2048;
        p.parameters.rsaDetail.exponent = 0;
    }
    return t;
}

// A transient primary key with the shared template in the given hierarchy.
Result<ESYS_TR> createPrimary(EsysConnection& esys, ESYS_TR hierarchy, SrkAlgorithm algorithm) {
    const TPM2B_SENSITIVE_CREATE sensitive{};
    const TPM2B_PUBLIC inPublic = sharedSrkTemplate(algorithm);
    const TPM2B_DATA outsideInfo{};
    const TPML_PCR_SELECTION creationPcr{};
    ESYS_TR object = ESYS_TR_NONE;
    TPM2B_PUBLIC* outPublic = nullptr;
    TPM2B_CREATION_DATA* creationData = nullptr;
    TPM2B_DIGEST* creationHash = nullptr;
    TPMT_TK_CREATION* ticket = nullptr;
    const TSS2_RC rc =
        Esys_CreatePrimary(esys.context(), hierarchy, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                           &sensitive, &inPublic, &outsideInfo, &creationPcr, &object, &outPublic,
                           &creationData, &creationHash, &ticket);
    const EsysPtr<TPM2B_PUBLIC> p1(outPublic);
    const EsysPtr<TPM2B_CREATION_DATA> p2(creationData);
    const EsysPtr<TPM2B_DIGEST> p3(creationHash);
    const EsysPtr<TPMT_TK_CREATION> p4(ticket);
    if (rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "TPM2_CreatePrimary");
    return object;
}

Result<bool> supportsEccP256(EsysConnection& esys) {
    TPMI_YES_NO more = TPM2_NO;
    TPMS_CAPABILITY_DATA* data = nullptr;
    const TSS2_RC rc = Esys_GetCapability(esys.context(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                          TPM2_CAP_ECC_CURVES, TPM2_ECC_NIST_P256, 1, &more, &data);
    const EsysPtr<TPMS_CAPABILITY_DATA> owned(data);
    if (rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "TPM2_GetCapability(ECC curves)");
    const TPML_ECC_CURVE& curves = data->data.eccCurves;
    return curves.count >= 1 && curves.eccCurves[0] == TPM2_ECC_NIST_P256;
}

// A salted HMAC session, flushed when it goes. The salt is encrypted to a key the TPM holds
// (the SRK, else an EK, else a primary made in the null hierarchy for this session), so the
// session key - and with it every authorization and encrypted parameter - stays between this
// process and the TPM.
class SaltedSession {
public:
    static Result<std::unique_ptr<SaltedSession>> start(EsysConnection& esys,
                                                        bool encryptParameters) {
        std::unique_ptr<SaltedSession> session(new SaltedSession(esys));
        auto started = session->startWithPersistentKey();
        if (!started) {
            auto primary = createPrimary(esys, ESYS_TR_RH_NULL, SrkAlgorithm::Ecc);
            if (!primary)
                primary = createPrimary(esys, ESYS_TR_RH_NULL, SrkAlgorithm::Rsa);
            if (!primary)
                return primary.error();
            const TrHandle key(esys, *primary, TrHandle::Release::Flush);
            if (auto byNullKey = session->startWith(key.get()); !byNullKey)
                return byNullKey.error();
        }
        TPMA_SESSION attributes = TPMA_SESSION_CONTINUESESSION;
        if (encryptParameters)
            attributes |= TPMA_SESSION_DECRYPT;
        if (const TSS2_RC rc =
                Esys_TRSess_SetAttributes(esys.context(), session->m_handle, attributes, 0xFF);
            rc != TSS2_RC_SUCCESS)
            return Error::tss2(rc, "Esys_TRSess_SetAttributes");
        return session;
    }
    ~SaltedSession() {
        if (m_handle != ESYS_TR_NONE)
            Esys_FlushContext(m_esys.context(), m_handle);
    }
    SaltedSession(const SaltedSession&) = delete;
    SaltedSession& operator=(const SaltedSession&) = delete;
    ESYS_TR get() const { return m_handle; }

private:
    explicit SaltedSession(EsysConnection& esys) : m_esys(esys) {}

    Result<void> startWithPersistentKey() {
        Error last = Error::usage("no persistent key");
        for (TPM2_HANDLE handle : {kSrkHandle, kEkHandles[0], kEkHandles[1]}) {
            ESYS_TR key = ESYS_TR_NONE;
            if (Esys_TR_FromTPMPublic(m_esys.context(), handle, ESYS_TR_NONE, ESYS_TR_NONE,
                                      ESYS_TR_NONE, &key) != TSS2_RC_SUCCESS)
                continue;
            const TrHandle opened(m_esys, key, TrHandle::Release::Close);
            auto started = startWith(opened.get());
            if (started)
                return {};
            last = started.error();
        }
        return last;
    }

    Result<void> startWith(ESYS_TR key) {
        const TPMT_SYM_DEF symmetric{TPM2_ALG_AES, {.aes = 128}, {.aes = TPM2_ALG_CFB}};
        if (const TSS2_RC rc = Esys_StartAuthSession(
                m_esys.context(), key, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                nullptr, TPM2_SE_HMAC, &symmetric, TPM2_ALG_SHA256, &m_handle);
            rc != TSS2_RC_SUCCESS) {
            m_handle = ESYS_TR_NONE;
            return Error::tss2(rc, "TPM2_StartAuthSession (salted)");
        }
        return {};
    }

    EsysConnection& m_esys;
    ESYS_TR m_handle = ESYS_TR_NONE;
};

} // namespace

std::string hierarchyName(Hierarchy hierarchy) {
    switch (hierarchy) {
    case Hierarchy::Owner:
        return "owner";
    case Hierarchy::Endorsement:
        return "endorsement";
    case Hierarchy::Lockout:
        break;
    }
    return "lockout";
}

std::size_t maxAuthSize(const std::string& contextHash) {
    if (contextHash == "sha1")
        return 20;
    if (contextHash == "sha384")
        return 48;
    if (contextHash == "sha512")
        return 64;
    return 32;
}

Result<void> checkAuthSize(const AuthValue& auth, const std::string& contextHash,
                           const std::string& what) {
    const std::size_t limit = maxAuthSize(contextHash);
    if (auth.size() > limit)
        return Error::usage("the " + what + " is " + std::to_string(auth.size()) +
                            " bytes long; this TPM takes at most " + std::to_string(limit) +
                            " bytes (the size of its " +
                            (contextHash.empty() ? std::string("sha256") : contextHash) +
                            " digests)");
    return {};
}

Result<void> startup(EsysConnection& esys) {
    const TSS2_RC rc = Esys_Startup(esys.context(), TPM2_SU_CLEAR);
    if (rc != TSS2_RC_SUCCESS && (rc & 0xFFFF) != TPM2_RC_INITIALIZE)
        return Error::tss2(rc, "TPM2_Startup(CLEAR)");
    return {};
}

Result<void> selfTest(EsysConnection& esys) {
    if (const TSS2_RC rc =
            Esys_SelfTest(esys.context(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, TPM2_YES);
        rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "TPM2_SelfTest(full)");
    return {};
}

Result<void> flushTransientObjects(EsysConnection& esys) {
    TPMI_YES_NO more = TPM2_NO;
    TPMS_CAPABILITY_DATA* data = nullptr;
    const TSS2_RC rc = Esys_GetCapability(esys.context(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                          TPM2_CAP_HANDLES, TPM2_TRANSIENT_FIRST,
                                          TPM2_MAX_CAP_HANDLES, &more, &data);
    const EsysPtr<TPMS_CAPABILITY_DATA> owned(data);
    if (rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "TPM2_GetCapability(transient handles)");
    const TPML_HANDLE& list = data->data.handles;
    for (std::uint32_t i = 0; i < std::min<std::uint32_t>(list.count, TPM2_MAX_CAP_HANDLES); ++i) {
        if ((list.handle[i] >> 24) != TPM2_HT_TRANSIENT)
            continue;
        ESYS_TR object = ESYS_TR_NONE;
        if (Esys_TR_FromTPMPublic(esys.context(), list.handle[i], ESYS_TR_NONE, ESYS_TR_NONE,
                                  ESYS_TR_NONE, &object) == TSS2_RC_SUCCESS)
            Esys_FlushContext(esys.context(), object);
    }
    return {};
}

Result<SrkAlgorithm> createSharedSrk(EsysConnection& esys, SrkAlgorithm preferred,
                                     const AuthValue& ownerAuth) {
    SrkAlgorithm algorithm = preferred;
    if (algorithm == SrkAlgorithm::Ecc) {
        auto ecc = supportsEccP256(esys);
        if (!ecc)
            return ecc.error();
        if (!*ecc)
            algorithm = SrkAlgorithm::Rsa; // as systemd does
    }
    AuthForCommand authorization(esys, ESYS_TR_RH_OWNER);
    if (auto set = authorization.set(ownerAuth); !set)
        return set.error();
    auto primary = createPrimary(esys, ESYS_TR_RH_OWNER, algorithm);
    if (!primary)
        return primary.error();
    const TrHandle transient(esys, *primary, TrHandle::Release::Flush);
    ESYS_TR persistent = ESYS_TR_NONE;
    const TSS2_RC rc =
        Esys_EvictControl(esys.context(), ESYS_TR_RH_OWNER, transient.get(), ESYS_TR_PASSWORD,
                          ESYS_TR_NONE, ESYS_TR_NONE, kSrkHandle, &persistent);
    if (rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "TPM2_EvictControl(0x81000001)");
    Esys_TR_Close(esys.context(), &persistent);
    return algorithm;
}

namespace {

// One command authorized by a hierarchy's password in a salted HMAC session (parameter
// encryption when it carries a new value); `send` gets the session and returns the TSS code.
Result<void> authorizedCommand(EsysConnection& esys, ESYS_TR hierarchy, const AuthValue& auth,
                               bool encrypt, const std::string& name,
                               const std::function<TSS2_RC(ESYS_TR session)>& send) {
    AuthForCommand authorization(esys, hierarchy);
    if (auto set = authorization.set(auth); !set)
        return set.error();
    auto session = SaltedSession::start(esys, encrypt);
    if (!session)
        return session.error();
    if (const TSS2_RC rc = send((*session)->get()); rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, name);
    return {};
}

} // namespace

Result<void> setDictionaryAttack(EsysConnection& esys, const AuthValue& lockoutAuth,
                                 const DaParameters& parameters) {
    return authorizedCommand(esys, ESYS_TR_RH_LOCKOUT, lockoutAuth, false,
                             "TPM2_DictionaryAttackParameters", [&](ESYS_TR session) {
                                 return Esys_DictionaryAttackParameters(
                                     esys.context(), ESYS_TR_RH_LOCKOUT, session, ESYS_TR_NONE,
                                     ESYS_TR_NONE, parameters.maxTries, parameters.recoveryTime,
                                     parameters.lockoutRecovery);
                             });
}

Result<void> changeAuth(EsysConnection& esys, Hierarchy hierarchy, const AuthValue& current,
                        const AuthValue& next) {
    const ESYS_TR handle = hierarchyHandle(hierarchy);
    const Tpm2bAuth newAuth(next);
    return authorizedCommand(
        esys, handle, current, true, "TPM2_HierarchyChangeAuth(" + hierarchyName(hierarchy) + ")",
        [&](ESYS_TR session) {
            return Esys_HierarchyChangeAuth(esys.context(), handle, session, ESYS_TR_NONE,
                                            ESYS_TR_NONE, newAuth.get());
        });
}

Result<void> resetLockout(EsysConnection& esys, const AuthValue& lockoutAuth) {
    return authorizedCommand(esys, ESYS_TR_RH_LOCKOUT, lockoutAuth, false,
                             "TPM2_DictionaryAttackLockReset", [&](ESYS_TR session) {
                                 return Esys_DictionaryAttackLockReset(esys.context(),
                                                                       ESYS_TR_RH_LOCKOUT, session,
                                                                       ESYS_TR_NONE, ESYS_TR_NONE);
                             });
}

Result<void> clearWithLockout(EsysConnection& esys, const AuthValue& lockoutAuth) {
    return authorizedCommand(esys, ESYS_TR_RH_LOCKOUT, lockoutAuth, false, "TPM2_Clear(lockout)",
                             [&](ESYS_TR session) {
                                 return Esys_Clear(esys.context(), ESYS_TR_RH_LOCKOUT, session,
                                                   ESYS_TR_NONE, ESYS_TR_NONE);
                             });
}

Result<void> checkHierarchyAuth(EsysConnection& esys, Hierarchy hierarchy, const AuthValue& auth) {
    const ESYS_TR handle = hierarchyHandle(hierarchy);
    AuthForCommand authorization(esys, handle);
    if (auto set = authorization.set(auth); !set)
        return set.error();
    auto session = SaltedSession::start(esys, false);
    if (!session)
        return session.error();
    const TPMT_SYM_DEF noSymmetric{TPM2_ALG_NULL, {}, {}};
    ESYS_TR trial = ESYS_TR_NONE;
    if (const TSS2_RC rc = Esys_StartAuthSession(
            esys.context(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
            nullptr, TPM2_SE_TRIAL, &noSymmetric, TPM2_ALG_SHA256, &trial);
        rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "TPM2_StartAuthSession (trial)");
    const TrHandle policy(esys, trial, TrHandle::Release::Flush);
    const TPM2B_NONCE nonce{};
    const TPM2B_DIGEST cpHash{};
    const TPM2B_NONCE policyRef{};
    TPM2B_TIMEOUT* timeout = nullptr;
    TPMT_TK_AUTH* ticket = nullptr;
    const TSS2_RC rc =
        Esys_PolicySecret(esys.context(), handle, policy.get(), (*session)->get(), ESYS_TR_NONE,
                          ESYS_TR_NONE, &nonce, &cpHash, &policyRef, 0, &timeout, &ticket);
    const EsysPtr<TPM2B_TIMEOUT> t1(timeout);
    const EsysPtr<TPMT_TK_AUTH> t2(ticket);
    if (rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "TPM2_PolicySecret(" + hierarchyName(hierarchy) + ")");
    return {};
}

} // namespace tpm::tpm2
