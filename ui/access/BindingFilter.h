#pragma once

#include "api/BindingSearch.h"
#include "models/BindingListModel.h"

#include <QString>

namespace ktc::ui {

// What the Access page shows: by subject kind, subject, role and namespace (empty = any).
// The server filters by USER/GROUP, subject and namespace; role and the user/service-account
// distinction are tested on the client.
struct BindingFilter
{
    using Kind = models::BindingListModel::SubjectKind;

    Kind kind = Kind::Unknown; // Unknown = any
    QString subjectId;
    QString roleId;
    QString namespaceId;

    api::BindingSearch search() const
    {
        api::BindingSearch by;
        if (kind == Kind::Group)
            by.type = BindingType::Group;
        else if (kind != Kind::Unknown)
            by.type = BindingType::User;
        by.externalId = subjectId;
        by.namespaceId = namespaceId;
        return by;
    }
    bool needsClientTest() const { return !roleId.isEmpty() || kind == Kind::User || kind == Kind::ServiceAccount; }
    bool accepts(const Binding& binding) const
    {
        if (!roleId.isEmpty() && binding.role.id != roleId)
            return false;
        return kind == Kind::Unknown || models::BindingListModel::subjectOf(binding) == kind;
    }
    bool operator==(const BindingFilter&) const = default;
};

} // namespace ktc::ui
