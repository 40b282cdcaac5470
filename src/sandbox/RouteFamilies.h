#pragma once

namespace ktc::sandbox {

class Router;
struct SandboxContext;

// Registers every API route family on the router, in an order where literal paths win.
class RouteFamilies
{
public:
    static void install(SandboxContext& ctx, Router& router);
};

} // namespace ktc::sandbox
