#include "TenantForm.h"

#include "ConcurrencySection.h"
#include "IdentitySection.h"
#include "NamespacesSection.h"
#include "QuotasSection.h"
#include "SecretsSection.h"
#include "StorageSection.h"
#include "WorkersSection.h"

#include <QVBoxLayout>

namespace ktc::ui {

TenantForm::TenantForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tenantForm"));
    m_sections = { new IdentitySection(this), new WorkersSection(this), new ConcurrencySection(this),
        new QuotasSection(this), new StorageSection(this), new SecretsSection(this),
        new NamespacesSection(this) };
    auto* layout = new QVBoxLayout(this);
    for (TenantSection* section : std::as_const(m_sections)) {
        layout->addWidget(section);
        connect(section, &TenantSection::edited, this, [this] {
            if (!m_filling)
                emit edited();
        });
    }
    layout->addStretch();
}

void TenantForm::setTenant(const Tenant& tenant, bool legacy)
{
    m_filling = true;
    for (TenantSection* section : std::as_const(m_sections))
        section->setTenant(tenant, legacy);
    m_filling = false;
}

void TenantForm::clear()
{
    setTenant(Tenant {}, false);
}

Tenant TenantForm::applied(const Tenant& base) const
{
    Tenant t = base;
    for (const TenantSection* section : m_sections)
        section->applyTo(t);
    return t;
}

void TenantForm::registerFields(FieldErrors& errors)
{
    for (TenantSection* section : std::as_const(m_sections))
        section->registerFields(errors);
}

QList<FieldError> TenantForm::localErrors() const
{
    QList<FieldError> errors;
    for (const TenantSection* section : m_sections)
        errors += section->localErrors();
    return errors;
}

} // namespace ktc::ui
