#include "IdentitySection.h"

#include "ui/FieldErrors.h"

#include <QFormLayout>
#include <QLineEdit>

namespace ktc::ui {

IdentitySection::IdentitySection(QWidget* parent)
    : TenantSection(tr("Identity"), parent)
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("identitySection"));
    m_id->setObjectName(QStringLiteral("tenantId"));
    m_id->setAccessibleName(tr("ID"));
    m_id->setReadOnly(true);
    m_id->setToolTip(tr("A tenant's id cannot be changed."));
    m_name->setObjectName(QStringLiteral("tenantName"));
    m_name->setAccessibleName(tr("Name"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("ID"), m_id);
    form->addRow(tr("Name"), m_name);
    connect(m_name, &QLineEdit::textEdited, this, &TenantSection::edited);
}

void IdentitySection::setTenant(const Tenant& tenant, bool)
{
    m_id->setText(tenant.id);
    m_name->setText(tenant.name);
}

void IdentitySection::applyTo(Tenant& tenant) const
{
    tenant.name = m_name->text();
}

void IdentitySection::registerFields(FieldErrors& errors)
{
    errors.addField(QStringLiteral("id"), m_id);
    errors.addField(QStringLiteral("name"), m_name);
}

} // namespace ktc::ui
