#pragma once

namespace ktc::sandbox {

class Authenticator;
class Database;
class FaultInjector;
class Rbac;
class TenantAccessIndex;

// The services every route family uses; owned by SandboxServer.
struct SandboxContext
{
    Database& db;
    Authenticator& auth;
    Rbac& rbac;
    FaultInjector& faults;
    TenantAccessIndex& accessIndex;
};

} // namespace ktc::sandbox
