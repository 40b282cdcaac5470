#include "core/Binding.h"
#include "core/ConnectionProfile.h"
#include "core/Group.h"
#include "core/Invitation.h"
#include "core/Tenant.h"
#include "core/TenantAccess.h"
#include "core/User.h"

#include <array>
#include <utility>

namespace ktc {

namespace {

template <class E, std::size_t N>
QString textOf(const std::array<std::pair<E, const char16_t*>, N>& table, E value)
{
    for (const auto& [v, text] : table) {
        if (v == value)
            return QString::fromUtf16(text);
    }
    return QStringLiteral("UNKNOWN");
}

// Wire values are upper case; compare exactly so that a round trip is lossless.
template <class E, std::size_t N>
E valueOf(const std::array<std::pair<E, const char16_t*>, N>& table, QStringView text)
{
    for (const auto& [v, t] : table) {
        if (text == QStringView(t))
            return v;
    }
    return E::Unknown;
}

constexpr std::array<std::pair<WorkerSelectorMatch, const char16_t*>, 2> kMatch{{
    {WorkerSelectorMatch::All, u"ALL"},
    {WorkerSelectorMatch::Any, u"ANY"},
}};
constexpr std::array<std::pair<WorkerFallback, const char16_t*>, 4> kFallback{{
    {WorkerFallback::Fail, u"FAIL"},
    {WorkerFallback::Wait, u"WAIT"},
    {WorkerFallback::Cancel, u"CANCEL"},
    {WorkerFallback::Ignore, u"IGNORE"},
}};
constexpr std::array<std::pair<ConcurrencyBehavior, const char16_t*>, 3> kConcurrency{{
    {ConcurrencyBehavior::Queue, u"QUEUE"},
    {ConcurrencyBehavior::Cancel, u"CANCEL"},
    {ConcurrencyBehavior::Fail, u"FAIL"},
}};
constexpr std::array<std::pair<QuotaBehavior, const char16_t*>, 2> kQuota{{
    {QuotaBehavior::Fail, u"FAIL"},
    {QuotaBehavior::Cancel, u"CANCEL"},
}};
constexpr std::array<std::pair<UserType, const char16_t*>, 2> kUserType{{
    {UserType::Standard, u"STANDARD"},
    {UserType::ServiceAccount, u"SERVICE_ACCOUNT"},
}};
constexpr std::array<std::pair<RoleOrigin, const char16_t*>, 2> kOrigin{{
    {RoleOrigin::Binding, u"BINDING"},
    {RoleOrigin::Group, u"GROUP"},
}};
constexpr std::array<std::pair<GroupMembership, const char16_t*>, 2> kMembership{{
    {GroupMembership::Owner, u"OWNER"},
    {GroupMembership::Member, u"MEMBER"},
}};
constexpr std::array<std::pair<BindingType, const char16_t*>, 2> kBindingType{{
    {BindingType::User, u"USER"},
    {BindingType::Group, u"GROUP"},
}};
constexpr std::array<std::pair<InvitationStatus, const char16_t*>, 3> kInvitation{{
    {InvitationStatus::Pending, u"PENDING"},
    {InvitationStatus::Accepted, u"ACCEPTED"},
    {InvitationStatus::Expired, u"EXPIRED"},
}};

} // namespace

QString toWireString(WorkerSelectorMatch value) { return textOf(kMatch, value); }
QString toWireString(WorkerFallback value) { return textOf(kFallback, value); }
QString toWireString(ConcurrencyBehavior value) { return textOf(kConcurrency, value); }
QString toWireString(QuotaBehavior value) { return textOf(kQuota, value); }
QString toWireString(UserType value) { return textOf(kUserType, value); }
QString toWireString(RoleOrigin value) { return textOf(kOrigin, value); }
QString toWireString(GroupMembership value) { return textOf(kMembership, value); }
QString toWireString(BindingType value) { return textOf(kBindingType, value); }
QString toWireString(InvitationStatus value) { return textOf(kInvitation, value); }

template <> WorkerSelectorMatch fromString<WorkerSelectorMatch>(QStringView t) { return valueOf(kMatch, t); }
template <> WorkerFallback fromString<WorkerFallback>(QStringView t) { return valueOf(kFallback, t); }
template <> ConcurrencyBehavior fromString<ConcurrencyBehavior>(QStringView t) { return valueOf(kConcurrency, t); }
template <> QuotaBehavior fromString<QuotaBehavior>(QStringView t) { return valueOf(kQuota, t); }
template <> UserType fromString<UserType>(QStringView t) { return valueOf(kUserType, t); }
template <> RoleOrigin fromString<RoleOrigin>(QStringView t) { return valueOf(kOrigin, t); }
template <> GroupMembership fromString<GroupMembership>(QStringView t) { return valueOf(kMembership, t); }
template <> BindingType fromString<BindingType>(QStringView t) { return valueOf(kBindingType, t); }
template <> InvitationStatus fromString<InvitationStatus>(QStringView t) { return valueOf(kInvitation, t); }

QString toWireString(ConnectionProfile::AuthKind kind)
{
    return kind == ConnectionProfile::AuthKind::Basic ? QStringLiteral("basic") : QStringLiteral("token");
}

} // namespace ktc
