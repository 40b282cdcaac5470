#include "UsersPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ktc::ui {

UsersPage::UsersPage(QWidget* parent) : TenantPage(parent)
{
    auto* label = new QLabel(tr("This page is not available yet."), this);
    label->setAlignment(Qt::AlignCenter);
    (new QVBoxLayout(this))->addWidget(label);
}

void UsersPage::load() { }

} // namespace ktc::ui
