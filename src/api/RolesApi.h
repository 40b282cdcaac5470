#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/Role.h"

namespace ktc::api {

// A tenant's roles and the permission vocabulary the server accepts.
// The static *Request() functions build requests without side effects; the others send them.
class RolesApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest searchRequest(const QString& tenant, const PageQuery& query, const ServerAdapter& adapter = {});
    RequestId search(const QString& tenant, const PageQuery& query, QObject* context, ApiCallback<Page<RoleSummary>> callback) const;

    static ApiRequest getRequest(const QString& tenant, const QString& id);
    RequestId get(const QString& tenant, const QString& id, QObject* context, ApiCallback<Role> callback) const;

    static ApiRequest createRequest(const QString& tenant, const RoleRequest& role);
    RequestId create(const QString& tenant, const RoleRequest& role, QObject* context, ApiCallback<Role> callback) const;

    static ApiRequest updateRequest(const QString& tenant, const QString& id, const RoleRequest& role);
    RequestId update(const QString& tenant, const QString& id, const RoleRequest& role, QObject* context, ApiCallback<Role> callback) const;

    static ApiRequest removeRequest(const QString& tenant, const QString& id);
    RequestId remove(const QString& tenant, const QString& id, QObject* context, ApiCallback<NoContent> callback) const;

    // Resource -> valid actions: build the role editor from this.
    static ApiRequest permissionsRequest(const QString& tenant);
    RequestId permissions(const QString& tenant, QObject* context, ApiCallback<PermissionCatalog> callback) const;

    // Managed role templates (Kestra 2.0; see ServerAdapter::hasRoleTemplates()).
    static ApiRequest templatesRequest(const QString& tenant);
    RequestId templates(const QString& tenant, QObject* context, ApiCallback<RoleTemplates> callback) const;
};

} // namespace ktc::api
