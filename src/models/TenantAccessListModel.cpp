#include "models/TenantAccessListModel.h"

namespace ktc::models {

void TenantAccessListModel::setInstanceOwnerIds(const QSet<QString>& ids)
{
    m_ownerIds = ids;
    m_ownersKnown = true;
    columnChanged(instanceOwnerColumn());
}

QString TenantAccessListModel::nameOf(const TenantAccessUser& user)
{
    return user.displayName.isEmpty() ? user.username : user.displayName;
}

QVariant TenantAccessListModel::groupsData(const TenantAccessUser& user, int role) const
{
    QStringList names;
    QStringList lines;
    for (const TenantAccessGroup& group : user.groups) {
        const QString name = group.name.isEmpty() ? group.id : group.name;
        names.append(name);
        lines.append(group.external ? tr("%1 (synced from the identity provider)").arg(name) : name);
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

QVariant TenantAccessListModel::instanceOwnerData(const TenantAccessUser& user, int role) const
{
    if (!m_ownersKnown)
        return role == Qt::ToolTipRole ? QVariant(tr("Not known to this session")) : QVariant();
    const bool owner = m_ownerIds.contains(user.id);
    switch (role) {
    case Qt::DisplayRole:
        return yesNo(owner);
    case RawValueRole:
        return owner;
    }
    return {};
}

} // namespace ktc::models
