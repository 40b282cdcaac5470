#pragma once

#include "core/Role.h"
#include "models/PagedListModel.h"

namespace ktc::models {

// The Roles page of a tenant: managed (read-only) and custom roles, default flag, size.
class RoleListModel final : public PagedListModel<RoleSummary>
{
    Q_OBJECT

public:
    enum Column { Name, Managed, Default, Permissions, ColumnCount };
    Q_ENUM(Column)

    using PagedListModel::PagedListModel;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QString sortField(int column) const override;
    QVariant itemData(const RoleSummary& role, int column, int itemRole) const override;
};

} // namespace ktc::models
