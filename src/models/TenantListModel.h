#pragma once

#include "core/Me.h"
#include "core/Tenant.h"
#include "models/PagedListModel.h"

namespace ktc::models {

// The tenant list of the main window: id, name and where the tenant's tasks run.
class TenantListModel final : public PagedListModel<Tenant>
{
    Q_OBJECT

public:
    enum Column { Id, Name, Workers, ColumnCount };
    Q_ENUM(Column)

    using PagedListModel::PagedListModel;

    // A non-owner cannot search tenants: /api/v1/me lists the ones they may open (setItems()).
    static QList<Tenant> fromMe(const QList<MeTenant>& tenants);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortField(int column) const override;
    QVariant itemData(const Tenant& tenant, int column, int role) const override;

private:
    static QString workersText(const Tenant& tenant);
    static QString workersToolTip(const Tenant& tenant);
};

} // namespace ktc::models
