#pragma once

#include "core/Role.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace ktc::ui {

// The permission editor of a role: a grid of the resources and actions the server reports as
// valid, with a toggle for each whole row (resource) and column (action), and a filter.
// Permissions it does not know (not in the catalog) are kept as they are.
class PermissionGrid : public QWidget
{
    Q_OBJECT
public:
    explicit PermissionGrid(QWidget* parent = nullptr);

    void setCatalog(const PermissionCatalog& catalog);
    void setPermissions(const PermissionMap& permissions);
    PermissionMap permissions() const;
    void setReadOnly(bool readOnly);

    QTableWidget* table() const { return m_table; }
    QLineEdit* filterField() const { return m_filter; }
    // Grid coordinates: row 0 holds the column toggles, column 0 the row toggles; -1 if absent.
    int rowOf(const QString& resource) const;
    int columnOf(const QString& action) const;

signals:
    void permissionsChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void toggle(int row, int column);
    void setCells(const QList<QTableWidgetItem*>& cells, bool on);
    QList<QTableWidgetItem*> validCells(int row, int column) const;
    void updateToggles();
    void applyFilter();
    QTableWidgetItem* cell(int row, int column) const;

    QLineEdit* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    PermissionCatalog m_catalog;
    QStringList m_resources;
    QStringList m_actions;
    PermissionMap m_unknown;
    bool m_readOnly = false;
};

} // namespace ktc::ui
