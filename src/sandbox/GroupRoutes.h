#pragma once

namespace ktc::sandbox {

class Router;
struct SandboxContext;

// Tenant groups and their members (/api/v1/{tenant}/groups/**).
class GroupRoutes
{
public:
    static void install(SandboxContext& ctx, Router& router);
};

} // namespace ktc::sandbox
