#include "api/ServiceAccountTokensApi.h"

#include "core/Json.h"

namespace ktc::api {

QString ServiceAccountTokensApi::ownerPath(const QString& tenant, const QString& accountId)
{
    if (tenant.isEmpty())
        return ApiRequest::apiPath({QStringLiteral("service-accounts"), accountId});
    return ApiRequest::apiPath({tenant, QStringLiteral("service-accounts"), accountId});
}


ApiRequest ServiceAccountTokensApi::listRequest(const QString& tenant, const QString& accountId)
{
    return ApiTokensRequests::list(ownerPath(tenant, accountId));
}

RequestId ServiceAccountTokensApi::list(const QString& tenant, const QString& accountId, QObject* context, ApiCallback<ApiTokenList> callback) const
{
    return run<ApiTokenList>(listRequest(tenant, accountId), context, std::move(callback));
}

ApiRequest ServiceAccountTokensApi::createRequest(const QString& tenant, const QString& accountId, const CreateApiTokenRequest& token)
{
    return ApiTokensRequests::create(ownerPath(tenant, accountId), token);
}

RequestId ServiceAccountTokensApi::create(const QString& tenant, const QString& accountId, const CreateApiTokenRequest& token, QObject* context, ApiCallback<CreatedApiToken> callback) const
{
    return run<CreatedApiToken>(createRequest(tenant, accountId, token), context, std::move(callback));
}

ApiRequest ServiceAccountTokensApi::removeRequest(const QString& tenant, const QString& accountId, const QString& tokenId)
{
    return ApiTokensRequests::remove(ownerPath(tenant, accountId), tokenId);
}

RequestId ServiceAccountTokensApi::remove(const QString& tenant, const QString& accountId, const QString& tokenId, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeRequest(tenant, accountId, tokenId), context, std::move(callback));
}

} // namespace ktc::api
