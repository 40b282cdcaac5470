#include "QuotasSection.h"

#include "QuotasEditor.h"
#include "ui/FieldErrors.h"

#include <QVBoxLayout>

namespace ktc::ui {

QuotasSection::QuotasSection(QWidget* parent)
    : TenantSection(tr("Quotas"), parent)
    , m_editor(new QuotasEditor(this))
{
    setObjectName(QStringLiteral("quotasSection"));
    (new QVBoxLayout(this))->addWidget(m_editor);
    connect(m_editor, &QuotasEditor::edited, this, &TenantSection::edited);
}

void QuotasSection::setTenant(const Tenant& tenant, bool legacy)
{
    m_legacy = legacy;
    setHidden(legacy); // 1.3 has no quotas
    m_editor->setQuotas(tenant.quotas);
}

void QuotasSection::applyTo(Tenant& tenant) const
{
    if (!m_legacy)
        tenant.quotas = m_editor->quotas(tenant.quotas);
}

void QuotasSection::registerFields(FieldErrors& errors)
{
    errors.addField(QStringLiteral("quotas"), m_editor);
}

QList<FieldError> QuotasSection::localErrors() const
{
    return m_legacy ? QList<FieldError>() : m_editor->localErrors();
}

} // namespace ktc::ui
