#pragma once

#include "TenantPage.h"

namespace ktc::ui {

// The ServiceAccounts tab of a tenant. (Being built: for now it says so.)
class ServiceAccountsPage : public TenantPage
{
    Q_OBJECT
public:
    explicit ServiceAccountsPage(QWidget* parent = nullptr);

protected:
    void load() override;
};

} // namespace ktc::ui
