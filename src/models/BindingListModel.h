#pragma once

#include "core/Binding.h"
#include "models/PagedListModel.h"

namespace ktc::models {

// The Access page of a tenant: which user, service account or group holds which role where.
class BindingListModel final : public PagedListModel<Binding>
{
    Q_OBJECT

public:
    enum Column { SubjectType, Subject, RoleName, Namespace, ColumnCount };
    Q_ENUM(Column)

    // The kind of subject a binding grants to; a service account is a USER binding on the wire.
    enum class SubjectKind { Unknown, User, ServiceAccount, Group };

    using PagedListModel::PagedListModel;

    static SubjectKind subjectOf(const Binding& binding);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant itemData(const Binding& binding, int column, int role) const override;

private:
    static QString subjectName(const Binding& binding);
    static QString subjectToolTip(const Binding& binding);
};

} // namespace ktc::models
