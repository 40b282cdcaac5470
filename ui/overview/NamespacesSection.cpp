#include "NamespacesSection.h"

#include "ui/FieldErrors.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace ktc::ui {

NamespacesSection::NamespacesSection(QWidget* parent)
    : TenantSection(tr("Namespaces and outputs"), parent)
    , m_requireNamespace(new QCheckBox(tr("Flows can only be created in namespaces that exist"), this))
    , m_outputsInStorage(new QCheckBox(tr("Store task outputs in internal storage"), this))
{
    setObjectName(QStringLiteral("namespacesSection"));
    m_requireNamespace->setObjectName(QStringLiteral("requireExistingNamespace"));
    m_requireNamespace->setAccessibleName(tr("Require existing namespace"));
    m_outputsInStorage->setObjectName(QStringLiteral("outputsInInternalStorage"));
    m_outputsInStorage->setAccessibleName(tr("Outputs in internal storage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_requireNamespace);
    layout->addWidget(m_outputsInStorage);
    connect(m_requireNamespace, &QCheckBox::toggled, this, &TenantSection::edited);
    connect(m_outputsInStorage, &QCheckBox::toggled, this, &TenantSection::edited);
}

void NamespacesSection::setTenant(const Tenant& tenant, bool)
{
    m_requireNamespace->setChecked(tenant.requireExistingNamespace);
    m_outputsInStorage->setChecked(tenant.outputsInInternalStorage);
}

void NamespacesSection::applyTo(Tenant& tenant) const
{
    tenant.requireExistingNamespace = m_requireNamespace->isChecked();
    tenant.outputsInInternalStorage = m_outputsInStorage->isChecked();
}

void NamespacesSection::registerFields(FieldErrors& errors)
{
    errors.addField(QStringLiteral("requireExistingNamespace"), m_requireNamespace);
    errors.addField(QStringLiteral("outputsInInternalStorage"), m_outputsInStorage);
}

} // namespace ktc::ui
