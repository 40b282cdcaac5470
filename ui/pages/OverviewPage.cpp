#include "OverviewPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ktc::ui {

OverviewPage::OverviewPage(QWidget* parent) : TenantPage(parent)
{
    auto* label = new QLabel(tr("This page is not available yet."), this);
    label->setAlignment(Qt::AlignCenter);
    (new QVBoxLayout(this))->addWidget(label);
}

void OverviewPage::load() { }

} // namespace ktc::ui
