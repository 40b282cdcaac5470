#pragma once

#include "api/ApiRequest.h"
#include "core/ApiToken.h"

namespace ktc::api {

// The three API-token operations, shared by /me, users and service accounts: only the owner's
// path differs ("/api/v1/me", "/api/v1/users/{id}", "/api/v1/{tenant}/service-accounts/{id}").
struct ApiTokensRequests
{
    static ApiRequest list(const QString& ownerPath);
    static ApiRequest create(const QString& ownerPath, const CreateApiTokenRequest& request);
    static ApiRequest remove(const QString& ownerPath, const QString& tokenId);
};

} // namespace ktc::api
