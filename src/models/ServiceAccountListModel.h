#pragma once

#include "models/TenantAccessListModel.h"

namespace ktc::models {

// The Service Accounts page of a tenant (the tenant list answers in the tenant-access shape,
// on 2.0 from /{tenant}/service-accounts, on 1.3 from tenant-access?type=SERVICE_ACCOUNT).
class ServiceAccountListModel final : public TenantAccessListModel
{
    Q_OBJECT

public:
    enum Column { Name, Description, Groups, InstanceOwner, ColumnCount };
    Q_ENUM(Column)

    using TenantAccessListModel::TenantAccessListModel;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortField(int column) const override;
    int instanceOwnerColumn() const override { return InstanceOwner; }
    QVariant itemData(const TenantAccessUser& account, int column, int role) const override;
};

} // namespace ktc::models
