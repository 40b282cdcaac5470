#pragma once

#include "TenantSection.h"

class QLineEdit;

namespace ktc::ui {

// Identity: the id (read-only, Kestra cannot rename a tenant) and the display name.
class IdentitySection : public TenantSection
{
    Q_OBJECT
public:
    explicit IdentitySection(QWidget* parent = nullptr);

    void setTenant(const Tenant& tenant, bool legacy) override;
    void applyTo(Tenant& tenant) const override;
    void registerFields(FieldErrors& errors) override;

private:
    QLineEdit* m_id;
    QLineEdit* m_name;
};

} // namespace ktc::ui
