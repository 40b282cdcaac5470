#pragma once

#include <QTabWidget>

namespace ktc::ui {

// The tabbed pages of the selected tenant, in the order of Kestra's own UI.
class TenantPagesWidget : public QTabWidget
{
    Q_OBJECT
public:
    enum Page { Overview, Users, ServiceAccounts, Groups, Access, Roles, PageCount };

    explicit TenantPagesWidget(QWidget* parent = nullptr);

    // Puts the real page widget of a tab in place of its placeholder.
    void setPage(Page page, QWidget* widget);
    QWidget* page(Page page) const { return widget(page); }

    static QString pageTitle(Page page);
    static QString pageObjectName(Page page);
};

} // namespace ktc::ui
