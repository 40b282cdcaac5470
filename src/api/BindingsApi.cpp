#include "api/BindingsApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest BindingsApi::searchRequest(const QString& tenant, const PageQuery& query, const BindingSearch& by, const ServerAdapter& adapter)
{
    QUrlQuery q = adapter.searchQuery(query);
    if (by.type != BindingType::Unknown)
        ApiRequest::addQueryItem(q, QStringLiteral("type"), ktc::toWireString(by.type));
    if (!by.externalId.isEmpty())
        ApiRequest::addQueryItem(q, QStringLiteral("id"), by.externalId);
    if (!by.namespaceId.isEmpty())
        ApiRequest::addQueryItem(q, QStringLiteral("namespace"), by.namespaceId);
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("bindings"), QStringLiteral("search")}), q);
}

RequestId BindingsApi::search(const QString& tenant, const PageQuery& query, const BindingSearch& by, QObject* context, ApiCallback<Page<Binding>> callback) const
{
    return run<Page<Binding>>(searchRequest(tenant, query, by, adapter()), context, std::move(callback));
}

ApiRequest BindingsApi::getRequest(const QString& tenant, const QString& id)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("bindings"), id}));
}

RequestId BindingsApi::get(const QString& tenant, const QString& id, QObject* context, ApiCallback<Binding> callback) const
{
    return run<Binding>(getRequest(tenant, id), context, std::move(callback));
}

ApiRequest BindingsApi::createRequest(const QString& tenant, const BindingRequest& binding)
{
    return ApiRequest::post(ApiRequest::apiPath({tenant, QStringLiteral("bindings")}), json::encode(binding));
}

RequestId BindingsApi::create(const QString& tenant, const BindingRequest& binding, QObject* context, ApiCallback<Binding> callback) const
{
    return run<Binding>(createRequest(tenant, binding), context, std::move(callback));
}

ApiRequest BindingsApi::createBulkRequest(const QString& tenant, const QList<BindingRequest>& bindings)
{
    return ApiRequest::post(ApiRequest::apiPath({tenant, QStringLiteral("bindings"), QStringLiteral("bulk")}), json::encode(bindings));
}

RequestId BindingsApi::createBulk(const QString& tenant, const QList<BindingRequest>& bindings, QObject* context, ApiCallback<QList<Binding>> callback) const
{
    return run<QList<Binding>>(createBulkRequest(tenant, bindings), context, std::move(callback));
}

ApiRequest BindingsApi::removeRequest(const QString& tenant, const QString& id)
{
    return ApiRequest::del(ApiRequest::apiPath({tenant, QStringLiteral("bindings"), id}));
}

RequestId BindingsApi::remove(const QString& tenant, const QString& id, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeRequest(tenant, id), context, std::move(callback));
}

} // namespace ktc::api
