#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace ktc {

// Resource name -> action names, e.g. {"FLOW": ["VIEW", "LIST"]} (2.0) or {"FLOW": ["READ"]} (1.x).
using PermissionMap = QMap<QString, QStringList>;

// A row of role search (`ApiRoleSummary`).
struct RoleSummary
{
    QString id;
    QString name;
    bool isDefault = false;
    bool isManaged = false;
    int permissionCount = 0; // 2.0
    bool operator==(const RoleSummary&) const = default;
};

// A role with its permissions (`ApiRoleDetail`).
struct Role
{
    QString id;
    QString name;
    QString description;
    PermissionMap permissions;
    bool isDefault = false;
    bool isManaged = false;
    bool operator==(const Role&) const = default;
};

// Body of POST/PUT /api/v1/{tenant}/roles (`ApiRoleCreateOrUpdateRequest`).
struct RoleRequest
{
    QString name;
    QString description;
    PermissionMap permissions;
    bool isDefault = false;
    bool operator==(const RoleRequest&) const = default;
};

// Reply of GET /api/v1/{tenant}/acls/permissions: every resource and its valid actions.
struct PermissionCatalog
{
    PermissionMap actionsByResource;
    bool operator==(const PermissionCatalog&) const = default;
};

// Reply of GET /api/v1/{tenant}/acls/templates: managed role name -> its permissions.
struct RoleTemplates
{
    QMap<QString, PermissionMap> templates;
    bool operator==(const RoleTemplates&) const = default;
};

} // namespace ktc
