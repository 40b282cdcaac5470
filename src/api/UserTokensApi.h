#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/ApiToken.h"
#include "api/ApiTokensRequests.h"

namespace ktc::api {

// API tokens of any instance user (instance owner only).
// The static *Request() functions build requests without side effects; the others send them.
class UserTokensApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest listRequest(const QString& userId);
    RequestId list(const QString& userId, QObject* context, ApiCallback<ApiTokenList> callback) const;

    static ApiRequest createRequest(const QString& userId, const CreateApiTokenRequest& token);
    RequestId create(const QString& userId, const CreateApiTokenRequest& token, QObject* context, ApiCallback<CreatedApiToken> callback) const;

    static ApiRequest removeRequest(const QString& userId, const QString& tokenId);
    RequestId remove(const QString& userId, const QString& tokenId, QObject* context, ApiCallback<NoContent> callback) const;
};

} // namespace ktc::api
