#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/TenantAccess.h"

namespace ktc::api {

// Who may enter a tenant (the tenant's users): list, inspect, grant, revoke, groups.
// The static *Request() functions build requests without side effects; the others send them.
class TenantAccessApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest listRequest(const QString& tenant, const PageQuery& query, const ServerAdapter& adapter = {});
    RequestId list(const QString& tenant, const PageQuery& query, QObject* context, ApiCallback<Page<TenantAccessUser>> callback) const;

    static ApiRequest getRequest(const QString& tenant, const QString& userId);
    RequestId get(const QString& tenant, const QString& userId, QObject* context, ApiCallback<TenantAccess> callback) const;

    // Accounts whose name or e-mail contains `query.q`; with existingOnly, only the tenant's.
    static ApiRequest autocompleteRequest(const QString& tenant, const Autocomplete& query);
    RequestId autocomplete(const QString& tenant, const Autocomplete& query, QObject* context,
                           ApiCallback<QList<TenantAccessUser>> callback) const;

    static ApiRequest grantByEmailRequest(const QString& tenant, const QString& email);
    RequestId grantByEmail(const QString& tenant, const QString& email, QObject* context, ApiCallback<NoContent> callback) const;

    static ApiRequest grantRequest(const QString& tenant, const QString& userId);
    RequestId grant(const QString& tenant, const QString& userId, QObject* context, ApiCallback<NoContent> callback) const;

    static ApiRequest revokeRequest(const QString& tenant, const QString& userId);
    RequestId revoke(const QString& tenant, const QString& userId, QObject* context, ApiCallback<NoContent> callback) const;

    // Replaces all of the user's groups in the tenant.
    static ApiRequest setUserGroupsRequest(const QString& tenant, const QString& userId, const QStringList& groupIds);
    RequestId setUserGroups(const QString& tenant, const QString& userId, const QStringList& groupIds, QObject* context, ApiCallback<NoContent> callback) const;
};

} // namespace ktc::api
