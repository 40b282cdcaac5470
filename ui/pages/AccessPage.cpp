#include "AccessPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ktc::ui {

AccessPage::AccessPage(QWidget* parent) : TenantPage(parent)
{
    auto* label = new QLabel(tr("This page is not available yet."), this);
    label->setAlignment(Qt::AlignCenter);
    (new QVBoxLayout(this))->addWidget(label);
}

void AccessPage::load() { }

} // namespace ktc::ui
