#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/Me.h"
#include "core/User.h"
#include "core/ApiToken.h"
#include "api/ApiTokensRequests.h"

namespace ktc::api {

// The signed-in identity: who am I, my details, my password, my API tokens.
// The static *Request() functions build requests without side effects; the others send them.
class MeApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest getRequest();
    RequestId get(QObject* context, ApiCallback<Me> callback) const;

    static ApiRequest patchDetailsRequest(const UserDetailsPatch& details);
    RequestId patchDetails(const UserDetailsPatch& details, QObject* context, ApiCallback<Me> callback) const;

    static ApiRequest changePasswordRequest(const PasswordChangeRequest& change);
    RequestId changePassword(const PasswordChangeRequest& change, QObject* context, ApiCallback<NoContent> callback) const;

    static ApiRequest listTokensRequest();
    RequestId listTokens(QObject* context, ApiCallback<ApiTokenList> callback) const;

    static ApiRequest createTokenRequest(const CreateApiTokenRequest& token);
    RequestId createToken(const CreateApiTokenRequest& token, QObject* context, ApiCallback<CreatedApiToken> callback) const;

    static ApiRequest removeTokenRequest(const QString& tokenId);
    RequestId removeToken(const QString& tokenId, QObject* context, ApiCallback<NoContent> callback) const;
};

} // namespace ktc::api
