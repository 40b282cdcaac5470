#pragma once

#include "core/EnumText.h"
#include "core/User.h"

#include <QString>

#include <optional>

namespace ktc {

enum class BindingType { Unknown, User, Group };
QString toWireString(BindingType value);
template <> BindingType fromString<BindingType>(QStringView text);

struct BindingRole
{
    QString id;
    QString name;
    bool operator==(const BindingRole&) const = default;
};

struct BindingGroup
{
    QString id;
    QString name;
    bool operator==(const BindingGroup&) const = default;
};

struct BindingUser
{
    QString id;
    QString username;
    QString displayName;
    UserType type = UserType::Unknown;
    bool operator==(const BindingUser&) const = default;
};

// A role granted to a user, service account or group, tenant-wide or on a namespace
// (`ApiBindingDetail`). Bindings are immutable: create and delete only.
struct Binding
{
    QString id;
    BindingType type = BindingType::Unknown;
    QString namespaceId; // JSON `namespace`; empty = whole tenant
    BindingRole role;
    std::optional<BindingGroup> group;
    std::optional<BindingUser> user;
    bool operator==(const Binding&) const = default;
};

// Body of POST /api/v1/{tenant}/bindings (`ApiCreateBindingRequest`).
struct BindingRequest
{
    BindingType type = BindingType::User;
    QString externalId; // user, service account or group id
    QString roleId;
    std::optional<QString> namespaceId; // nullopt = whole tenant
    bool operator==(const BindingRequest&) const = default;
};

} // namespace ktc
