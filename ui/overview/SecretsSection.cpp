#include "SecretsSection.h"

#include "IsolationEditor.h"
#include "KeyValueEditor.h"
#include "ui/FieldErrors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ktc::ui {

SecretsSection::SecretsSection(QWidget* parent)
    : TenantSection(tr("Secrets"), parent)
    , m_type(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("Read-only: flows can read secrets but not write them"), this))
    , m_configuration(
          new KeyValueEditor(QStringLiteral("secretConfiguration"), tr("Secret configuration"), true, this))
    , m_isolation(new IsolationEditor(QStringLiteral("secretIsolation"), tr("Secret isolation"), this))
{
    setObjectName(QStringLiteral("secretsSection"));
    m_type->setObjectName(QStringLiteral("secretType"));
    m_type->setAccessibleName(tr("Secret type"));
    m_type->setPlaceholderText(tr("e.g. vault, aws-secret-manager; empty: the instance's backend"));
    m_readOnly->setObjectName(QStringLiteral("secretReadOnly"));
    m_readOnly->setAccessibleName(tr("Secrets read-only"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Type"), m_type);
    form->addRow(QString(), m_readOnly);
    form->addRow(tr("Configuration"), m_configuration);
    form->addRow(tr("Isolation"), m_isolation);
    connect(m_type, &QLineEdit::textEdited, this, &TenantSection::edited);
    connect(m_readOnly, &QCheckBox::toggled, this, &TenantSection::edited);
    connect(m_configuration, &KeyValueEditor::edited, this, &TenantSection::edited);
    connect(m_isolation, &IsolationEditor::edited, this, &TenantSection::edited);
}

void SecretsSection::setTenant(const Tenant& tenant, bool)
{
    m_type->setText(tenant.secretType);
    m_readOnly->setChecked(tenant.secretReadOnly);
    m_configuration->setMap(tenant.secretConfiguration);
    m_isolation->setIsolation(tenant.secretIsolation);
}

void SecretsSection::applyTo(Tenant& tenant) const
{
    tenant.secretType = m_type->text();
    tenant.secretReadOnly = m_readOnly->isChecked();
    tenant.secretConfiguration = m_configuration->map();
    tenant.secretIsolation = m_isolation->isolation(tenant.secretIsolation);
}

void SecretsSection::registerFields(FieldErrors& errors)
{
    errors.addField(QStringLiteral("secretType"), m_type);
    errors.addField(QStringLiteral("secretReadOnly"), m_readOnly);
    errors.addField(QStringLiteral("secretConfiguration"), m_configuration);
    errors.addField(QStringLiteral("secretIsolation"), m_isolation);
    errors.addField(QStringLiteral("secretIsolation.deniedServices"), m_isolation);
}

QList<FieldError> SecretsSection::localErrors() const
{
    return m_configuration->localErrors(QStringLiteral("secretConfiguration"));
}

} // namespace ktc::ui
