#include "PageFactory.h"

#include "AccessPage.h"
#include "GroupsPage.h"
#include "OverviewPage.h"
#include "RolesPage.h"
#include "ServiceAccountsPage.h"
#include "UsersPage.h"

namespace ktc::ui {

TenantPage* createTenantPage(TenantPagesWidget::Page page, QWidget* parent)
{
    switch (page) {
    case TenantPagesWidget::Overview:        return new OverviewPage(parent);
    case TenantPagesWidget::Users:           return new UsersPage(parent);
    case TenantPagesWidget::ServiceAccounts: return new ServiceAccountsPage(parent);
    case TenantPagesWidget::Groups:          return new GroupsPage(parent);
    case TenantPagesWidget::Access:          return new AccessPage(parent);
    case TenantPagesWidget::Roles:           return new RolesPage(parent);
    case TenantPagesWidget::PageCount:       break;
    }
    return nullptr;
}

} // namespace ktc::ui
