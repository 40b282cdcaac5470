#pragma once

#include "TenantSection.h"

namespace ktc::ui {

class QuotasEditor;

// Kestra 2.0 execution quotas of the tenant.
class QuotasSection : public TenantSection
{
    Q_OBJECT
public:
    explicit QuotasSection(QWidget* parent = nullptr);

    void setTenant(const Tenant& tenant, bool legacy) override;
    void applyTo(Tenant& tenant) const override;
    void registerFields(FieldErrors& errors) override;
    QList<FieldError> localErrors() const override;

private:
    bool m_legacy = false;
    QuotasEditor* m_editor;
};

} // namespace ktc::ui
