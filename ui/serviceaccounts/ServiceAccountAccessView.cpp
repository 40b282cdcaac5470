#include "ServiceAccountAccessView.h"

#include "api/TenantAccessApi.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ktc::ui {

ServiceAccountAccessView::ServiceAccountAccessView(QWidget* parent) : QWidget(parent)
{
    m_groups = new QLabel(this);
    m_groups->setObjectName(QStringLiteral("accessGroups"));
    m_groups->setAccessibleName(tr("Groups"));
    m_groups->setWordWrap(true);
    m_groups->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_roles = new QTreeWidget(this);
    m_roles->setObjectName(QStringLiteral("effectiveRoles"));
    m_roles->setAccessibleName(tr("Effective roles"));
    m_roles->setRootIsDecorated(false);
    m_roles->setHeaderLabels({tr("Role"), tr("Namespace"), tr("Granted through")});
    m_roles->header()->setStretchLastSection(true);
    m_roles->setMinimumHeight(80);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accessStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_groups);
    layout->addWidget(m_roles);
    layout->addWidget(m_status);
}

void ServiceAccountAccessView::showAccount(const PageContext& context, const QString& accountId)
{
    showNone();
    m_status->setText(tr("Loading access…"));
    m_status->show();
    const quint64 generation = m_generation;
    api::TenantAccessApi(context.client)
        .get(context.tenantId, accountId, this, [this, generation](const api::ApiResult<TenantAccess>& result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_status->setText(tr("The access could not be loaded: %1").arg(result.error().message()));
                return;
            }
            m_status->hide();
            QStringList groups;
            QHash<QString, QString> groupNames;
            for (const TenantAccessGroup& group : result->groups) {
                groups << (group.name.isEmpty() ? group.id : group.name);
                groupNames.insert(group.id, groups.constLast());
            }
            m_groups->setText(groups.isEmpty() ? tr("Groups: none") : tr("Groups: %1").arg(groups.join(QStringLiteral(", "))));
            for (const RoleAssignment& role : result->roles) {
                const QString origin = role.origin == RoleOrigin::Group ? tr("Group %1").arg(groupNames.value(role.sourceId, role.sourceId))
                                                                        : tr("Its own binding");
                const QString where = role.namespaceId.isEmpty() ? tr("Whole tenant") : role.namespaceId;
                new QTreeWidgetItem(m_roles, {role.name.isEmpty() ? role.id : role.name, where, origin});
            }
            if (result->roles.isEmpty())
                new QTreeWidgetItem(m_roles, {tr("No role in this tenant")});
        });
}

void ServiceAccountAccessView::showNone()
{
    ++m_generation;
    m_groups->clear();
    m_roles->clear();
    m_status->hide();
}

QString ServiceAccountAccessView::groupsText() const { return m_groups->text(); }

} // namespace ktc::ui
