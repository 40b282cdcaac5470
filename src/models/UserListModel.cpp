#include "models/UserListModel.h"

namespace ktc::models {

QString UserListModel::columnTitle(int column) const
{
    switch (column) {
    case DisplayName:
        return tr("Name");
    case Username:
        return tr("Username");
    case Groups:
        return tr("Groups");
    case Authentication:
        return tr("Authentication");
    case InstanceOwner:
        return tr("Instance owner");
    }
    return {};
}

QString UserListModel::sortField(int column) const
{
    switch (column) {
    case DisplayName:
        return QStringLiteral("displayName");
    case Username:
        return QStringLiteral("username");
    }
    return {};
}

QVariant UserListModel::itemData(const TenantAccessUser& user, int column, int role) const
{
    switch (column) {
    case Groups:
        return groupsData(user, role);
    case Authentication:
        return authData(user, role);
    case InstanceOwner:
        return instanceOwnerData(user, role);
    }
    if (role == Qt::ToolTipRole && column == DisplayName)
        return user.description.isEmpty() ? QVariant() : QVariant(user.description);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case DisplayName:
        return nameOf(user);
    case Username:
        return user.username; // the e-mail address since Kestra 0.20
    }
    return {};
}

QVariant UserListModel::authData(const TenantAccessUser& user, int role)
{
    QStringList names;
    QStringList lines;
    for (const TenantAccessAuth& auth : user.auths) {
        const QString name = auth.name.isEmpty() ? auth.type : auth.name;
        names.append(name);
        lines.append(auth.type.isEmpty() || auth.type == name ? name : tr("%1 (%2)").arg(name, auth.type));
    }
    switch (role) {
    case Qt::DisplayRole:
        return names.join(QStringLiteral(", "));
    case Qt::ToolTipRole:
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    case RawValueRole:
        return names;
    }
    return {};
}

} // namespace ktc::models
