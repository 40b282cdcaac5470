#include "models/BindingListModel.h"

namespace ktc::models {

BindingListModel::SubjectKind BindingListModel::subjectOf(const Binding& binding)
{
    if (binding.type == BindingType::Group || binding.group)
        return SubjectKind::Group;
    if (binding.user)
        return binding.user->type == UserType::ServiceAccount ? SubjectKind::ServiceAccount
                                                              : SubjectKind::User;
    return binding.type == BindingType::User ? SubjectKind::User : SubjectKind::Unknown;
}

QString BindingListModel::columnTitle(int column) const
{
    switch (column) {
    case SubjectType:
        return tr("Type");
    case Subject:
        return tr("Granted to");
    case RoleName:
        return tr("Role");
    case Namespace:
        return tr("Namespace");
    }
    return {};
}

QVariant BindingListModel::itemData(const Binding& binding, int column, int role) const
{
    const bool raw = role == RawValueRole;
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Subject:
            return subjectToolTip(binding);
        case Namespace:
            return binding.namespaceId.isEmpty() ? tr("Every namespace of the tenant")
                                                 : tr("%1 and its child namespaces").arg(binding.namespaceId);
        }
        return {};
    }
    if (!raw && role != Qt::DisplayRole)
        return {};
    switch (column) {
    case SubjectType:
        switch (subjectOf(binding)) {
        case SubjectKind::User:
            return raw ? QStringLiteral("USER") : tr("User");
        case SubjectKind::ServiceAccount:
            return raw ? QStringLiteral("SERVICE_ACCOUNT") : tr("Service account");
        case SubjectKind::Group:
            return raw ? QStringLiteral("GROUP") : tr("Group");
        case SubjectKind::Unknown:
            return QString();
        }
        return {};
    case Subject:
        return subjectName(binding);
    case RoleName:
        return binding.role.name.isEmpty() ? binding.role.id : binding.role.name;
    case Namespace:
        // Raw: empty means the whole tenant, as on the wire.
        return raw || !binding.namespaceId.isEmpty() ? binding.namespaceId : tr("Whole tenant");
    }
    return {};
}

QString BindingListModel::subjectName(const Binding& binding)
{
    if (binding.group)
        return binding.group->name.isEmpty() ? binding.group->id : binding.group->name;
    if (binding.user) {
        if (!binding.user->displayName.isEmpty())
            return binding.user->displayName;
        return binding.user->username.isEmpty() ? binding.user->id : binding.user->username;
    }
    return {};
}

QString BindingListModel::subjectToolTip(const Binding& binding)
{
    if (binding.user && !binding.user->username.isEmpty())
        return binding.user->username;
    if (binding.group)
        return tr("Group %1").arg(binding.group->id);
    return {};
}

} // namespace ktc::models
