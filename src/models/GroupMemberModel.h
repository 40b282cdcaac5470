#pragma once

#include "core/Group.h"
#include "models/PagedListModel.h"

namespace ktc::models {

// The members of one group, with their membership (owner or member) of that group.
class GroupMemberModel final : public PagedListModel<GroupMember>
{
    Q_OBJECT

public:
    enum Column { DisplayName, Username, Membership, ColumnCount };
    Q_ENUM(Column)

    // Like Fetcher, for the group given first (e.g. GroupsApi::members bound to a tenant).
    using MemberFetcher = std::function<api::RequestId(const QString& groupId, const api::PageQuery&,
        QObject* context, api::ApiCallback<Page<GroupMember>>)>;

    using PagedListModel::PagedListModel;

    // With a member fetcher, every setGroupId() loads that group's members (a reply still
    // coming for the previous group is dropped). An empty group id empties the model.
    void setMemberFetcher(MemberFetcher fetcher, Canceller canceller = {});
    void setGroupId(const QString& groupId);
    const QString& groupId() const { return m_groupId; }

    // The member's membership of the current group (a member lists all their groups).
    GroupMembership membershipOf(const GroupMember& member) const;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortField(int column) const override;
    QVariant itemData(const GroupMember& member, int column, int role) const override;

private:
    void loadGroup();

    MemberFetcher m_memberFetcher;
    Canceller m_memberCanceller;
    QString m_groupId;
};

} // namespace ktc::models
