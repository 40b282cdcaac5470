#include "RouteFamilies.h"

#include "MiscRoutes.h"
#include "TenantRoutes.h"

namespace ktc::sandbox {

void RouteFamilies::install(SandboxContext& ctx, Router& router)
{
    MiscRoutes::install(ctx, router);
    TenantRoutes::install(ctx, router);
}

} // namespace ktc::sandbox
