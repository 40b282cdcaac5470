#pragma once

#include <QByteArray>

namespace ktc::sandbox {

class Router;
struct SandboxContext;

// Instance-level tenant CRUD (/api/v1/tenants/**), instance owners only.
class TenantRoutes
{
public:
    static void install(SandboxContext& ctx, Router& router);
    // Creates a tenant with its managed roles; shared with the seeder. Throws HttpError.
    static void createTenant(SandboxContext& ctx, const QByteArray& tenantJson);
};

} // namespace ktc::sandbox
