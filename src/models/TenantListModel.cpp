#include "models/TenantListModel.h"

namespace ktc::models {

QList<Tenant> TenantListModel::fromMe(const QList<MeTenant>& tenants)
{
    QList<Tenant> result;
    result.reserve(tenants.size());
    for (const MeTenant& entry : tenants) {
        Tenant tenant;
        tenant.id = entry.id;
        tenant.name = entry.name;
        result.append(tenant);
    }
    return result;
}

QString TenantListModel::columnTitle(int column) const
{
    switch (column) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Workers:
        return tr("Worker group");
    }
    return {};
}

QString TenantListModel::sortField(int column) const
{
    switch (column) {
    case Id:
        return QStringLiteral("id");
    case Name:
        return QStringLiteral("name");
    }
    return {};
}

QVariant TenantListModel::itemData(const Tenant& tenant, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return column == Workers ? QVariant(workersToolTip(tenant)) : QVariant();
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case Id:
        return tenant.id;
    case Name:
        return tenant.name;
    case Workers:
        return workersText(tenant);
    }
    return {};
}

// 2.0 routes by selector tags, 1.3 by a worker group key: one column either way.
QString TenantListModel::workersText(const Tenant& tenant)
{
    if (tenant.defaultWorkerSelector)
        return tenant.defaultWorkerSelector->tags.join(QStringLiteral(", "));
    if (tenant.workerGroup)
        return tenant.workerGroup->key;
    return {};
}

QString TenantListModel::workersToolTip(const Tenant& tenant)
{
    if (tenant.defaultWorkerSelector && !tenant.defaultWorkerSelector->tags.isEmpty()) {
        const WorkerSelector& selector = *tenant.defaultWorkerSelector;
        const QString match = toWireString(selector.match.value_or(WorkerSelectorMatch::All));
        const QString fallback = toWireString(selector.fallback.value_or(WorkerFallback::Fail));
        return tr("Worker tags: %1 (match %2, fallback %3)")
            .arg(selector.tags.join(QStringLiteral(", ")), match, fallback);
    }
    if (tenant.workerGroup && !tenant.workerGroup->key.isEmpty()) {
        const QString fallback = toWireString(tenant.workerGroup->fallback.value_or(WorkerFallback::Fail));
        return tr("Worker group %1 (fallback %2)").arg(tenant.workerGroup->key, fallback);
    }
    return tr("Any worker");
}

} // namespace ktc::models
