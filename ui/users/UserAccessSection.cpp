#include "UserAccessSection.h"

#include "api/GroupsApi.h"
#include "api/TenantAccessApi.h"
#include "ui/widgets/GroupPicker.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ktc::ui {

UserAccessSection::UserAccessSection(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("userAccessSection"));
    auto* groupsLabel = new QLabel(tr("Groups in this tenant (check to add, uncheck to remove):"), this);
    m_groups = new GroupPicker(this);
    m_groups->setObjectName(QStringLiteral("userGroups"));
    m_groups->setAccessibleName(tr("User groups"));
    groupsLabel->setBuddy(m_groups);
    auto* rolesLabel = new QLabel(tr("Effective roles:"), this);
    m_roles = new QTreeWidget(this);
    m_roles->setObjectName(QStringLiteral("effectiveRoles"));
    m_roles->setAccessibleName(tr("Effective roles"));
    m_roles->setHeaderLabels({ tr("Role"), tr("Namespace"), tr("Origin") });
    m_roles->setRootIsDecorated(false);
    m_roles->header()->setStretchLastSection(true);
    rolesLabel->setBuddy(m_roles);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accessStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(groupsLabel);
    layout->addWidget(m_groups, 1);
    layout->addWidget(rolesLabel);
    layout->addWidget(m_roles, 2);
    layout->addWidget(m_status);

    connect(m_groups, &GroupPicker::toggled, this, &UserAccessSection::toggleGroup);
    connect(m_groups, &GroupPicker::loaded, this, [this] { setAccess(m_access); });
    connect(m_groups, &GroupPicker::loadFailed, this, [this](const QString& message) {
        m_status->setText(tr("The tenant's groups could not be loaded: %1").arg(message));
    });
}

void UserAccessSection::setContext(const PageContext& context)
{
    const bool newTenant = context.tenantId != m_context.tenantId || context.client != m_context.client;
    m_context = context;
    if (newTenant && context.isValid())
        m_groups->load(context.client, context.tenantId);
}

void UserAccessSection::showUser(const QString& userId)
{
    m_userId = userId;
    setAccess({});
    if (!userId.isEmpty())
        reload();
}

void UserAccessSection::reload()
{
    if (m_userId.isEmpty() || !m_context.isValid())
        return;
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Loading…"));
    api::TenantAccessApi(m_context.client)
        .get(m_context.tenantId, m_userId, this, [this, generation](const api::ApiResult<TenantAccess>& result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_status->setText(result.error().message());
                emit notice(result.error().message(), true);
                return;
            }
            setAccess(result.value());
            emit accessChanged(result.value());
        });
}

void UserAccessSection::setAccess(const TenantAccess& access)
{
    m_access = access;
    QStringList ids;
    for (const TenantAccessGroup& group : access.groups)
        ids.append(group.id);
    m_groups->setCheckedIds(ids);
    m_groups->setEnabled(!access.userId.isEmpty());
    m_roles->clear();
    for (const RoleAssignment& role : access.roles) {
        auto* item = new QTreeWidgetItem(m_roles, { role.name, role.namespaceId.isEmpty() ? tr("Whole tenant") : role.namespaceId,
                                                    originText(role, access) });
        QStringList grants;
        for (const PermissionGrant& grant : role.permissions)
            grants.append(tr("%1: %2").arg(grant.resource, grant.actions.join(QStringLiteral(", "))));
        item->setToolTip(0, grants.join(u'\n'));
    }
    m_status->setText(access.userId.isEmpty() || !access.roles.isEmpty()
                          ? QString()
                          : tr("No role in this tenant: the user can sign in but sees nothing until a binding "
                               "or a group gives them one."));
}

QString UserAccessSection::originText(const RoleAssignment& role, const TenantAccess& access)
{
    switch (role.origin) {
    case RoleOrigin::Binding:
        return tr("Direct binding");
    case RoleOrigin::Group:
        for (const TenantAccessGroup& group : access.groups) {
            if (group.id == role.sourceId)
                return tr("Group %1").arg(group.name);
        }
        return tr("Group %1").arg(role.sourceId);
    case RoleOrigin::Unknown:
        break;
    }
    return tr("Unknown");
}

void UserAccessSection::toggleGroup(const QString& groupId, bool member)
{
    if (m_userId.isEmpty() || !m_context.isValid())
        return;
    const QString name = m_groups->nameOf(groupId);
    const QString userId = m_userId;
    auto done = [this, userId, name, member](const api::ApiResult<GroupMember>& result) {
        if (userId != m_userId)
            return;
        if (!result.ok()) {
            setAccess(m_access); // back to what the server has
            emit notice(result.error().message(), true);
            return;
        }
        emit notice(member ? tr("Added %1 to %2.").arg(m_access.username, name)
                           : tr("Removed %1 from %2.").arg(m_access.username, name),
                    false);
        reload();
    };
    api::GroupsApi groups(m_context.client);
    if (member)
        groups.addMember(m_context.tenantId, groupId, userId, this, std::move(done));
    else
        groups.removeMember(m_context.tenantId, groupId, userId, this, std::move(done));
}

} // namespace ktc::ui
