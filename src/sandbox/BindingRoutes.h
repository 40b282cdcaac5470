#pragma once

namespace ktc::sandbox {

class Router;
struct SandboxContext;

// Role bindings of users, service accounts and groups (/api/v1/{tenant}/bindings/**).
class BindingRoutes
{
public:
    static void install(SandboxContext& ctx, Router& router);
};

} // namespace ktc::sandbox
