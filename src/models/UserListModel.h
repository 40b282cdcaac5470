#pragma once

#include "models/TenantAccessListModel.h"

namespace ktc::models {

// The Users page of a tenant: who has access, their groups and how they sign in.
class UserListModel final : public TenantAccessListModel
{
    Q_OBJECT

public:
    enum Column { DisplayName, Username, Groups, Authentication, InstanceOwner, ColumnCount };
    Q_ENUM(Column)

    using TenantAccessListModel::TenantAccessListModel;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortField(int column) const override;
    int instanceOwnerColumn() const override { return InstanceOwner; }
    QVariant itemData(const TenantAccessUser& user, int column, int role) const override;

private:
    static QVariant authData(const TenantAccessUser& user, int role);
};

} // namespace ktc::models
