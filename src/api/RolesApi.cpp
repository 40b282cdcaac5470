#include "api/RolesApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest RolesApi::searchRequest(const QString& tenant, const PageQuery& query, const ServerAdapter& adapter)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("roles"), QStringLiteral("search")}), adapter.searchQuery(query));
}

RequestId RolesApi::search(const QString& tenant, const PageQuery& query, QObject* context, ApiCallback<Page<RoleSummary>> callback) const
{
    return run<Page<RoleSummary>>(searchRequest(tenant, query, adapter()), context, std::move(callback));
}

ApiRequest RolesApi::getRequest(const QString& tenant, const QString& id)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("roles"), id}));
}

RequestId RolesApi::get(const QString& tenant, const QString& id, QObject* context, ApiCallback<Role> callback) const
{
    return run<Role>(getRequest(tenant, id), context, std::move(callback));
}

ApiRequest RolesApi::createRequest(const QString& tenant, const RoleRequest& role)
{
    return ApiRequest::post(ApiRequest::apiPath({tenant, QStringLiteral("roles")}), json::encode(role));
}

RequestId RolesApi::create(const QString& tenant, const RoleRequest& role, QObject* context, ApiCallback<Role> callback) const
{
    return run<Role>(createRequest(tenant, role), context, std::move(callback));
}

ApiRequest RolesApi::updateRequest(const QString& tenant, const QString& id, const RoleRequest& role)
{
    return ApiRequest::put(ApiRequest::apiPath({tenant, QStringLiteral("roles"), id}), json::encode(role));
}

RequestId RolesApi::update(const QString& tenant, const QString& id, const RoleRequest& role, QObject* context, ApiCallback<Role> callback) const
{
    return run<Role>(updateRequest(tenant, id, role), context, std::move(callback));
}

ApiRequest RolesApi::removeRequest(const QString& tenant, const QString& id)
{
    return ApiRequest::del(ApiRequest::apiPath({tenant, QStringLiteral("roles"), id}));
}

RequestId RolesApi::remove(const QString& tenant, const QString& id, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeRequest(tenant, id), context, std::move(callback));
}

ApiRequest RolesApi::permissionsRequest(const QString& tenant)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("acls"), QStringLiteral("permissions")}));
}

RequestId RolesApi::permissions(const QString& tenant, QObject* context, ApiCallback<PermissionCatalog> callback) const
{
    return run<PermissionCatalog>(permissionsRequest(tenant), context, std::move(callback));
}

ApiRequest RolesApi::templatesRequest(const QString& tenant)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("acls"), QStringLiteral("templates")}));
}

RequestId RolesApi::templates(const QString& tenant, QObject* context, ApiCallback<RoleTemplates> callback) const
{
    return run<RoleTemplates>(templatesRequest(tenant), context, std::move(callback));
}

} // namespace ktc::api
