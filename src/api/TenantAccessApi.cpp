#include "api/TenantAccessApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest TenantAccessApi::listRequest(const QString& tenant, const PageQuery& query, const ServerAdapter& adapter)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("tenant-access")}), adapter.filterQuery(query));
}

RequestId TenantAccessApi::list(const QString& tenant, const PageQuery& query, QObject* context, ApiCallback<Page<TenantAccessUser>> callback) const
{
    return run<Page<TenantAccessUser>>(listRequest(tenant, query, adapter()), context, std::move(callback));
}

ApiRequest TenantAccessApi::getRequest(const QString& tenant, const QString& userId)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("tenant-access"), userId}));
}

RequestId TenantAccessApi::get(const QString& tenant, const QString& userId, QObject* context, ApiCallback<TenantAccess> callback) const
{
    return run<TenantAccess>(getRequest(tenant, userId), context, std::move(callback));
}

ApiRequest TenantAccessApi::autocompleteRequest(const QString& tenant, const Autocomplete& query)
{
    // A read, but a POST: like every non-GET it is never retried by itself.
    return ApiRequest::post(ApiRequest::apiPath({tenant, QStringLiteral("tenant-access"), QStringLiteral("autocomplete")}),
                            json::encode(query));
}

RequestId TenantAccessApi::autocomplete(const QString& tenant, const Autocomplete& query, QObject* context,
                                        ApiCallback<QList<TenantAccessUser>> callback) const
{
    return run<QList<TenantAccessUser>>(autocompleteRequest(tenant, query), context, std::move(callback));
}

ApiRequest TenantAccessApi::grantByEmailRequest(const QString& tenant, const QString& email)
{
    return ApiRequest::post(ApiRequest::apiPath({tenant, QStringLiteral("tenant-access")}), json::encode(TenantAccessCreateRequest{email}));
}

RequestId TenantAccessApi::grantByEmail(const QString& tenant, const QString& email, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(grantByEmailRequest(tenant, email), context, std::move(callback));
}

ApiRequest TenantAccessApi::grantRequest(const QString& tenant, const QString& userId)
{
    return ApiRequest::put(ApiRequest::apiPath({tenant, QStringLiteral("tenant-access"), userId}));
}

RequestId TenantAccessApi::grant(const QString& tenant, const QString& userId, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(grantRequest(tenant, userId), context, std::move(callback));
}

ApiRequest TenantAccessApi::revokeRequest(const QString& tenant, const QString& userId)
{
    return ApiRequest::del(ApiRequest::apiPath({tenant, QStringLiteral("tenant-access"), userId}));
}

RequestId TenantAccessApi::revoke(const QString& tenant, const QString& userId, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(revokeRequest(tenant, userId), context, std::move(callback));
}

ApiRequest TenantAccessApi::setUserGroupsRequest(const QString& tenant, const QString& userId, const QStringList& groupIds)
{
    return ApiRequest::put(ApiRequest::apiPath({tenant, QStringLiteral("users"), userId, QStringLiteral("groups")}), json::encode(UserGroupsRequest{groupIds}));
}

RequestId TenantAccessApi::setUserGroups(const QString& tenant, const QString& userId, const QStringList& groupIds, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(setUserGroupsRequest(tenant, userId, groupIds), context, std::move(callback));
}

} // namespace ktc::api
