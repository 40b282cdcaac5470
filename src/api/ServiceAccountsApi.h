#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/ServiceAccount.h"
#include "core/TenantAccess.h"

namespace ktc::api {

// Service accounts at instance level (instance owner) and tenant level.
// The static *Request() functions build requests without side effects; the others send them.
class ServiceAccountsApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest listRequest(const PageQuery& query, const ServerAdapter& adapter = {});
    RequestId list(const PageQuery& query, QObject* context, ApiCallback<Page<ServiceAccount>> callback) const;

    static ApiRequest getRequest(const QString& id);
    RequestId get(const QString& id, QObject* context, ApiCallback<ServiceAccount> callback) const;

    static ApiRequest createRequest(const InstanceServiceAccountRequest& account);
    RequestId create(const InstanceServiceAccountRequest& account, QObject* context, ApiCallback<ServiceAccount> callback) const;

    static ApiRequest patchRequest(const QString& id, const ServiceAccountPatch& account);
    RequestId patch(const QString& id, const ServiceAccountPatch& account, QObject* context, ApiCallback<ServiceAccount> callback) const;

    static ApiRequest removeRequest(const QString& id);
    RequestId remove(const QString& id, QObject* context, ApiCallback<NoContent> callback) const;

    static ApiRequest setSuperAdminRequest(const QString& id, bool superAdmin);
    RequestId setSuperAdmin(const QString& id, bool superAdmin, QObject* context, ApiCallback<NoContent> callback) const;

    static ApiRequest listInTenantRequest(const QString& tenant, const PageQuery& query, const ServerAdapter& adapter = {});
    RequestId listInTenant(const QString& tenant, const PageQuery& query, QObject* context, ApiCallback<Page<TenantAccessUser>> callback) const;

    static ApiRequest getInTenantRequest(const QString& tenant, const QString& id);
    RequestId getInTenant(const QString& tenant, const QString& id, QObject* context, ApiCallback<ServiceAccount> callback) const;

    static ApiRequest createInTenantRequest(const QString& tenant, const ServiceAccountRequest& account);
    RequestId createInTenant(const QString& tenant, const ServiceAccountRequest& account, QObject* context, ApiCallback<ServiceAccount> callback) const;

    static ApiRequest updateInTenantRequest(const QString& tenant, const QString& id, const ServiceAccountRequest& account);
    RequestId updateInTenant(const QString& tenant, const QString& id, const ServiceAccountRequest& account, QObject* context, ApiCallback<ServiceAccount> callback) const;

    static ApiRequest removeInTenantRequest(const QString& tenant, const QString& id);
    RequestId removeInTenant(const QString& tenant, const QString& id, QObject* context, ApiCallback<NoContent> callback) const;
};

} // namespace ktc::api
