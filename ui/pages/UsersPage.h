#pragma once

#include "TenantPage.h"

namespace ktc::ui {

// The Users tab of a tenant. (Being built: for now it says so.)
class UsersPage : public TenantPage
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget* parent = nullptr);

protected:
    void load() override;
};

} // namespace ktc::ui
