#pragma once

#include "TenantPage.h"

namespace ktc::ui {

// The Access tab of a tenant. (Being built: for now it says so.)
class AccessPage : public TenantPage
{
    Q_OBJECT
public:
    explicit AccessPage(QWidget* parent = nullptr);

protected:
    void load() override;
};

} // namespace ktc::ui
