#pragma once

namespace ktc::sandbox {

class Router;
struct SandboxContext;

// Tenant roles and the permission catalog (/api/v1/{tenant}/roles/**, /acls/*).
class RoleRoutes
{
public:
    static void install(SandboxContext& ctx, Router& router);
};

} // namespace ktc::sandbox
