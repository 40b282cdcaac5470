#pragma once

namespace ktc::sandbox {

class Database;
class Router;
struct SandboxContext;

// GET /api/v1/instance/worker-groups, read-only in the sandbox (owners only).
class WorkerGroupRoutes
{
public:
    static void install(SandboxContext& ctx, Router& router);
    static void seedDefaults(Database& db);
};

} // namespace ktc::sandbox
