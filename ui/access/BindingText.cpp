#include "BindingText.h"

#include "models/BindingListModel.h"

namespace ktc::ui {

QString BindingText::subject(const Binding& binding)
{
    using Kind = models::BindingListModel::SubjectKind;
    QString name;
    if (binding.group)
        name = binding.group->name.isEmpty() ? binding.group->id : binding.group->name;
    else if (binding.user)
        name = !binding.user->displayName.isEmpty() ? binding.user->displayName
             : binding.user->username.isEmpty()     ? binding.user->id
                                                    : binding.user->username;
    switch (models::BindingListModel::subjectOf(binding)) {
    case Kind::User:
        return tr("user %1").arg(name);
    case Kind::ServiceAccount:
        return tr("service account %1").arg(name);
    case Kind::Group:
        return tr("group %1").arg(name);
    case Kind::Unknown:
        break;
    }
    return name;
}

QString BindingText::where(const Binding& binding)
{
    return binding.namespaceId.isEmpty() ? tr("the whole tenant") : tr("namespace %1").arg(binding.namespaceId);
}

QString BindingText::summary(const Binding& binding)
{
    const QString role = binding.role.name.isEmpty() ? binding.role.id : binding.role.name;
    return tr("role %1 to %2 in %3").arg(role, subject(binding), where(binding));
}

} // namespace ktc::ui
