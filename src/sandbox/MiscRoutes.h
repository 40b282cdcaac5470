#pragma once

namespace ktc::sandbox {

class Router;
struct SandboxContext;

// /api/v1/configs, /api/v1/auths and the caller's own /api/v1/me routes.
class MiscRoutes
{
public:
    static void install(SandboxContext& ctx, Router& router);
};

} // namespace ktc::sandbox
