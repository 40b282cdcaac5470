#include "models/ServiceAccountListModel.h"

namespace ktc::models {

QString ServiceAccountListModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Groups:
        return tr("Groups");
    case InstanceOwner:
        return tr("Instance owner");
    }
    return {};
}

QString ServiceAccountListModel::sortField(int column) const
{
    return column == Name ? QStringLiteral("username") : QString();
}

QVariant ServiceAccountListModel::itemData(const TenantAccessUser& account, int column, int role) const
{
    switch (column) {
    case Groups:
        return groupsData(account, role);
    case InstanceOwner:
        return instanceOwnerData(account, role);
    }
    if (role == Qt::ToolTipRole && column == Description)
        return account.description.isEmpty() ? QVariant() : QVariant(account.description);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case Name:
        return nameOf(account);
    case Description:
        return account.description;
    }
    return {};
}

} // namespace ktc::models
