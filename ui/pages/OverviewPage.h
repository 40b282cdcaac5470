#pragma once

#include "TenantPage.h"

namespace ktc::ui {

// The Overview tab of a tenant. (Being built: for now it says so.)
class OverviewPage : public TenantPage
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

protected:
    void load() override;
};

} // namespace ktc::ui
