#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/Binding.h"
#include "api/BindingSearch.h"

namespace ktc::api {

// A tenant's role bindings (immutable: change = delete + create).
// The static *Request() functions build requests without side effects; the others send them.
class BindingsApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest searchRequest(const QString& tenant, const PageQuery& query, const BindingSearch& by, const ServerAdapter& adapter = {});
    RequestId search(const QString& tenant, const PageQuery& query, const BindingSearch& by, QObject* context, ApiCallback<Page<Binding>> callback) const;

    static ApiRequest getRequest(const QString& tenant, const QString& id);
    RequestId get(const QString& tenant, const QString& id, QObject* context, ApiCallback<Binding> callback) const;

    static ApiRequest createRequest(const QString& tenant, const BindingRequest& binding);
    RequestId create(const QString& tenant, const BindingRequest& binding, QObject* context, ApiCallback<Binding> callback) const;

    static ApiRequest createBulkRequest(const QString& tenant, const QList<BindingRequest>& bindings);
    RequestId createBulk(const QString& tenant, const QList<BindingRequest>& bindings, QObject* context, ApiCallback<QList<Binding>> callback) const;

    static ApiRequest removeRequest(const QString& tenant, const QString& id);
    RequestId remove(const QString& tenant, const QString& id, QObject* context, ApiCallback<NoContent> callback) const;
};

} // namespace ktc::api
