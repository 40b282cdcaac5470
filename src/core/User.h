#pragma once

#include "core/EnumText.h"
#include "core/SecretString.h"
#include "core/Tenant.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ktc {

enum class UserType { Unknown, Standard, ServiceAccount };
QString toWireString(UserType value);
template <> UserType fromString<UserType>(QStringView text);

// One authentication method of a user (basic auth, OIDC, LDAP...); `type` is free text.
struct AuthMethod
{
    QString id;
    QString name;
    QString type;
    bool operator==(const AuthMethod&) const = default;
};

// A group membership as listed on an instance user: group id and the tenant it lives in.
struct UserGroupRef
{
    QString id;
    QString tenantId;
    bool operator==(const UserGroupRef&) const = default;
};

// A row of the instance user list (`IAMUserController.ApiUserSummary`).
struct UserSummary
{
    QString id;
    QString username;
    QString displayName;
    QList<TenantRef> tenants;
    QList<AuthMethod> auths;
    bool instanceOwner = false; // `superAdmin` or 2.0 GA's `instanceOwner`
    bool operator==(const UserSummary&) const = default;
};

// An instance user (`IAMUserController.ApiUser`).
struct User
{
    QString id;
    QString username;
    QString displayName;
    QString firstName;
    QString lastName;
    QString email;
    QList<TenantRef> tenants;
    QList<AuthMethod> auths;
    QList<UserGroupRef> groups;
    bool instanceOwner = false; // `superAdmin` or `instanceOwner`, true if either is
    bool restricted = false;
    bool operator==(const User&) const = default;
};

// Body of POST/PUT /api/v1/users (`ApiCreateOrUpdateUserRequest`). `groups` replaces all
// memberships on PUT. No password means "leave the basic-auth method alone".
struct UserRequest
{
    QString email;
    QString firstName;
    QString lastName;
    std::optional<SecretString> password;
    QStringList tenants;
    QStringList groups;
    bool superAdmin = false;
    bool restricted = false;
    bool operator==(const UserRequest&) const = default;
};

// Body of PATCH /api/v1/users/{id} and PATCH /api/v1/me (`ApiUserDetailsRequest`).
struct UserDetailsPatch
{
    QString firstName;
    QString lastName;
    QString email;
    bool operator==(const UserDetailsPatch&) const = default;
};

// Body of PATCH /api/v1/users/{id}/password.
struct UserPasswordPatch
{
    SecretString password;
    bool operator==(const UserPasswordPatch&) const = default;
};

// Body of PUT /api/v1/me/password.
struct PasswordChangeRequest
{
    SecretString oldPassword;
    SecretString newPassword;
    bool operator==(const PasswordChangeRequest&) const = default;
};

// Body of PATCH /api/v1/users/{id}/superadmin and /api/v1/service-accounts/{id}/superadmin.
struct SuperAdminPatch
{
    bool superAdmin = false;
    bool operator==(const SuperAdminPatch&) const = default;
};

// Body of PATCH /api/v1/users/{id}/restricted.
struct RestrictedPatch
{
    bool restricted = false;
    bool operator==(const RestrictedPatch&) const = default;
};

} // namespace ktc
