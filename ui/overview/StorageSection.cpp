#include "StorageSection.h"

#include "IsolationEditor.h"
#include "KeyValueEditor.h"
#include "ui/FieldErrors.h"

#include <QFormLayout>
#include <QLineEdit>

namespace ktc::ui {

StorageSection::StorageSection(QWidget* parent)
    : TenantSection(tr("Storage"), parent)
    , m_type(new QLineEdit(this))
    , m_configuration(new KeyValueEditor(
          QStringLiteral("storageConfiguration"), tr("Storage configuration"), false, this))
    , m_isolation(new IsolationEditor(QStringLiteral("storageIsolation"), tr("Storage isolation"), this))
{
    setObjectName(QStringLiteral("storageSection"));
    m_type->setObjectName(QStringLiteral("storageType"));
    m_type->setAccessibleName(tr("Storage type"));
    m_type->setPlaceholderText(tr("e.g. s3, gcs, azure; empty: the instance's storage"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Configuration"), m_configuration);
    form->addRow(tr("Isolation"), m_isolation);
    connect(m_type, &QLineEdit::textEdited, this, &TenantSection::edited);
    connect(m_configuration, &KeyValueEditor::edited, this, &TenantSection::edited);
    connect(m_isolation, &IsolationEditor::edited, this, &TenantSection::edited);
}

void StorageSection::setTenant(const Tenant& tenant, bool)
{
    m_type->setText(tenant.storageType);
    m_configuration->setMap(tenant.storageConfiguration);
    m_isolation->setIsolation(tenant.storageIsolation);
}

void StorageSection::applyTo(Tenant& tenant) const
{
    tenant.storageType = m_type->text();
    tenant.storageConfiguration = m_configuration->map();
    tenant.storageIsolation = m_isolation->isolation(tenant.storageIsolation);
}

void StorageSection::registerFields(FieldErrors& errors)
{
    errors.addField(QStringLiteral("storageType"), m_type);
    errors.addField(QStringLiteral("storageConfiguration"), m_configuration);
    errors.addField(QStringLiteral("storageIsolation"), m_isolation);
    errors.addField(QStringLiteral("storageIsolation.deniedServices"), m_isolation);
}

QList<FieldError> StorageSection::localErrors() const
{
    return m_configuration->localErrors(QStringLiteral("storageConfiguration"));
}

} // namespace ktc::ui
