#include "core/Json.h"

#include <QCoreApplication>

namespace ktc::json {

namespace {
QString notYet() { return QCoreApplication::translate("ktc::json", "JSON codec not implemented yet"); }
} // namespace

#define KTC_JSON_STUB(T)                                                                           \
    template <> Result<T> decode<T>(const QByteArray&) { return Result<T>::failure(notYet()); }    \
    template <> Result<Page<T>> decode<Page<T>>(const QByteArray&) { return Result<Page<T>>::failure(notYet()); } \
    template <> Result<QList<T>> decode<QList<T>>(const QByteArray&) { return Result<QList<T>>::failure(notYet()); } \
    QByteArray encode(const T&) { return {}; }                                                     \
    QByteArray encode(const Page<T>&) { return {}; }                                               \
    QByteArray encode(const QList<T>&) { return {}; }

KTC_JSON_STUB(Tenant)
KTC_JSON_STUB(TenantRef)
KTC_JSON_STUB(UserSummary)
KTC_JSON_STUB(User)
KTC_JSON_STUB(UserRequest)
KTC_JSON_STUB(UserDetailsPatch)
KTC_JSON_STUB(UserPasswordPatch)
KTC_JSON_STUB(PasswordChangeRequest)
KTC_JSON_STUB(SuperAdminPatch)
KTC_JSON_STUB(RestrictedPatch)
KTC_JSON_STUB(Me)
KTC_JSON_STUB(TenantAccessUser)
KTC_JSON_STUB(TenantAccess)
KTC_JSON_STUB(TenantAccessCreateRequest)
KTC_JSON_STUB(UserGroupsRequest)
KTC_JSON_STUB(Autocomplete)
KTC_JSON_STUB(Ids)
KTC_JSON_STUB(ServiceAccount)
KTC_JSON_STUB(ServiceAccountRequest)
KTC_JSON_STUB(InstanceServiceAccountRequest)
KTC_JSON_STUB(ServiceAccountPatch)
KTC_JSON_STUB(ApiToken)
KTC_JSON_STUB(ApiTokenList)
KTC_JSON_STUB(CreateApiTokenRequest)
KTC_JSON_STUB(CreatedApiToken)
KTC_JSON_STUB(GroupSummary)
KTC_JSON_STUB(Group)
KTC_JSON_STUB(GroupCreateRequest)
KTC_JSON_STUB(GroupUpdateRequest)
KTC_JSON_STUB(GroupMember)
KTC_JSON_STUB(RoleSummary)
KTC_JSON_STUB(Role)
KTC_JSON_STUB(RoleRequest)
KTC_JSON_STUB(PermissionCatalog)
KTC_JSON_STUB(RoleTemplates)
KTC_JSON_STUB(Binding)
KTC_JSON_STUB(BindingRequest)
KTC_JSON_STUB(Invitation)
KTC_JSON_STUB(InvitationRequest)
KTC_JSON_STUB(ServerConfig)
KTC_JSON_STUB(WorkerGroup)
KTC_JSON_STUB(ErrorBody)

} // namespace ktc::json
