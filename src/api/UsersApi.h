#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/User.h"

namespace ktc::api {

// Instance users (instance owner only): accounts, passwords, flags, auth methods, sessions.
// The static *Request() functions build requests without side effects; the others send them.
class UsersApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest listRequest(const PageQuery& query, const ServerAdapter& adapter = {});
    RequestId list(const PageQuery& query, QObject* context, ApiCallback<Page<UserSummary>> callback) const;

    static ApiRequest getRequest(const QString& id);
    RequestId get(const QString& id, QObject* context, ApiCallback<User> callback) const;

    static ApiRequest createRequest(const UserRequest& user);
    RequestId create(const UserRequest& user, QObject* context, ApiCallback<User> callback) const;

    // Full replacement: `groups` replaces every membership.
    static ApiRequest updateRequest(const QString& id, const UserRequest& user);
    RequestId update(const QString& id, const UserRequest& user, QObject* context, ApiCallback<User> callback) const;

    static ApiRequest patchDetailsRequest(const QString& id, const UserDetailsPatch& details);
    RequestId patchDetails(const QString& id, const UserDetailsPatch& details, QObject* context, ApiCallback<User> callback) const;

    static ApiRequest removeRequest(const QString& id);
    RequestId remove(const QString& id, QObject* context, ApiCallback<NoContent> callback) const;

    static ApiRequest setPasswordRequest(const QString& id, const UserPasswordPatch& password);
    RequestId setPassword(const QString& id, const UserPasswordPatch& password, QObject* context, ApiCallback<User> callback) const;

    static ApiRequest setSuperAdminRequest(const QString& id, bool superAdmin);
    RequestId setSuperAdmin(const QString& id, bool superAdmin, QObject* context, ApiCallback<NoContent> callback) const;

    static ApiRequest setRestrictedRequest(const QString& id, bool restricted);
    RequestId setRestricted(const QString& id, bool restricted, QObject* context, ApiCallback<NoContent> callback) const;

    static ApiRequest removeAuthRequest(const QString& id, const QString& authId);
    RequestId removeAuth(const QString& id, const QString& authId, QObject* context, ApiCallback<User> callback) const;

    static ApiRequest revokeSessionsRequest(const QString& id);
    RequestId revokeSessions(const QString& id, QObject* context, ApiCallback<NoContent> callback) const;
};

} // namespace ktc::api
