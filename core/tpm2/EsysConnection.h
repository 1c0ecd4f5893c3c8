#pragma once
// One ESAPI context on one TCTI (tpm2-tss), owned: the TCTI is loaded by the TCTI loader
// from a configuration string ("device:/dev/tpmrm0", "swtpm:host=H,port=P") and both are
// finalized in the destructor. tss2 types stay out of this header.

#include "protocol/Result.h"
#include "transport/Transport.h"

#include <memory>
#include <string>

struct ESYS_CONTEXT;
struct TSS2_TCTI_OPAQUE_CONTEXT_BLOB;

namespace tpm::tpm2 {

class EsysConnection {
public:
    // Loads the TCTI and initializes ESAPI; sends nothing to the TPM.
    static Result<std::unique_ptr<EsysConnection>> open(const std::string& tcti);
    // The same for the TPM a transport spec names (tpm2/Tcti's tctiFor: a device means its
    // resource manager).
    static Result<std::unique_ptr<EsysConnection>> openFor(const TransportSpec& spec);
    ~EsysConnection();
    EsysConnection(const EsysConnection&) = delete;
    EsysConnection& operator=(const EsysConnection&) = delete;

    ESYS_CONTEXT* context() const { return m_esys; }
    const std::string& tcti() const { return m_tcti; }

private:
    EsysConnection() = default;

    TSS2_TCTI_OPAQUE_CONTEXT_BLOB* m_tctiContext = nullptr;
    ESYS_CONTEXT* m_esys = nullptr;
    std::string m_tcti;
};

} // namespace tpm::tpm2
