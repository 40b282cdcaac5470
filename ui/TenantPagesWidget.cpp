#include "TenantPagesWidget.h"

#include <QLabel>
#include <QTabBar>

namespace ktc::ui {

TenantPagesWidget::TenantPagesWidget(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("tenantPages"));
    setAccessibleName(tr("Tenant pages"));
    setDocumentMode(true);
    for (int i = 0; i < PageCount; ++i) {
        const auto p = static_cast<Page>(i);
        auto* placeholder = new QLabel(tr("%1 is not available yet.").arg(pageTitle(p)), this);
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setObjectName(pageObjectName(p));
        addTab(placeholder, pageTitle(p));
        tabBar()->setAccessibleName(tr("Tenant pages"));
    }
}

void TenantPagesWidget::setPage(Page page, QWidget* widget)
{
    QWidget* old = this->widget(page);
    const bool wasCurrent = currentIndex() == page;
    widget->setObjectName(pageObjectName(page));
    widget->setAccessibleName(pageTitle(page));
    insertTab(page, widget, pageTitle(page));
    removeTab(page + 1);
    delete old;
    if (wasCurrent)
        setCurrentIndex(page);
}

QString TenantPagesWidget::pageTitle(Page page)
{
    switch (page) {
    case Overview:        return tr("Overview");
    case Users:           return tr("Users");
    case ServiceAccounts: return tr("Service Accounts");
    case Groups:          return tr("Groups");
    case Access:          return tr("Access");
    case Roles:           return tr("Roles");
    case PageCount:       break;
    }
    return {};
}

QString TenantPagesWidget::pageObjectName(Page page)
{
    static const char* const names[] = { "overviewPage", "usersPage", "serviceAccountsPage",
                                         "groupsPage",   "accessPage", "rolesPage" };
    return page >= 0 && page < PageCount ? QString::fromLatin1(names[page]) : QString();
}

} // namespace ktc::ui
