#pragma once

#include "SearchChecklist.h"

namespace ktc::api {
class ApiClient;
}

namespace ktc::ui {

// Finders for SearchChecklist over a tenant: its groups and its users (tenant access).
namespace checklistFinders {
SearchChecklist::Finder groups(api::ApiClient* client, const QString& tenantId);
SearchChecklist::Finder users(api::ApiClient* client, const QString& tenantId);
} // namespace checklistFinders

} // namespace ktc::ui
