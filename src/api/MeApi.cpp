#include "api/MeApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest MeApi::getRequest()
{
    return ApiRequest::get(ApiRequest::apiPath({QStringLiteral("me")}));
}

RequestId MeApi::get(QObject* context, ApiCallback<Me> callback) const
{
    return run<Me>(getRequest(), context, std::move(callback));
}

ApiRequest MeApi::patchDetailsRequest(const UserDetailsPatch& details)
{
    return ApiRequest::patch(ApiRequest::apiPath({QStringLiteral("me")}), json::encode(details));
}

RequestId MeApi::patchDetails(const UserDetailsPatch& details, QObject* context, ApiCallback<Me> callback) const
{
    return run<Me>(patchDetailsRequest(details), context, std::move(callback));
}

ApiRequest MeApi::changePasswordRequest(const PasswordChangeRequest& change)
{
    return ApiRequest::put(ApiRequest::apiPath({QStringLiteral("me"), QStringLiteral("password")}), json::encode(change));
}

RequestId MeApi::changePassword(const PasswordChangeRequest& change, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(changePasswordRequest(change), context, std::move(callback));
}

ApiRequest MeApi::listTokensRequest()
{
    return ApiTokensRequests::list(ApiRequest::apiPath({QStringLiteral("me")}));
}

RequestId MeApi::listTokens(QObject* context, ApiCallback<ApiTokenList> callback) const
{
    return run<ApiTokenList>(listTokensRequest(), context, std::move(callback));
}

ApiRequest MeApi::createTokenRequest(const CreateApiTokenRequest& token)
{
    return ApiTokensRequests::create(ApiRequest::apiPath({QStringLiteral("me")}), token);
}

RequestId MeApi::createToken(const CreateApiTokenRequest& token, QObject* context, ApiCallback<CreatedApiToken> callback) const
{
    return run<CreatedApiToken>(createTokenRequest(token), context, std::move(callback));
}

ApiRequest MeApi::removeTokenRequest(const QString& tokenId)
{
    return ApiTokensRequests::remove(ApiRequest::apiPath({QStringLiteral("me")}), tokenId);
}

RequestId MeApi::removeToken(const QString& tokenId, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeTokenRequest(tokenId), context, std::move(callback));
}

} // namespace ktc::api
