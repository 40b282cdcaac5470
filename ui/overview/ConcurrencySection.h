#pragma once

#include "TenantSection.h"

class QCheckBox;
class QSpinBox;

namespace ktc::ui {

class ChoiceBox;

// Kestra 2.0 tenant-wide concurrency: on or off, the limit (>= 1) and what happens above it.
class ConcurrencySection : public TenantSection
{
    Q_OBJECT
public:
    explicit ConcurrencySection(QWidget* parent = nullptr);

    void setTenant(const Tenant& tenant, bool legacy) override;
    void applyTo(Tenant& tenant) const override;
    void registerFields(FieldErrors& errors) override;

private:
    void updateEnabled();

    bool m_legacy = false;
    QCheckBox* m_enabled;
    QSpinBox* m_limit;
    ChoiceBox* m_behavior;
};

} // namespace ktc::ui
