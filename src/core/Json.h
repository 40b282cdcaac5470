#pragma once

#include "core/ApiToken.h"
#include "core/Binding.h"
#include "core/ErrorBody.h"
#include "core/Group.h"
#include "core/Invitation.h"
#include "core/Me.h"
#include "core/Page.h"
#include "core/Result.h"
#include "core/Role.h"
#include "core/ServerConfig.h"
#include "core/ServiceAccount.h"
#include "core/Tenant.h"
#include "core/TenantAccess.h"
#include "core/User.h"
#include "core/WorkerGroup.h"

#include <QByteArray>
#include <QList>

// JSON codecs of the Kestra EE API types, both directions (the sandbox server decodes requests
// and encodes replies with the same code the console uses the other way round).
//
// decode<T>(bytes) never throws: malformed input, wrong types and missing required fields give
// Result::failure with the field path, e.g. "results[3].name: expected a string, got number".
// Unknown fields are ignored, null counts as absent for optional fields. Bodies over
// kMaxBodyBytes, nesting over kMaxDepth and strings over kMaxStringBytes are refused.
//
// encode(x) emits the schema fields only. encode(Tenant) starts from Tenant::raw, so fields this
// console does not model survive a read-modify-PUT.
namespace ktc::json {

inline constexpr qsizetype kMaxBodyBytes = 32 * 1024 * 1024;
inline constexpr int kMaxDepth = 64;
inline constexpr qsizetype kMaxStringBytes = 512 * 1024;

template <class T>
Result<T> decode(const QByteArray& json);

#define KTC_JSON_DECLARE_CODEC(T)                                                                  \
    template <> Result<T> decode<T>(const QByteArray& json);                                       \
    template <> Result<Page<T>> decode<Page<T>>(const QByteArray& json);                           \
    template <> Result<QList<T>> decode<QList<T>>(const QByteArray& json);                         \
    QByteArray encode(const T& value);                                                             \
    QByteArray encode(const Page<T>& value);                                                       \
    QByteArray encode(const QList<T>& value);

// Tenants, users, /me
KTC_JSON_DECLARE_CODEC(Tenant)
KTC_JSON_DECLARE_CODEC(TenantRef)
KTC_JSON_DECLARE_CODEC(UserSummary)
KTC_JSON_DECLARE_CODEC(User)
KTC_JSON_DECLARE_CODEC(UserRequest)
KTC_JSON_DECLARE_CODEC(UserDetailsPatch)
KTC_JSON_DECLARE_CODEC(UserPasswordPatch)
KTC_JSON_DECLARE_CODEC(PasswordChangeRequest)
KTC_JSON_DECLARE_CODEC(SuperAdminPatch)
KTC_JSON_DECLARE_CODEC(RestrictedPatch)
KTC_JSON_DECLARE_CODEC(Me)
// Tenant access
KTC_JSON_DECLARE_CODEC(TenantAccessUser)
KTC_JSON_DECLARE_CODEC(TenantAccess)
KTC_JSON_DECLARE_CODEC(TenantAccessCreateRequest)
KTC_JSON_DECLARE_CODEC(UserGroupsRequest)
KTC_JSON_DECLARE_CODEC(Autocomplete)
KTC_JSON_DECLARE_CODEC(Ids)
// Service accounts and tokens
KTC_JSON_DECLARE_CODEC(ServiceAccount)
KTC_JSON_DECLARE_CODEC(ServiceAccountRequest)
KTC_JSON_DECLARE_CODEC(InstanceServiceAccountRequest)
KTC_JSON_DECLARE_CODEC(ServiceAccountPatch)
KTC_JSON_DECLARE_CODEC(ApiToken)
KTC_JSON_DECLARE_CODEC(ApiTokenList)
KTC_JSON_DECLARE_CODEC(CreateApiTokenRequest)
KTC_JSON_DECLARE_CODEC(CreatedApiToken)
// Groups, roles, bindings, invitations
KTC_JSON_DECLARE_CODEC(GroupSummary)
KTC_JSON_DECLARE_CODEC(Group)
KTC_JSON_DECLARE_CODEC(GroupCreateRequest)
KTC_JSON_DECLARE_CODEC(GroupUpdateRequest)
KTC_JSON_DECLARE_CODEC(GroupMember)
KTC_JSON_DECLARE_CODEC(RoleSummary)
KTC_JSON_DECLARE_CODEC(Role)
KTC_JSON_DECLARE_CODEC(RoleRequest)
KTC_JSON_DECLARE_CODEC(PermissionCatalog)
KTC_JSON_DECLARE_CODEC(RoleTemplates)
KTC_JSON_DECLARE_CODEC(Binding)
KTC_JSON_DECLARE_CODEC(BindingRequest)
KTC_JSON_DECLARE_CODEC(Invitation)
KTC_JSON_DECLARE_CODEC(InvitationRequest)
// Server
KTC_JSON_DECLARE_CODEC(ServerConfig)
KTC_JSON_DECLARE_CODEC(WorkerGroup) // QList<WorkerGroup> also accepts 2.0's {"workerGroups": [...]}
KTC_JSON_DECLARE_CODEC(ErrorBody)

#undef KTC_JSON_DECLARE_CODEC

} // namespace ktc::json
