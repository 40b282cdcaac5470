#pragma once

#include "core/EnumText.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ktc {

enum class RoleOrigin { Unknown, Binding, Group };
QString toWireString(RoleOrigin value);
template <> RoleOrigin fromString<RoleOrigin>(QStringView text);

// A group as listed in a tenant access; `external` = synced from SCIM/SSO.
struct TenantAccessGroup
{
    QString id;
    QString name;
    bool external = false;
    bool operator==(const TenantAccessGroup&) const = default;
};

struct TenantAccessAuth
{
    QString name;
    QString type;
    bool operator==(const TenantAccessAuth&) const = default;
};

// A user (or service account) who has access to a tenant (`ApiUserTenantAccess`).
struct TenantAccessUser
{
    QString id;
    QString username;
    QString displayName;
    QString description;
    QList<TenantAccessGroup> groups;
    QList<TenantAccessAuth> auths;
    bool operator==(const TenantAccessUser&) const = default;
};

// The actions one role grants on one resource (2.0 `resource`, 1.3 `permission`).
struct PermissionGrant
{
    QString resource;
    QStringList actions;
    bool operator==(const PermissionGrant&) const = default;
};

// An effective role of a user in a tenant and where it comes from (a binding or a group).
struct RoleAssignment
{
    QString id;
    QString name;
    QString namespaceId; // JSON `namespace`; empty = whole tenant
    RoleOrigin origin = RoleOrigin::Unknown;
    QString sourceId;
    QList<PermissionGrant> permissions;
    bool operator==(const RoleAssignment&) const = default;
};

// A user's effective access to one tenant (`ApiTenantAccess`).
struct TenantAccess
{
    QString tenantId;
    QString userId;
    QString username;
    QString displayName;
    bool instanceOwner = false; // `superAdmin` or `instanceOwner`
    QList<TenantAccessGroup> groups;
    QList<RoleAssignment> roles;
    bool operator==(const TenantAccess&) const = default;
};

// Body of POST /api/v1/{tenant}/tenant-access.
struct TenantAccessCreateRequest
{
    QString email;
    bool operator==(const TenantAccessCreateRequest&) const = default;
};

// Body of PUT /api/v1/{tenant}/users/{id}/groups: the complete list of the user's groups.
struct UserGroupsRequest
{
    QStringList groupIds;
    bool operator==(const UserGroupsRequest&) const = default;
};

// Body of the */autocomplete endpoints (`ApiAutocomplete`).
struct Autocomplete
{
    std::optional<QString> q;
    QStringList ids;
    bool existingOnly = false;
    bool operator==(const Autocomplete&) const = default;
};

// Body of the */ids endpoints (`ApiIds`).
struct Ids
{
    QStringList ids;
    bool operator==(const Ids&) const = default;
};

} // namespace ktc
