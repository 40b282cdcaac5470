#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/Invitation.h"

namespace ktc::api {

// Invitations into a tenant, for admins who cannot create instance users.
// The static *Request() functions build requests without side effects; the others send them.
class InvitationsApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest searchRequest(const QString& tenant, const PageQuery& query, const ServerAdapter& adapter = {});
    RequestId search(const QString& tenant, const PageQuery& query, QObject* context, ApiCallback<Page<Invitation>> callback) const;

    static ApiRequest getRequest(const QString& tenant, const QString& id);
    RequestId get(const QString& tenant, const QString& id, QObject* context, ApiCallback<Invitation> callback) const;

    static ApiRequest forEmailRequest(const QString& tenant, const QString& email);
    RequestId forEmail(const QString& tenant, const QString& email, QObject* context, ApiCallback<QList<Invitation>> callback) const;

    // 201: invitation sent; 204: the user existed and was granted access directly.
    static ApiRequest createRequest(const QString& tenant, const InvitationRequest& invitation);
    RequestId create(const QString& tenant, const InvitationRequest& invitation, QObject* context, ApiCallback<NoContent> callback) const;

    static ApiRequest removeRequest(const QString& tenant, const QString& id);
    RequestId remove(const QString& tenant, const QString& id, QObject* context, ApiCallback<NoContent> callback) const;
};

} // namespace ktc::api
