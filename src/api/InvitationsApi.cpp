#include "api/InvitationsApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest InvitationsApi::searchRequest(const QString& tenant, const PageQuery& query, const ServerAdapter& adapter)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("invitations"), QStringLiteral("search")}), adapter.invitationSearchQuery(query));
}

RequestId InvitationsApi::search(const QString& tenant, const PageQuery& query, QObject* context, ApiCallback<Page<Invitation>> callback) const
{
    return run<Page<Invitation>>(searchRequest(tenant, query, adapter()), context, std::move(callback));
}

ApiRequest InvitationsApi::getRequest(const QString& tenant, const QString& id)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("invitations"), id}));
}

RequestId InvitationsApi::get(const QString& tenant, const QString& id, QObject* context, ApiCallback<Invitation> callback) const
{
    return run<Invitation>(getRequest(tenant, id), context, std::move(callback));
}

ApiRequest InvitationsApi::forEmailRequest(const QString& tenant, const QString& email)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("invitations"), QStringLiteral("email"), email}));
}

RequestId InvitationsApi::forEmail(const QString& tenant, const QString& email, QObject* context, ApiCallback<QList<Invitation>> callback) const
{
    return run<QList<Invitation>>(forEmailRequest(tenant, email), context, std::move(callback));
}

ApiRequest InvitationsApi::createRequest(const QString& tenant, const InvitationRequest& invitation)
{
    return ApiRequest::post(ApiRequest::apiPath({tenant, QStringLiteral("invitations")}), json::encode(invitation));
}

RequestId InvitationsApi::create(const QString& tenant, const InvitationRequest& invitation, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(createRequest(tenant, invitation), context, std::move(callback));
}

ApiRequest InvitationsApi::removeRequest(const QString& tenant, const QString& id)
{
    return ApiRequest::del(ApiRequest::apiPath({tenant, QStringLiteral("invitations"), id}));
}

RequestId InvitationsApi::remove(const QString& tenant, const QString& id, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeRequest(tenant, id), context, std::move(callback));
}

} // namespace ktc::api
