#pragma once

namespace ktc::sandbox {

class Router;
struct SandboxContext;

// Service accounts at instance level (/api/v1/service-accounts/**, owners only) and tenant level
// (/api/v1/{tenant}/service-accounts/**, SERVICE_ACCOUNT permission), with their API tokens.
class ServiceAccountRoutes
{
public:
    static void install(SandboxContext& ctx, Router& router);
};

} // namespace ktc::sandbox
