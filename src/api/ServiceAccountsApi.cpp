#include "api/ServiceAccountsApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest ServiceAccountsApi::listRequest(const PageQuery& query, const ServerAdapter& adapter)
{
    return ApiRequest::get(ApiRequest::apiPath({QStringLiteral("service-accounts")}), adapter.filterQuery(query));
}

RequestId ServiceAccountsApi::list(const PageQuery& query, QObject* context, ApiCallback<Page<ServiceAccount>> callback) const
{
    return run<Page<ServiceAccount>>(listRequest(query, adapter()), context, std::move(callback));
}

ApiRequest ServiceAccountsApi::getRequest(const QString& id)
{
    return ApiRequest::get(ApiRequest::apiPath({QStringLiteral("service-accounts"), id}));
}

RequestId ServiceAccountsApi::get(const QString& id, QObject* context, ApiCallback<ServiceAccount> callback) const
{
    return run<ServiceAccount>(getRequest(id), context, std::move(callback));
}

ApiRequest ServiceAccountsApi::createRequest(const InstanceServiceAccountRequest& account)
{
    return ApiRequest::post(ApiRequest::apiPath({QStringLiteral("service-accounts")}), json::encode(account));
}

RequestId ServiceAccountsApi::create(const InstanceServiceAccountRequest& account, QObject* context, ApiCallback<ServiceAccount> callback) const
{
    return run<ServiceAccount>(createRequest(account), context, std::move(callback));
}

ApiRequest ServiceAccountsApi::patchRequest(const QString& id, const ServiceAccountPatch& account)
{
    return ApiRequest::patch(ApiRequest::apiPath({QStringLiteral("service-accounts"), id}), json::encode(account));
}

RequestId ServiceAccountsApi::patch(const QString& id, const ServiceAccountPatch& account, QObject* context, ApiCallback<ServiceAccount> callback) const
{
    return run<ServiceAccount>(patchRequest(id, account), context, std::move(callback));
}

ApiRequest ServiceAccountsApi::removeRequest(const QString& id)
{
    return ApiRequest::del(ApiRequest::apiPath({QStringLiteral("service-accounts"), id}));
}

RequestId ServiceAccountsApi::remove(const QString& id, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeRequest(id), context, std::move(callback));
}

ApiRequest ServiceAccountsApi::setSuperAdminRequest(const QString& id, bool superAdmin)
{
    return ApiRequest::patch(ApiRequest::apiPath({QStringLiteral("service-accounts"), id, QStringLiteral("superadmin")}), json::encode(SuperAdminPatch{superAdmin}));
}

RequestId ServiceAccountsApi::setSuperAdmin(const QString& id, bool superAdmin, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(setSuperAdminRequest(id, superAdmin), context, std::move(callback));
}

ApiRequest ServiceAccountsApi::listInTenantRequest(const QString& tenant, const PageQuery& query, const ServerAdapter& adapter)
{
    if (adapter.hasTenantServiceAccountList())
        return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("service-accounts")}), adapter.filterQuery(query));
    // 1.3 has no tenant list of service accounts: tenant access filtered by type.
    QUrlQuery legacy = adapter.filterQuery(query);
    ApiRequest::addQueryItem(legacy, QStringLiteral("type"), QStringLiteral("SERVICE_ACCOUNT"));
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("tenant-access")}), legacy);
}

RequestId ServiceAccountsApi::listInTenant(const QString& tenant, const PageQuery& query, QObject* context, ApiCallback<Page<TenantAccessUser>> callback) const
{
    return run<Page<TenantAccessUser>>(listInTenantRequest(tenant, query, adapter()), context, std::move(callback));
}

ApiRequest ServiceAccountsApi::getInTenantRequest(const QString& tenant, const QString& id)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("service-accounts"), id}));
}

RequestId ServiceAccountsApi::getInTenant(const QString& tenant, const QString& id, QObject* context, ApiCallback<ServiceAccount> callback) const
{
    return run<ServiceAccount>(getInTenantRequest(tenant, id), context, std::move(callback));
}

ApiRequest ServiceAccountsApi::createInTenantRequest(const QString& tenant, const ServiceAccountRequest& account)
{
    return ApiRequest::post(ApiRequest::apiPath({tenant, QStringLiteral("service-accounts")}), json::encode(account));
}

RequestId ServiceAccountsApi::createInTenant(const QString& tenant, const ServiceAccountRequest& account, QObject* context, ApiCallback<ServiceAccount> callback) const
{
    return run<ServiceAccount>(createInTenantRequest(tenant, account), context, std::move(callback));
}

ApiRequest ServiceAccountsApi::updateInTenantRequest(const QString& tenant, const QString& id, const ServiceAccountRequest& account)
{
    return ApiRequest::put(ApiRequest::apiPath({tenant, QStringLiteral("service-accounts"), id}), json::encode(account));
}

RequestId ServiceAccountsApi::updateInTenant(const QString& tenant, const QString& id, const ServiceAccountRequest& account, QObject* context, ApiCallback<ServiceAccount> callback) const
{
    return run<ServiceAccount>(updateInTenantRequest(tenant, id, account), context, std::move(callback));
}

ApiRequest ServiceAccountsApi::removeInTenantRequest(const QString& tenant, const QString& id)
{
    return ApiRequest::del(ApiRequest::apiPath({tenant, QStringLiteral("service-accounts"), id}));
}

RequestId ServiceAccountsApi::removeInTenant(const QString& tenant, const QString& id, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeInTenantRequest(tenant, id), context, std::move(callback));
}

} // namespace ktc::api
