#pragma once

#include "core/EnumText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ktc {

enum class GroupMembership { Unknown, Owner, Member };
QString toWireString(GroupMembership value);
template <> GroupMembership fromString<GroupMembership>(QStringView text);

// A row of group search, autocomplete and ids (`ApiGroupSummary`).
struct GroupSummary
{
    QString id;
    QString name;
    QString description;
    QString securityIntegrationName; // set when synced from SCIM
    bool operator==(const GroupSummary&) const = default;
};

// A group as returned by create/get/update (`ApiGroupDetail`).
struct Group
{
    QString id;
    QString name;
    QString description;
    bool operator==(const Group&) const = default;
};

// Body of POST /api/v1/{tenant}/groups (`ApiCreateGroupRequest`).
struct GroupCreateRequest
{
    QString name;
    QString description;
    QStringList membersId;
    bool operator==(const GroupCreateRequest&) const = default;
};

// Body of PUT /api/v1/{tenant}/groups/{id} (`ApiUpdateGroupRequest`).
struct GroupUpdateRequest
{
    QString name;
    QString description;
    bool operator==(const GroupUpdateRequest&) const = default;
};

struct GroupMembershipRef
{
    QString id;
    QString name;
    bool external = false;
    GroupMembership membership = GroupMembership::Unknown;
    bool operator==(const GroupMembershipRef&) const = default;
};

// A member of a group (`ApiGroupMember`) with all of their groups in the tenant.
struct GroupMember
{
    QString id;
    QString username;
    QString displayName;
    QList<GroupMembershipRef> groups;
    bool operator==(const GroupMember&) const = default;
};

} // namespace ktc
