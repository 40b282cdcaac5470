#pragma once

#include "api/TlsChallenge.h"

namespace ktc::api {

// Implemented by the UI: asked, after a request failed on TLS errors, whether to trust that
// certificate. The answer is asynchronous: approve with ApiClient::pinCertificate(), then retry.
class TlsTrust
{
public:
    virtual ~TlsTrust() = default;

    // Called at most once per certificate and client; the failed request already completed
    // with an ApiError of kind Tls carrying the same challenge.
    virtual void reviewCertificate(const TlsChallenge& challenge) = 0;
};

} // namespace ktc::api
