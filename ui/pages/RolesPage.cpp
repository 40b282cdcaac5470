#include "RolesPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ktc::ui {

RolesPage::RolesPage(QWidget* parent) : TenantPage(parent)
{
    auto* label = new QLabel(tr("This page is not available yet."), this);
    label->setAlignment(Qt::AlignCenter);
    (new QVBoxLayout(this))->addWidget(label);
}

void RolesPage::load() { }

} // namespace ktc::ui
