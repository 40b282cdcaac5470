#pragma once

#include "TenantSection.h"

class QCheckBox;

namespace ktc::ui {

// Namespace and output rules: flows need an existing namespace; outputs go to internal storage.
class NamespacesSection : public TenantSection
{
    Q_OBJECT
public:
    explicit NamespacesSection(QWidget* parent = nullptr);

    void setTenant(const Tenant& tenant, bool legacy) override;
    void applyTo(Tenant& tenant) const override;
    void registerFields(FieldErrors& errors) override;

private:
    QCheckBox* m_requireNamespace;
    QCheckBox* m_outputsInStorage;
};

} // namespace ktc::ui
