#include "models/RoleListModel.h"

namespace ktc::models {

QString RoleListModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Managed:
        return tr("Managed");
    case Default:
        return tr("Default");
    case Permissions:
        return tr("Permissions");
    }
    return {};
}

QString RoleListModel::sortField(int column) const
{
    return column == Name ? QStringLiteral("name") : QString();
}

QVariant RoleListModel::itemData(const RoleSummary& role, int column, int itemRole) const
{
    if (itemRole == Qt::ToolTipRole) {
        if (column == Managed && role.isManaged)
            return tr("Managed by Kestra: it cannot be edited");
        if (column == Default && role.isDefault)
            return tr("Given to new users of the tenant");
        return {};
    }
    const bool raw = itemRole == RawValueRole;
    if (!raw && itemRole != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return role.name;
    case Managed:
        return raw ? QVariant(role.isManaged) : QVariant(yesNo(role.isManaged));
    case Default:
        return raw ? QVariant(role.isDefault) : QVariant(yesNo(role.isDefault));
    case Permissions:
        return role.permissionCount;
    }
    return {};
}

} // namespace ktc::models
