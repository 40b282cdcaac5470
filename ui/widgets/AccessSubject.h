#pragma once

#include "core/Binding.h"

#include <QString>

namespace ktc::ui {

// Someone a role can be bound to: a user, a service account or a group of the tenant.
struct AccessSubject
{
    enum class Kind { User, ServiceAccount, Group };

    Kind kind = Kind::User;
    QString id;
    QString name; // display name
    QString detail; // username, description...

    // Users and service accounts are both USER bindings on the wire.
    BindingType bindingType() const { return kind == Kind::Group ? BindingType::Group : BindingType::User; }
    bool operator==(const AccessSubject&) const = default;
};

} // namespace ktc::ui
