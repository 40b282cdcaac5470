#include "api/UserTokensApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest UserTokensApi::listRequest(const QString& userId)
{
    return ApiTokensRequests::list(ApiRequest::apiPath({QStringLiteral("users"), userId}));
}

RequestId UserTokensApi::list(const QString& userId, QObject* context, ApiCallback<ApiTokenList> callback) const
{
    return run<ApiTokenList>(listRequest(userId), context, std::move(callback));
}

ApiRequest UserTokensApi::createRequest(const QString& userId, const CreateApiTokenRequest& token)
{
    return ApiTokensRequests::create(ApiRequest::apiPath({QStringLiteral("users"), userId}), token);
}

RequestId UserTokensApi::create(const QString& userId, const CreateApiTokenRequest& token, QObject* context, ApiCallback<CreatedApiToken> callback) const
{
    return run<CreatedApiToken>(createRequest(userId, token), context, std::move(callback));
}

ApiRequest UserTokensApi::removeRequest(const QString& userId, const QString& tokenId)
{
    return ApiTokensRequests::remove(ApiRequest::apiPath({QStringLiteral("users"), userId}), tokenId);
}

RequestId UserTokensApi::remove(const QString& userId, const QString& tokenId, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeRequest(userId, tokenId), context, std::move(callback));
}

} // namespace ktc::api
