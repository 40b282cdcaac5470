#pragma once

namespace ktc::sandbox {

class Router;
struct SandboxContext;

// Tenant invitations (/api/v1/{tenant}/invitations/**): how tenant admins onboard people.
class InvitationRoutes
{
public:
    static void install(SandboxContext& ctx, Router& router);
};

} // namespace ktc::sandbox
