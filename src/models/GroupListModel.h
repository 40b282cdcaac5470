#pragma once

#include "core/Group.h"
#include "models/PagedListModel.h"

#include <QHash>

namespace ktc::models {

// The Groups page of a tenant: name, description, size, and whether SCIM provisions the group.
class GroupListModel final : public PagedListModel<GroupSummary>
{
    Q_OBJECT

public:
    enum Column { Name, Description, Members, ProvisionedBy, ColumnCount };
    Q_ENUM(Column)

    using PagedListModel::PagedListModel;

    // The search does not count members; a page that learns a count (from the member list)
    // tells the model, and the column stays empty for the others.
    void setMemberCount(const QString& groupId, qint64 count);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortField(int column) const override;
    QVariant itemData(const GroupSummary& group, int column, int role) const override;

private:
    QHash<QString, qint64> m_memberCounts;
};

} // namespace ktc::models
