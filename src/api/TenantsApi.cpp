#include "api/TenantsApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest TenantsApi::searchRequest(const PageQuery& query, const ServerAdapter& adapter)
{
    return ApiRequest::get(ApiRequest::apiPath({QStringLiteral("tenants"), QStringLiteral("search")}), adapter.searchQuery(query));
}

RequestId TenantsApi::search(const PageQuery& query, QObject* context, ApiCallback<Page<Tenant>> callback) const
{
    return run<Page<Tenant>>(searchRequest(query, adapter()), context, std::move(callback));
}

ApiRequest TenantsApi::getRequest(const QString& id)
{
    return ApiRequest::get(ApiRequest::apiPath({QStringLiteral("tenants"), id}));
}

RequestId TenantsApi::get(const QString& id, QObject* context, ApiCallback<Tenant> callback) const
{
    return run<Tenant>(getRequest(id), context, std::move(callback));
}

ApiRequest TenantsApi::createRequest(const Tenant& tenant)
{
    return ApiRequest::post(ApiRequest::apiPath({QStringLiteral("tenants")}), json::encode(tenant));
}

RequestId TenantsApi::create(const Tenant& tenant, QObject* context, ApiCallback<Tenant> callback) const
{
    return run<Tenant>(createRequest(tenant), context, std::move(callback));
}

ApiRequest TenantsApi::updateRequest(const Tenant& tenant)
{
    return ApiRequest::put(ApiRequest::apiPath({QStringLiteral("tenants"), tenant.id}), json::encode(tenant));
}

RequestId TenantsApi::update(const Tenant& tenant, QObject* context, ApiCallback<Tenant> callback) const
{
    return run<Tenant>(updateRequest(tenant), context, std::move(callback));
}

ApiRequest TenantsApi::removeRequest(const QString& id)
{
    return ApiRequest::del(ApiRequest::apiPath({QStringLiteral("tenants"), id}));
}

RequestId TenantsApi::remove(const QString& id, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeRequest(id), context, std::move(callback));
}

} // namespace ktc::api
