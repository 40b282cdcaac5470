#pragma once

#include "core/ErrorBody.h"
#include "core/Tenant.h"

#include <QList>
#include <QWidget>

namespace ktc::ui {

class FieldErrors;
class TenantSection;

// Every property of a tenant the console edits, in sections the way an administrator thinks of
// them. Reads a tenant, and writes the edits over a copy of the tenant as last read, so that what
// the form does not show (appCatalogConfig, settings, unknown JSON keys) goes back unchanged.
class TenantForm : public QWidget
{
    Q_OBJECT
public:
    explicit TenantForm(QWidget* parent = nullptr);

    void setTenant(const Tenant& tenant, bool legacy);
    // An empty form (no tenant): nothing of the previous tenant stays visible.
    void clear();
    // `base` with the edits applied.
    Tenant applied(const Tenant& base) const;
    void registerFields(FieldErrors& errors);
    QList<FieldError> localErrors() const;

signals:
    // The user changed a field (not emitted while setTenant() fills the form).
    void edited();

private:
    QList<TenantSection*> m_sections;
    bool m_filling = false;
};

} // namespace ktc::ui
