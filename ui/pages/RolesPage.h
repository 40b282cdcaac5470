#pragma once

#include "TenantPage.h"

namespace ktc::ui {

// The Roles tab of a tenant. (Being built: for now it says so.)
class RolesPage : public TenantPage
{
    Q_OBJECT
public:
    explicit RolesPage(QWidget* parent = nullptr);

protected:
    void load() override;
};

} // namespace ktc::ui
