#pragma once

namespace ktc::sandbox {

class Router;
struct SandboxContext;

// Who is in a tenant: /api/v1/{tenant}/tenant-access/** and PUT /api/v1/{tenant}/users/{id}/groups.
class TenantAccessRoutes
{
public:
    static void install(SandboxContext& ctx, Router& router);
};

} // namespace ktc::sandbox
