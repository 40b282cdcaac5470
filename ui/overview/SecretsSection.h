#pragma once

#include "TenantSection.h"

class QCheckBox;
class QLineEdit;

namespace ktc::ui {

class IsolationEditor;
class KeyValueEditor;

// The tenant's secret backend: type, read-only flag, its configuration map (values masked: they
// are often credentials) and secret isolation.
class SecretsSection : public TenantSection
{
    Q_OBJECT
public:
    explicit SecretsSection(QWidget* parent = nullptr);

    void setTenant(const Tenant& tenant, bool legacy) override;
    void applyTo(Tenant& tenant) const override;
    void registerFields(FieldErrors& errors) override;
    QList<FieldError> localErrors() const override;

private:
    QLineEdit* m_type;
    QCheckBox* m_readOnly;
    KeyValueEditor* m_configuration;
    IsolationEditor* m_isolation;
};

} // namespace ktc::ui
