#include "models/GroupMemberModel.h"

namespace ktc::models {

void GroupMemberModel::setMemberFetcher(MemberFetcher fetcher, Canceller canceller)
{
    m_memberFetcher = std::move(fetcher);
    m_memberCanceller = std::move(canceller);
    loadGroup();
}

void GroupMemberModel::setGroupId(const QString& groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    if (m_memberFetcher)
        loadGroup();
    else
        columnChanged(Membership);
}

void GroupMemberModel::loadGroup()
{
    if (m_groupId.isEmpty() || !m_memberFetcher) {
        clear();
        return;
    }
    setFetcher(
        [fetcher = m_memberFetcher, groupId = m_groupId](
            const api::PageQuery& query, QObject* context, api::ApiCallback<Page<GroupMember>> callback) {
            return fetcher(groupId, query, context, std::move(callback));
        },
        m_memberCanceller);
}

GroupMembership GroupMemberModel::membershipOf(const GroupMember& member) const
{
    for (const GroupMembershipRef& group : member.groups) {
        if (group.id == m_groupId)
            return group.membership;
    }
    return GroupMembership::Unknown;
}

QString GroupMemberModel::columnTitle(int column) const
{
    switch (column) {
    case DisplayName:
        return tr("Name");
    case Username:
        return tr("Username");
    case Membership:
        return tr("Membership");
    }
    return {};
}

QString GroupMemberModel::sortField(int column) const
{
    switch (column) {
    case DisplayName:
        return QStringLiteral("displayName");
    case Username:
        return QStringLiteral("username");
    }
    return {};
}

QVariant GroupMemberModel::itemData(const GroupMember& member, int column, int role) const
{
    if (role == Qt::ToolTipRole) {
        if (column == Membership && membershipOf(member) == GroupMembership::Owner)
            return tr("Owners manage the group's members");
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case DisplayName:
        return member.displayName.isEmpty() ? member.username : member.displayName;
    case Username:
        return member.username;
    case Membership: {
        const GroupMembership membership = membershipOf(member);
        if (role == RawValueRole)
            return membership == GroupMembership::Unknown ? QVariant() : QVariant(toWireString(membership));
        switch (membership) {
        case GroupMembership::Owner:
            return tr("Owner");
        case GroupMembership::Member:
            return tr("Member");
        case GroupMembership::Unknown:
            return QString();
        }
        return {};
    }
    }
    return {};
}

} // namespace ktc::models
