#pragma once

#include "TenantSection.h"

class QLineEdit;

namespace ktc::ui {

class IsolationEditor;
class KeyValueEditor;

// The tenant's internal storage backend: type, its configuration map, and storage isolation.
class StorageSection : public TenantSection
{
    Q_OBJECT
public:
    explicit StorageSection(QWidget* parent = nullptr);

    void setTenant(const Tenant& tenant, bool legacy) override;
    void applyTo(Tenant& tenant) const override;
    void registerFields(FieldErrors& errors) override;
    QList<FieldError> localErrors() const override;

private:
    QLineEdit* m_type;
    KeyValueEditor* m_configuration;
    IsolationEditor* m_isolation;
};

} // namespace ktc::ui
