#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/Tenant.h"

namespace ktc::api {

// Tenants of the instance (instance owner only): search, read, create, update, delete.
// The static *Request() functions build requests without side effects; the others send them.
class TenantsApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest searchRequest(const PageQuery& query, const ServerAdapter& adapter = {});
    RequestId search(const PageQuery& query, QObject* context, ApiCallback<Page<Tenant>> callback) const;

    static ApiRequest getRequest(const QString& id);
    RequestId get(const QString& id, QObject* context, ApiCallback<Tenant> callback) const;

    static ApiRequest createRequest(const Tenant& tenant);
    RequestId create(const Tenant& tenant, QObject* context, ApiCallback<Tenant> callback) const;

    // PUT of the whole object: start from a GET so unknown fields survive (Tenant::raw).
    static ApiRequest updateRequest(const Tenant& tenant);
    RequestId update(const Tenant& tenant, QObject* context, ApiCallback<Tenant> callback) const;

    static ApiRequest removeRequest(const QString& id);
    RequestId remove(const QString& id, QObject* context, ApiCallback<NoContent> callback) const;
};

} // namespace ktc::api
