#include "tpm2/EsysConnection.h"

#include "tpm2/Tcti.h"

#include <cstdlib>
#include <tss2/tss2_esys.h>
#include <tss2/tss2_tctildr.h>

namespace tpm::tpm2 {

Result<std::unique_ptr<EsysConnection>> EsysConnection::openFor(const TransportSpec& spec) {
    auto tcti = tctiFor(spec);
    if (!tcti)
        return tcti.error();
    return open(*tcti);
}

Result<std::unique_ptr<EsysConnection>> EsysConnection::open(const std::string& tcti) {
    // tpm2-tss logs every refused command to stderr; this tool explains them itself. A
    // TSS2_LOG the user set is left alone.
    ::setenv("TSS2_LOG", "all+none", 0);
    std::unique_ptr<EsysConnection> connection(new EsysConnection);
    connection->m_tcti = tcti;
    TSS2_TCTI_CONTEXT* tctiContext = nullptr;
    if (const TSS2_RC rc = Tss2_TctiLdr_Initialize(tcti.c_str(), &tctiContext);
        rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "the TCTI \"" + tcti + "\" could not be loaded or connected");
    connection->m_tctiContext = tctiContext;
    ESYS_CONTEXT* esys = nullptr;
    if (const TSS2_RC rc = Esys_Initialize(&esys, tctiContext, nullptr); rc != TSS2_RC_SUCCESS)
        return Error::tss2(rc, "ESAPI could not be initialized on \"" + tcti + "\"");
    connection->m_esys = esys;
    return connection;
}

EsysConnection::~EsysConnection() {
    if (m_esys)
        Esys_Finalize(&m_esys);
    if (m_tctiContext)
        Tss2_TctiLdr_Finalize(&m_tctiContext);
}

} // namespace tpm::tpm2
