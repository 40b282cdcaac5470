#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/ApiToken.h"
#include "api/ApiTokensRequests.h"

namespace ktc::api {

// API tokens of a service account; an empty tenant means the instance-level routes.
// The static *Request() functions build requests without side effects; the others send them.
class ServiceAccountTokensApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest listRequest(const QString& tenant, const QString& accountId);
    RequestId list(const QString& tenant, const QString& accountId, QObject* context, ApiCallback<ApiTokenList> callback) const;

    static ApiRequest createRequest(const QString& tenant, const QString& accountId, const CreateApiTokenRequest& token);
    RequestId create(const QString& tenant, const QString& accountId, const CreateApiTokenRequest& token, QObject* context, ApiCallback<CreatedApiToken> callback) const;

    static ApiRequest removeRequest(const QString& tenant, const QString& accountId, const QString& tokenId);
    RequestId remove(const QString& tenant, const QString& accountId, const QString& tokenId, QObject* context, ApiCallback<NoContent> callback) const;

private:
    static QString ownerPath(const QString& tenant, const QString& accountId);
};

} // namespace ktc::api
