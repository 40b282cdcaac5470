#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTreeView;

namespace ktc::ui {

// The left side of the main window: the tenants the identity may see, a search field and a count.
class TenantListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TenantListPanel(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QTreeView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    void setCountText(const QString& text);

signals:
    void searchChanged(const QString& text);

private:
    QLineEdit* m_search = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace ktc::ui
