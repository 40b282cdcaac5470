#pragma once

#include "core/Binding.h"

#include <QString>

namespace ktc::api {

// The dedicated parameters of bindings search: whose bindings, where (empty = any).
struct BindingSearch
{
    BindingType type = BindingType::Unknown; // USER or GROUP; Unknown = both
    QString externalId;                      // the user, service account or group id
    QString namespaceId;
};

} // namespace ktc::api
