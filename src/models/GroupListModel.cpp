#include "models/GroupListModel.h"

namespace ktc::models {

void GroupListModel::setMemberCount(const QString& groupId, qint64 count)
{
    m_memberCounts.insert(groupId, count);
    if (const std::optional<int> row = rowOf(groupId))
        Q_EMIT dataChanged(index(*row, Members), index(*row, Members));
}

QString GroupListModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Members:
        return tr("Members");
    case ProvisionedBy:
        return tr("Provisioned by");
    }
    return {};
}

QString GroupListModel::sortField(int column) const
{
    return column == Name ? QStringLiteral("name") : QString();
}

QVariant GroupListModel::itemData(const GroupSummary& group, int column, int role) const
{
    if (role == Qt::ToolTipRole) {
        if (column == ProvisionedBy && !group.securityIntegrationName.isEmpty())
            return tr("Synced from %1: change it in the identity provider")
                .arg(group.securityIntegrationName);
        if (column == Description && !group.description.isEmpty())
            return group.description;
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case Name:
        return group.name;
    case Description:
        return group.description;
    case Members: {
        const auto count = m_memberCounts.constFind(group.id);
        return count == m_memberCounts.cend() ? QVariant() : QVariant(*count);
    }
    case ProvisionedBy:
        return group.securityIntegrationName;
    }
    return {};
}

} // namespace ktc::models
