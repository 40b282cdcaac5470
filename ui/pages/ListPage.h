#pragma once

#include "TenantPage.h"

#include <QHash>
#include <QList>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace ktc::models {
class PagedModelBase;
}

namespace ktc::ui {

class StateOverlay;

// The page pattern of Users, Service Accounts, Groups, Access and Roles: a search field and the
// page's actions above a lazily paged table, its loading/error/empty states, a notice line for
// the outcome of actions, and an optional detail panel for the selected row. A concrete page adds
// its model, its actions and its dialogs, nothing else.
class ListPage : public TenantPage
{
    Q_OBJECT
public:
    explicit ListPage(QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    StateOverlay* overlay() const { return m_overlay; }
    QString noticeText() const;

    void refresh() override;

protected:
    // `tableName` and `searchName` are the accessible names ("Users", "Search users").
    void setModel(models::PagedModelBase* model, const QString& tableName, const QString& searchName,
                  const QString& emptyText);
    models::PagedModelBase* model() const { return m_model; }

    // An action shown as a button above the table (and reachable by its shortcut); with
    // `needsSelection` it is enabled only while a row is selected.
    QAction* addPageAction(const QString& text, const QString& objectName, bool needsSelection,
                           const QKeySequence& shortcut = {});
    // Enables `action` only while `condition(row)` holds for the selected row (-1: none), on top of
    // needsSelection; call updateActions() when something else the condition reads changes.
    void setActionCondition(QAction* action, std::function<bool(int row)> condition);
    void updateActions();
    // The panel right of the table, for the selected row.
    void setDetailWidget(QWidget* widget);

    // The selected row, or -1.
    int currentRow() const;
    void selectRow(int row);

    // A line above the table: the outcome of the last action.
    void showNotice(const QString& text, bool isError = false);

    // Called when the selected row changes (-1: none).
    virtual void currentRowChanged(int row) { Q_UNUSED(row) }
    // Points the model at context().tenantId (a new fetcher: stale replies are dropped).
    virtual void installFetcher() = 0;

    void load() override;
    void clearForContext() override;

private:

    models::PagedModelBase* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QHBoxLayout* m_actionsRow = nullptr;
    QLabel* m_notice = nullptr;
    QTableView* m_table = nullptr;
    StateOverlay* m_overlay = nullptr;
    QSplitter* m_splitter = nullptr;
    QList<QAction*> m_rowActions;
    QHash<QAction*, std::function<bool(int)>> m_conditions;
};

} // namespace ktc::ui
