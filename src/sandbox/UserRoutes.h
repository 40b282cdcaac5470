#pragma once

namespace ktc::sandbox {

class Router;
struct SandboxContext;

// Instance users (/api/v1/users/**): instance owners only.
class UserRoutes
{
public:
    static void install(SandboxContext& ctx, Router& router);
};

} // namespace ktc::sandbox
