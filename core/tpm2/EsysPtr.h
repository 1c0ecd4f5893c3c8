#pragma once
// What ESAPI allocates for a caller (capability data, public areas, names) is released with
// Esys_Free; EsysPtr<T> does it. Private to core/tpm2 (it includes the tss2 headers).

#include <memory>
#include <tss2/tss2_esys.h>

namespace tpm::tpm2 {

struct EsysFree {
    void operator()(void* p) const { Esys_Free(p); }
};

template <class T>
using EsysPtr = std::unique_ptr<T, EsysFree>;

} // namespace tpm::tpm2
