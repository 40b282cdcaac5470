#include "TenantSection.h"

namespace ktc::ui {

TenantSection::TenantSection(const QString& title, QWidget* parent)
    : QGroupBox(title, parent)
{ }

} // namespace ktc::ui
