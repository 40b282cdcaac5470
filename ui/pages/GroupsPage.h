#pragma once

#include "TenantPage.h"

namespace ktc::ui {

// The Groups tab of a tenant. (Being built: for now it says so.)
class GroupsPage : public TenantPage
{
    Q_OBJECT
public:
    explicit GroupsPage(QWidget* parent = nullptr);

protected:
    void load() override;
};

} // namespace ktc::ui
