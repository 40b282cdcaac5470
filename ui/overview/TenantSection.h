#pragma once

#include "core/ErrorBody.h"
#include "core/Tenant.h"

#include <QGroupBox>
#include <QList>

namespace ktc::ui {

class FieldErrors;

// One group of the Overview form: shows some fields of a tenant and writes the edits back.
class TenantSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit TenantSection(const QString& title, QWidget* parent = nullptr);

    // Shows `tenant`; `legacy` is true on a Kestra 1.3 server (workerGroup, no 2.0 parts).
    virtual void setTenant(const Tenant& tenant, bool legacy) = 0;
    // Writes the section's fields into `tenant` (a copy of the tenant as last read); fields the
    // section has not touched keep their value, absent parts stay absent unless edited.
    virtual void applyTo(Tenant& tenant) const = 0;
    // Registers the section's fields under the paths the server uses in validation errors.
    virtual void registerFields(FieldErrors& errors) = 0;
    // Problems the console can see before sending (the server does not check them all).
    virtual QList<FieldError> localErrors() const { return {}; }

signals:
    // The user changed something in the section.
    void edited();
};

} // namespace ktc::ui
