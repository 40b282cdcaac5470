#include "GroupsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ktc::ui {

GroupsPage::GroupsPage(QWidget* parent) : TenantPage(parent)
{
    auto* label = new QLabel(tr("This page is not available yet."), this);
    label->setAlignment(Qt::AlignCenter);
    (new QVBoxLayout(this))->addWidget(label);
}

void GroupsPage::load() { }

} // namespace ktc::ui
