#include "ServiceAccountsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ktc::ui {

ServiceAccountsPage::ServiceAccountsPage(QWidget* parent) : TenantPage(parent)
{
    auto* label = new QLabel(tr("This page is not available yet."), this);
    label->setAlignment(Qt::AlignCenter);
    (new QVBoxLayout(this))->addWidget(label);
}

void ServiceAccountsPage::load() { }

} // namespace ktc::ui
