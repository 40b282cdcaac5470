#pragma once

#include "api/ResourceApi.h"
#include "api/PageQuery.h"
#include "core/Group.h"

namespace ktc::api {

// A tenant's groups and their members (owner or member).
// The static *Request() functions build requests without side effects; the others send them.
class GroupsApi : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    static ApiRequest searchRequest(const QString& tenant, const PageQuery& query, const ServerAdapter& adapter = {});
    RequestId search(const QString& tenant, const PageQuery& query, QObject* context, ApiCallback<Page<GroupSummary>> callback) const;

    static ApiRequest getRequest(const QString& tenant, const QString& id);
    RequestId get(const QString& tenant, const QString& id, QObject* context, ApiCallback<Group> callback) const;

    static ApiRequest createRequest(const QString& tenant, const GroupCreateRequest& group);
    RequestId create(const QString& tenant, const GroupCreateRequest& group, QObject* context, ApiCallback<Group> callback) const;

    static ApiRequest updateRequest(const QString& tenant, const QString& id, const GroupUpdateRequest& group);
    RequestId update(const QString& tenant, const QString& id, const GroupUpdateRequest& group, QObject* context, ApiCallback<Group> callback) const;

    static ApiRequest removeRequest(const QString& tenant, const QString& id);
    RequestId remove(const QString& tenant, const QString& id, QObject* context, ApiCallback<NoContent> callback) const;

    static ApiRequest membersRequest(const QString& tenant, const QString& groupId, const PageQuery& query, const ServerAdapter& adapter = {});
    RequestId members(const QString& tenant, const QString& groupId, const PageQuery& query, QObject* context, ApiCallback<Page<GroupMember>> callback) const;

    // Kestra 2.0 wants tenant access first (TenantAccessApi::grant).
    static ApiRequest addMemberRequest(const QString& tenant, const QString& groupId, const QString& userId);
    RequestId addMember(const QString& tenant, const QString& groupId, const QString& userId, QObject* context, ApiCallback<GroupMember> callback) const;

    static ApiRequest removeMemberRequest(const QString& tenant, const QString& groupId, const QString& userId);
    RequestId removeMember(const QString& tenant, const QString& groupId, const QString& userId, QObject* context, ApiCallback<GroupMember> callback) const;

    static ApiRequest setMembershipRequest(const QString& tenant, const QString& groupId, const QString& userId, GroupMembership membership);
    RequestId setMembership(const QString& tenant, const QString& groupId, const QString& userId, GroupMembership membership, QObject* context, ApiCallback<GroupMember> callback) const;
};

} // namespace ktc::api
