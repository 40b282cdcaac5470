#include "ConcurrencySection.h"

#include "ChoiceBox.h"
#include "ui/FieldErrors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>
#include <limits>

namespace ktc::ui {

ConcurrencySection::ConcurrencySection(QWidget* parent)
    : TenantSection(tr("Concurrency"), parent)
    , m_enabled(new QCheckBox(tr("Limit concurrent executions of this tenant"), this))
    , m_limit(new QSpinBox(this))
    , m_behavior(new ChoiceBox(QStringLiteral("concurrencyBehavior"), tr("Concurrency behavior"), this))
{
    setObjectName(QStringLiteral("concurrencySection"));
    m_enabled->setObjectName(QStringLiteral("concurrencyEnabled"));
    m_enabled->setAccessibleName(tr("Concurrency limit enabled"));
    m_limit->setObjectName(QStringLiteral("concurrencyLimit"));
    m_limit->setAccessibleName(tr("Concurrency limit"));
    m_limit->setRange(1, std::numeric_limits<int>::max());
    m_behavior->addChoice(tr("QUEUE: wait for a free slot"), int(ConcurrencyBehavior::Queue));
    m_behavior->addChoice(tr("CANCEL: cancel the new execution"), int(ConcurrencyBehavior::Cancel));
    m_behavior->addChoice(tr("FAIL: fail the new execution"), int(ConcurrencyBehavior::Fail));
    auto* form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Limit"), m_limit);
    form->addRow(tr("Above the limit"), m_behavior);
    connect(m_enabled, &QCheckBox::toggled, this, &ConcurrencySection::updateEnabled);
    connect(m_enabled, &QCheckBox::toggled, this, &TenantSection::edited);
    connect(m_limit, &QSpinBox::valueChanged, this, &TenantSection::edited);
    connect(m_behavior, &QComboBox::activated, this, &TenantSection::edited);
    updateEnabled();
}

void ConcurrencySection::setTenant(const Tenant& tenant, bool legacy)
{
    m_legacy = legacy;
    setHidden(legacy); // 1.3 has no tenant concurrency
    const TenantConcurrency c = tenant.concurrency.value_or(TenantConcurrency {});
    m_enabled->setChecked(tenant.concurrency.has_value());
    // The server may hold a limit the spin box cannot show (< 1): then it shows 1, and saving
    // sends 1 only if the section is edited.
    m_limit->setValue(c.limit);
    m_behavior->setValue(int(c.behavior));
    updateEnabled();
}

void ConcurrencySection::applyTo(Tenant& tenant) const
{
    if (m_legacy)
        return;
    if (!m_enabled->isChecked()) {
        tenant.concurrency.reset();
        return;
    }
    TenantConcurrency c { m_limit->value(), static_cast<ConcurrencyBehavior>(m_behavior->value()) };
    if (tenant.concurrency && tenant.concurrency->limit < 1 && c.limit == 1
        && c.behavior == tenant.concurrency->behavior)
        return; // untouched out-of-range value: as read
    tenant.concurrency = c;
}

void ConcurrencySection::registerFields(FieldErrors& errors)
{
    errors.addField(QStringLiteral("concurrency"), m_enabled);
    errors.addField(QStringLiteral("concurrency.limit"), m_limit);
    errors.addField(QStringLiteral("concurrency.behavior"), m_behavior);
}

void ConcurrencySection::updateEnabled()
{
    m_limit->setEnabled(m_enabled->isChecked());
    m_behavior->setEnabled(m_enabled->isChecked());
}

} // namespace ktc::ui
