#pragma once

#include "api/ServerAdapter.h"
#include "core/Me.h"
#include "core/ServerConfig.h"
#include "core/Tenant.h"

#include <QList>

namespace ktc::api {

// What a successful connect found out: the server, who we are, and the tenants we may open.
struct SessionInfo
{
    ServerConfig server;
    ServerAdapter adapter;
    Me me;
    bool instanceOwner = false;
    QList<TenantRef> tenants; // the first page for an instance owner (see tenantsTotal)
    qint64 tenantsTotal = 0;
};

} // namespace ktc::api
