#include "GroupPicker.h"

#include "api/GroupsApi.h"

namespace ktc::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

GroupPicker::GroupPicker(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("groupPicker"));
    setAccessibleName(tr("Groups"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const QString id = item->data(kIdRole).toString();
        const bool checked = item->checkState() == Qt::Checked;
        if (checked && !m_wanted.contains(id))
            m_wanted.append(id);
        else if (!checked)
            m_wanted.removeAll(id);
        if (!m_applying)
            emit toggled(id, checked);
    });
}

void GroupPicker::load(api::ApiClient* client, const QString& tenantId)
{
    clear();
    m_loaded = false;
    const quint64 generation = ++m_generation;
    api::PageQuery query;
    query.size = kMaxGroups;
    query.addSort(QStringLiteral("name"));
    api::GroupsApi(client).search(
        tenantId, query, this, [this, generation](const api::ApiResult<Page<GroupSummary>>& result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                emit loadFailed(result.error().message());
                return;
            }
            m_applying = true;
            for (const GroupSummary& group : result->results) {
                auto* item = new QListWidgetItem(this);
                item->setData(kIdRole, group.id);
                item->setText(group.securityIntegrationName.isEmpty()
                                  ? group.name
                                  : tr("%1 (synced from %2)").arg(group.name, group.securityIntegrationName));
                item->setToolTip(group.description);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            m_applying = false;
            m_loaded = true;
            applyChecks();
            emit loaded();
        });
}

QStringList GroupPicker::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Checked)
            ids.append(item(row)->data(kIdRole).toString());
    }
    return ids;
}

QStringList GroupPicker::checkedNames() const
{
    QStringList names;
    for (const QString& id : checkedIds())
        names.append(nameOf(id));
    return names;
}

void GroupPicker::setCheckedIds(const QStringList& ids)
{
    m_wanted = ids;
    applyChecks();
}

QString GroupPicker::nameOf(const QString& groupId) const
{
    const QListWidgetItem* found = itemFor(groupId);
    return found ? found->text() : groupId;
}

QListWidgetItem* GroupPicker::itemFor(const QString& groupId) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(kIdRole).toString() == groupId)
            return item(row);
    }
    return nullptr;
}

void GroupPicker::applyChecks()
{
    const QStringList wanted = m_wanted; // itemChanged edits m_wanted
    m_applying = true;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* it = item(row);
        it->setCheckState(wanted.contains(it->data(kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_applying = false;
    m_wanted = wanted;
}

} // namespace ktc::ui
