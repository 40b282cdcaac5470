#pragma once

#include "core/TenantAccess.h"
#include "models/PagedListModel.h"

#include <QSet>

namespace ktc::models {

// What the user and service-account lists of a tenant share: both are tenant accesses
// (`ApiUserTenantAccess`), with groups and an instance-owner flag the list itself lacks.
class TenantAccessListModel : public PagedListModel<TenantAccessUser>
{
    Q_OBJECT

public:
    using PagedListModel::PagedListModel;

    // The instance owners among the rows, when the caller knows them (an instance owner can
    // read the instance user list); until then the column stays empty rather than say "No".
    void setInstanceOwnerIds(const QSet<QString>& ids);
    bool instanceOwnersKnown() const { return m_ownersKnown; }

protected:
    virtual int instanceOwnerColumn() const = 0;

    static QString nameOf(const TenantAccessUser& user);
    QVariant groupsData(const TenantAccessUser& user, int role) const;
    QVariant instanceOwnerData(const TenantAccessUser& user, int role) const;

private:
    QSet<QString> m_ownerIds;
    bool m_ownersKnown = false;
};

} // namespace ktc::models
