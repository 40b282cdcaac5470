#include "RouteFamilies.h"

#include "BindingRoutes.h"
#include "GroupRoutes.h"
#include "InvitationRoutes.h"
#include "MiscRoutes.h"
#include "RoleRoutes.h"
#include "ServiceAccountRoutes.h"
#include "TenantAccessRoutes.h"
#include "TenantRoutes.h"
#include "UserRoutes.h"
#include "WorkerGroupRoutes.h"

namespace ktc::sandbox {

void RouteFamilies::install(SandboxContext& ctx, Router& router)
{
    // instance routes first: their literal second segment must win over "{tenant}"
    MiscRoutes::install(ctx, router);
    TenantRoutes::install(ctx, router);
    UserRoutes::install(ctx, router);
    ServiceAccountRoutes::install(ctx, router);
    WorkerGroupRoutes::install(ctx, router);
    TenantAccessRoutes::install(ctx, router);
    GroupRoutes::install(ctx, router);
    RoleRoutes::install(ctx, router);
    BindingRoutes::install(ctx, router);
    InvitationRoutes::install(ctx, router);
}

} // namespace ktc::sandbox
