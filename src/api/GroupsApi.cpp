#include "api/GroupsApi.h"

#include "core/Json.h"

namespace ktc::api {

ApiRequest GroupsApi::searchRequest(const QString& tenant, const PageQuery& query, const ServerAdapter& adapter)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("groups"), QStringLiteral("search")}), adapter.searchQuery(query));
}

RequestId GroupsApi::search(const QString& tenant, const PageQuery& query, QObject* context, ApiCallback<Page<GroupSummary>> callback) const
{
    return run<Page<GroupSummary>>(searchRequest(tenant, query, adapter()), context, std::move(callback));
}

ApiRequest GroupsApi::getRequest(const QString& tenant, const QString& id)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("groups"), id}));
}

RequestId GroupsApi::get(const QString& tenant, const QString& id, QObject* context, ApiCallback<Group> callback) const
{
    return run<Group>(getRequest(tenant, id), context, std::move(callback));
}

ApiRequest GroupsApi::createRequest(const QString& tenant, const GroupCreateRequest& group)
{
    return ApiRequest::post(ApiRequest::apiPath({tenant, QStringLiteral("groups")}), json::encode(group));
}

RequestId GroupsApi::create(const QString& tenant, const GroupCreateRequest& group, QObject* context, ApiCallback<Group> callback) const
{
    return run<Group>(createRequest(tenant, group), context, std::move(callback));
}

ApiRequest GroupsApi::updateRequest(const QString& tenant, const QString& id, const GroupUpdateRequest& group)
{
    return ApiRequest::put(ApiRequest::apiPath({tenant, QStringLiteral("groups"), id}), json::encode(group));
}

RequestId GroupsApi::update(const QString& tenant, const QString& id, const GroupUpdateRequest& group, QObject* context, ApiCallback<Group> callback) const
{
    return run<Group>(updateRequest(tenant, id, group), context, std::move(callback));
}

ApiRequest GroupsApi::removeRequest(const QString& tenant, const QString& id)
{
    return ApiRequest::del(ApiRequest::apiPath({tenant, QStringLiteral("groups"), id}));
}

RequestId GroupsApi::remove(const QString& tenant, const QString& id, QObject* context, ApiCallback<NoContent> callback) const
{
    return run<NoContent>(removeRequest(tenant, id), context, std::move(callback));
}

ApiRequest GroupsApi::membersRequest(const QString& tenant, const QString& groupId, const PageQuery& query, const ServerAdapter& adapter)
{
    return ApiRequest::get(ApiRequest::apiPath({tenant, QStringLiteral("groups"), groupId, QStringLiteral("members")}), adapter.filterQuery(query));
}

RequestId GroupsApi::members(const QString& tenant, const QString& groupId, const PageQuery& query, QObject* context, ApiCallback<Page<GroupMember>> callback) const
{
    return run<Page<GroupMember>>(membersRequest(tenant, groupId, query, adapter()), context, std::move(callback));
}

ApiRequest GroupsApi::addMemberRequest(const QString& tenant, const QString& groupId, const QString& userId)
{
    return ApiRequest::put(ApiRequest::apiPath({tenant, QStringLiteral("groups"), groupId, QStringLiteral("members"), userId}));
}

RequestId GroupsApi::addMember(const QString& tenant, const QString& groupId, const QString& userId, QObject* context, ApiCallback<GroupMember> callback) const
{
    return run<GroupMember>(addMemberRequest(tenant, groupId, userId), context, std::move(callback));
}

ApiRequest GroupsApi::removeMemberRequest(const QString& tenant, const QString& groupId, const QString& userId)
{
    return ApiRequest::del(ApiRequest::apiPath({tenant, QStringLiteral("groups"), groupId, QStringLiteral("members"), userId}));
}

RequestId GroupsApi::removeMember(const QString& tenant, const QString& groupId, const QString& userId, QObject* context, ApiCallback<GroupMember> callback) const
{
    return run<GroupMember>(removeMemberRequest(tenant, groupId, userId), context, std::move(callback));
}

ApiRequest GroupsApi::setMembershipRequest(const QString& tenant, const QString& groupId, const QString& userId, GroupMembership membership)
{
    ApiRequest request = ApiRequest::put(ApiRequest::apiPath({tenant, QStringLiteral("groups"), groupId, QStringLiteral("members"), QStringLiteral("membership"), userId}));
    ApiRequest::addQueryItem(request.query, QStringLiteral("membership"), ktc::toWireString(membership));
    return request;
}

RequestId GroupsApi::setMembership(const QString& tenant, const QString& groupId, const QString& userId, GroupMembership membership, QObject* context, ApiCallback<GroupMember> callback) const
{
    return run<GroupMember>(setMembershipRequest(tenant, groupId, userId, membership), context, std::move(callback));
}

} // namespace ktc::api
