#include "api/UsersApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest UsersApi::listRequest(const PageQuery& query, const ServerAdapter& adapter)
{
    return ApiRequest::get(ApiRequest::apiPath({QStringLiteral("users")}), adapter.filterQuery(query));
}

RequestId UsersApi::list(const PageQuery& query, QObject* context, ApiCallback<Page<UserSummary>> callback) const
{
    return run<Page<UserSummary>>(listRequest(query, adapter()), context, std::move(callback));
}

ApiRequest UsersApi::getRequest(const QString& id)
{
    return ApiRequest::get(ApiRequest::apiPath({QStringLiteral("users"), id}));
}

RequestId UsersApi::get(const QString& id, QObject* context, ApiCallback<User> callback) const
{
    return run<User>(getRequest(id), context, std::move(callback));
}

ApiRequest UsersApi::createRequest(const UserRequest& user)
{
    return ApiRequest::post(ApiRequest::apiPath({QStringLiteral("users")}), json::encode(user));
}

RequestId UsersApi::create(const UserRequest& user, QObject* context, ApiCallback<User> callback) const
{
    return run<User>(createRequest(user), context, std::move(callback));
}

ApiRequest UsersApi::updateRequest(const QString& id, const UserRequest& user)
{
    return ApiRequest::put(ApiRequest::apiPath({QStringLiteral("users"), id}), json::encode(user));
}

RequestId UsersApi::update(const QString& id, const UserRequest& user, QObject* context, ApiCallback<User> callback) const
{
    return run<User>(updateRequest(id, user), context, std::move(callback));
}

ApiRequest UsersApi::patchDetailsRequest(const QString& id, const UserDetailsPatch& details)
{
    return ApiRequest::patch(ApiRequest::apiPath({QStringLiteral("users"), id}), json::encode(details));
}

RequestId UsersApi::patchDetails(const QString& id, const UserDetailsPatch& details, QObject* context, ApiCallback<User> callback) const
{
    return run<User>(patchDetailsRequest(id, details), context, std::move(callback));
}

ApiRequest UsersApi::removeRequest(const QString& id)
{
    return ApiRequest::del(ApiRequest::apiPath({QStringLiteral("users"), id}));
}

RequestId UsersApi::remove(const QString& id, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeRequest(id), context, std::move(callback));
}

ApiRequest UsersApi::setPasswordRequest(const QString& id, const UserPasswordPatch& password)
{
    return ApiRequest::patch(ApiRequest::apiPath({QStringLiteral("users"), id, QStringLiteral("password")}), json::encode(password));
}

RequestId UsersApi::setPassword(const QString& id, const UserPasswordPatch& password, QObject* context, ApiCallback<User> callback) const
{
    return run<User>(setPasswordRequest(id, password), context, std::move(callback));
}

ApiRequest UsersApi::setSuperAdminRequest(const QString& id, bool superAdmin)
{
    return ApiRequest::patch(ApiRequest::apiPath({QStringLiteral("users"), id, QStringLiteral("superadmin")}), json::encode(SuperAdminPatch{superAdmin}));
}

RequestId UsersApi::setSuperAdmin(const QString& id, bool superAdmin, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(setSuperAdminRequest(id, superAdmin), context, std::move(callback));
}

ApiRequest UsersApi::setRestrictedRequest(const QString& id, bool restricted)
{
    return ApiRequest::patch(ApiRequest::apiPath({QStringLiteral("users"), id, QStringLiteral("restricted")}), json::encode(RestrictedPatch{restricted}));
}

RequestId UsersApi::setRestricted(const QString& id, bool restricted, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(setRestrictedRequest(id, restricted), context, std::move(callback));
}

ApiRequest UsersApi::removeAuthRequest(const QString& id, const QString& authId)
{
    return ApiRequest::del(ApiRequest::apiPath({QStringLiteral("users"), id, QStringLiteral("auths"), authId}));
}

RequestId UsersApi::removeAuth(const QString& id, const QString& authId, QObject* context, ApiCallback<User> callback) const
{
    return run<User>(removeAuthRequest(id, authId), context, std::move(callback));
}

ApiRequest UsersApi::revokeSessionsRequest(const QString& id)
{
    return ApiRequest::del(ApiRequest::apiPath({QStringLiteral("users"), id, QStringLiteral("refresh-token")}));
}

RequestId UsersApi::revokeSessions(const QString& id, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(revokeSessionsRequest(id), context, std::move(callback));
}

} // namespace ktc::api
