#include "PermissionGrid.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ktc::ui {

namespace {
// The common actions first, as Kestra's own editor shows them; the rest in the server's order.
const QStringList kCommonActions { QStringLiteral("VIEW"), QStringLiteral("LIST"), QStringLiteral("CREATE"),
                                   QStringLiteral("UPDATE"), QStringLiteral("DELETE") };
constexpr int kValidRole = Qt::UserRole + 1;
} // namespace

PermissionGrid::PermissionGrid(QWidget* parent) : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("permissionFilter"));
    m_filter->setAccessibleName(tr("Filter permissions"));
    m_filter->setPlaceholderText(tr("Filter resources"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("permissionGrid"));
    m_table->setAccessibleName(tr("Permissions"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &PermissionGrid::applyFilter);
    connect(m_table, &QTableWidget::cellClicked, this, &PermissionGrid::toggle);
}

void PermissionGrid::setCatalog(const PermissionCatalog& catalog)
{
    const PermissionMap current = permissions();
    m_catalog = catalog;
    m_resources = catalog.actionsByResource.keys();
    m_actions.clear();
    for (const QString& action : kCommonActions) {
        for (const QStringList& actions : catalog.actionsByResource) {
            if (actions.contains(action) && !m_actions.contains(action))
                m_actions.append(action);
        }
    }
    for (const QStringList& actions : catalog.actionsByResource) {
        for (const QString& action : actions) {
            if (!m_actions.contains(action))
                m_actions.append(action);
        }
    }
    rebuild();
    setPermissions(current);
}

void PermissionGrid::rebuild()
{
    const QSignalBlocker blocker(m_table);
    m_table->clear();
    m_table->setRowCount(int(m_resources.size()) + 1);
    m_table->setColumnCount(int(m_actions.size()) + 1);
    QStringList columns { tr("All actions") };
    columns.append(m_actions);
    m_table->setHorizontalHeaderLabels(columns);
    QStringList rows { tr("All resources") };
    rows.append(m_resources);
    m_table->setVerticalHeaderLabels(rows);
    for (int row = 0; row <= m_resources.size(); ++row) {
        for (int column = 0; column <= m_actions.size(); ++column) {
            auto* item = new QTableWidgetItem;
            const bool toggle = row == 0 || column == 0;
            const bool valid = toggle
                || m_catalog.actionsByResource.value(m_resources.at(row - 1)).contains(m_actions.at(column - 1));
            item->setData(kValidRole, valid);
            // Not user-checkable: a click anywhere in the cell toggles it (cellClicked).
            item->setFlags(valid ? Qt::ItemIsEnabled : Qt::NoItemFlags);
            if (valid) {
                item->setCheckState(Qt::Unchecked);
                item->setToolTip(toggle ? tr("Toggle the whole row or column")
                                        : tr("%1 on %2").arg(m_actions.at(column - 1), m_resources.at(row - 1)));
            }
            m_table->setItem(row, column, item);
        }
    }
    applyFilter();
}

QTableWidgetItem* PermissionGrid::cell(int row, int column) const { return m_table->item(row, column); }

int PermissionGrid::rowOf(const QString& resource) const
{
    const qsizetype index = m_resources.indexOf(resource);
    return index < 0 ? -1 : int(index) + 1;
}

int PermissionGrid::columnOf(const QString& action) const
{
    const qsizetype index = m_actions.indexOf(action);
    return index < 0 ? -1 : int(index) + 1;
}

void PermissionGrid::setPermissions(const PermissionMap& permissions)
{
    m_unknown.clear();
    for (int row = 1; row <= m_resources.size(); ++row) {
        for (int column = 1; column <= m_actions.size(); ++column) {
            if (QTableWidgetItem* item = cell(row, column); item->data(kValidRole).toBool())
                item->setCheckState(Qt::Unchecked);
        }
    }
    for (auto it = permissions.cbegin(); it != permissions.cend(); ++it) {
        const int row = rowOf(it.key());
        for (const QString& action : it.value()) {
            const int column = columnOf(action);
            QTableWidgetItem* item = row > 0 && column > 0 ? cell(row, column) : nullptr;
            if (item && item->data(kValidRole).toBool())
                item->setCheckState(Qt::Checked);
            else
                m_unknown[it.key()].append(action);
        }
    }
    updateToggles();
    emit permissionsChanged();
}

PermissionMap PermissionGrid::permissions() const
{
    PermissionMap result = m_unknown;
    for (int row = 1; row <= m_resources.size(); ++row) {
        QStringList actions;
        for (const QString& action : m_catalog.actionsByResource.value(m_resources.at(row - 1))) {
            if (cell(row, columnOf(action))->checkState() == Qt::Checked)
                actions.append(action);
        }
        if (!actions.isEmpty())
            result[m_resources.at(row - 1)].append(actions);
    }
    return result;
}

void PermissionGrid::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly; // the filter stays usable: it changes nothing
}

QList<QTableWidgetItem*> PermissionGrid::validCells(int row, int column) const
{
    QList<QTableWidgetItem*> cells;
    for (int r = 1; r <= m_resources.size(); ++r) {
        if ((row != 0 && r != row) || m_table->isRowHidden(r))
            continue;
        for (int c = 1; c <= m_actions.size(); ++c) {
            QTableWidgetItem* item = cell(r, c);
            if ((column == 0 || c == column) && item->data(kValidRole).toBool())
                cells.append(item);
        }
    }
    return cells;
}

void PermissionGrid::toggle(int row, int column)
{
    QTableWidgetItem* item = cell(row, column);
    if (m_readOnly || !item || !item->data(kValidRole).toBool())
        return;
    if (row == 0 || column == 0) {
        // A row, a column, or (the corner) everything shown: all on unless all are on already.
        const QList<QTableWidgetItem*> cells = validCells(row, column);
        const bool allOn = std::all_of(cells.cbegin(), cells.cend(),
                                       [](const QTableWidgetItem* c) { return c->checkState() == Qt::Checked; });
        setCells(cells, !allOn);
    } else {
        setCells({ item }, item->checkState() != Qt::Checked);
    }
}

void PermissionGrid::setCells(const QList<QTableWidgetItem*>& cells, bool on)
{
    for (QTableWidgetItem* item : cells)
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    updateToggles();
    emit permissionsChanged();
}

void PermissionGrid::updateToggles()
{
    if (m_table->rowCount() == 0)
        return; // no catalog yet
    auto stateOf = [](const QList<QTableWidgetItem*>& cells) {
        const auto on = std::count_if(cells.cbegin(), cells.cend(),
                                      [](const QTableWidgetItem* c) { return c->checkState() == Qt::Checked; });
        return on == 0 ? Qt::Unchecked : (on == cells.size() ? Qt::Checked : Qt::PartiallyChecked);
    };
    for (int row = 0; row <= m_resources.size(); ++row)
        cell(row, 0)->setCheckState(stateOf(validCells(row, 0)));
    for (int column = 1; column <= m_actions.size(); ++column)
        cell(0, column)->setCheckState(stateOf(validCells(0, column)));
}

void PermissionGrid::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 1; row <= m_resources.size(); ++row)
        m_table->setRowHidden(row, !text.isEmpty() && !m_resources.at(row - 1).contains(text, Qt::CaseInsensitive));
    updateToggles();
}

bool PermissionGrid::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space && m_table->currentIndex().isValid()) {
        toggle(m_table->currentRow(), m_table->currentColumn());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ktc::ui
