#pragma once

#include "ui/TenantPagesWidget.h"

namespace ktc::ui {

class TenantPage;

// Builds the page of each tab: the one place that knows the six page classes.
TenantPage* createTenantPage(TenantPagesWidget::Page page, QWidget* parent);

} // namespace ktc::ui
