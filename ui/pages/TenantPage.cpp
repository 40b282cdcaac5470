#include "TenantPage.h"

namespace ktc::ui {

TenantPage::TenantPage(QWidget* parent) : QWidget(parent) { }

void TenantPage::setContext(const PageContext& context)
{
    m_context = context;
    clearForContext();
    m_needsLoad = context.isValid();
    if (m_needsLoad && isVisible()) {
        m_needsLoad = false;
        load();
    }
}

void TenantPage::refresh()
{
    if (!m_context.isValid())
        return;
    m_needsLoad = false;
    load();
}

void TenantPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_needsLoad) {
        m_needsLoad = false;
        load();
    }
}

} // namespace ktc::ui
