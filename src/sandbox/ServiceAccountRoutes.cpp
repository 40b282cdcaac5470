#include "ServiceAccountRoutes.h"

#include "Authenticator.h"
#include "Database.h"
#include "IamViews.h"
#include "PageRequest.h"
#include "Rbac.h"
#include "Router.h"
#include "SandboxContext.h"
#include "TokenService.h"

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
const QString kSa = u"SERVICE_ACCOUNT"_s;

Json instanceDetail(Database& db, const QString& id)
{
    QSqlQuery q = db.exec(u"SELECT name, description, super_admin FROM users WHERE id = ? AND type = 'SERVICE_ACCOUNT'"_s,
                          {id});
    if (!q.next())
        throw HttpError::notFound(u"Service account not found: "_s + id);
    return {{"id", s(id)},
            {"name", s(q.value(0).toString())},
            {"description", nullable(q.value(1))},
            {"tenants", IamViews::tenantSummaries(db, id)},
            {"superAdmin", q.value(2).toBool()}};
}

Json tenantDetail(Database& db, const QString& tenant, const QString& id)
{
    if (!IamViews::hasAccess(db, tenant, id))
        throw HttpError::notFound(u"Service account not found: "_s + id);
    Json d = instanceDetail(db, id);
    Json groups = Json::array();
    QSqlQuery q = db.exec(u"SELECT g.id FROM group_members m JOIN iam_groups g ON g.id = m.group_id"
                          " WHERE m.user_id = ? AND g.tenant_id = ? ORDER BY g.name"_s,
                          {id, tenant});
    while (q.next())
        groups.push_back({{"id", s(q.value(0).toString())}});
    return {{"id", d["id"]}, {"name", d["name"]}, {"description", d["description"]}, {"groups", groups},
            {"superAdmin", d["superAdmin"]}};
}

QString createAccount(Database& db, const QString& name, const QString& description, bool superAdmin,
                      const QString& ownerTenant)
{
    IamViews::validateDnsLabel(name, "name");
    const bool clash = ownerTenant.isEmpty()
        ? db.exists(u"SELECT 1 FROM users WHERE type = 'SERVICE_ACCOUNT' AND name = ? AND owner_tenant IS NULL"_s, {name})
        : db.exists(u"SELECT 1 FROM users u JOIN tenant_access a ON a.user_id = u.id WHERE u.type = 'SERVICE_ACCOUNT'"
                    " AND u.name = ? AND a.tenant_id = ?"_s, {name, ownerTenant});
    if (clash)
        throw HttpError::conflict(u"A service account with the name '"_s + name + u"' already exists"_s);
    const QString id = TokenService::newId();
    db.exec(u"INSERT INTO users(id, type, name, description, super_admin, owner_tenant, search, created_at)"
            " VALUES (?, 'SERVICE_ACCOUNT', ?, ?, ?, ?, '', ?)"_s,
            {id, name, description, superAdmin, ownerTenant.isEmpty() ? QVariant() : QVariant(ownerTenant),
             TokenService::nowIso()});
    IamViews::refreshSearch(db, id);
    return id;
}

// groups: [{id}] of the tenant; replaces the account's groups in that tenant.
void setGroups(Database& db, const QString& tenant, const QString& id, const Json& body)
{
    auto it = body.find("groups");
    if (it == body.end() || it->is_null())
        return;
    if (!it->is_array())
        throw typeError("groups", "an array of {id}");
    QStringList ids;
    for (const auto& g : *it) {
        if (!g.is_object() || !g.contains("id") || !g["id"].is_string())
            throw typeError("groups", "an array of {id}");
        const QString gid = q(g["id"].get<std::string>());
        if (!db.exists(u"SELECT 1 FROM iam_groups WHERE id = ? AND tenant_id = ?"_s, {gid, tenant}))
            throw HttpError::notFound(u"Group not found: "_s + gid);
        ids << gid;
    }
    db.exec(u"DELETE FROM group_members WHERE user_id = ? AND group_id IN (SELECT id FROM iam_groups WHERE tenant_id = ?)"_s,
            {id, tenant});
    for (const QString& gid : ids)
        db.exec(u"INSERT OR IGNORE INTO group_members(group_id, user_id, membership) VALUES (?, ?, 'MEMBER')"_s,
                {gid, id});
}

void requireTenantAccount(Database& db, const QString& tenant, const QString& id)
{
    IamViews::requireUser(db, id, kSa);
    if (!IamViews::hasAccess(db, tenant, id))
        throw HttpError::notFound(u"Service account not found: "_s + id);
}

void installInstance(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    Authenticator& auth = ctx.auth;
    const QString base = u"/api/v1/service-accounts"_s;
    r.add("GET", base, Access::InstanceOwner, [&db](ApiRequest& req) {
        const PageRequest page(req);
        QString where = u" WHERE type = 'SERVICE_ACCOUNT'"_s;
        QVariantList binds;
        page.addFreeText(where, binds, u"search"_s);
        const QString order = page.orderBy({{u"id"_s, u"id"_s}, {u"name"_s, u"name"_s}}, u"name"_s);
        const qint64 total = db.scalar(u"SELECT COUNT(*) FROM users"_s + where, binds).toLongLong();
        QSqlQuery q = db.exec(u"SELECT id FROM users"_s + where + order + page.limit(), binds);
        Json results = Json::array();
        while (q.next())
            results.push_back(instanceDetail(db, q.value(0).toString()));
        return ApiResponse::json(toBytes(IamViews::paged(results, total)));
    });
    r.add("POST", base, Access::InstanceOwner, [&db](ApiRequest& req) {
        const Json body = parseBody(req);
        const QString name = requiredString(body, "name");
        const auto tenants = optStringList(body, "tenants").value_or(QStringList());
        Database::Transaction tx(db);
        for (const QString& t : tenants)
            if (!db.exists(u"SELECT 1 FROM tenants WHERE id = ?"_s, {t}))
                throw HttpError::notFound(u"Tenant not found: "_s + t);
        const QString id = createAccount(db, name, optString(body, "description"),
                                         optBool(body, "superAdmin").value_or(false), {});
        for (const QString& t : tenants)
            IamViews::grantAccess(db, t, id);
        tx.commit();
        return ApiResponse::json(toBytes(instanceDetail(db, id)));
    });
    r.add("GET", base + u"/{}"_s, Access::InstanceOwner,
          [&db](ApiRequest& req) { return ApiResponse::json(toBytes(instanceDetail(db, req.param(0)))); });
    r.add("PATCH", base + u"/{}"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        const QString id = req.param(0);
        IamViews::requireUser(db, id, kSa);
        const Json body = parseBody(req);
        const QString name = requiredString(body, "name");
        IamViews::validateDnsLabel(name, "name");
        db.exec(u"UPDATE users SET name = ?, description = ? WHERE id = ?"_s, {name, optString(body, "description"), id});
        IamViews::refreshSearch(db, id);
        return ApiResponse::json(toBytes(instanceDetail(db, id)));
    });
    r.add("DELETE", base + u"/{}"_s, Access::InstanceOwner, [&db, &auth](ApiRequest& req) {
        IamViews::requireUser(db, req.param(0), kSa);
        IamViews::deleteUser(db, req.param(0));
        auth.invalidateUser(req.param(0));
        return ApiResponse::empty(204);
    });
    r.add("PATCH", base + u"/{}/superadmin"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        IamViews::requireUser(db, req.param(0), kSa);
        const auto v = optBool(parseBody(req), "superAdmin");
        if (!v)
            throw HttpError::invalid(u"superAdmin"_s, u"must not be null"_s);
        db.exec(u"UPDATE users SET super_admin = ? WHERE id = ?"_s, {*v, req.param(0)});
        return ApiResponse::empty(200);
    });
    r.add("GET", base + u"/{}/api-tokens"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        IamViews::requireUser(db, req.param(0), kSa);
        return ApiResponse::json(toBytes(IamViews::tokenList(db, req.param(0))));
    });
    r.add("POST", base + u"/{}/api-tokens"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        IamViews::requireUser(db, req.param(0), kSa);
        return ApiResponse::json(toBytes(IamViews::createToken(db, req.param(0), req)));
    });
    r.add("DELETE", base + u"/{}/api-tokens/{}"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        IamViews::requireUser(db, req.param(0), kSa);
        IamViews::deleteToken(db, req.param(0), req.param(1));
        return ApiResponse::json("{}");
    });
}

void installTenant(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    Rbac& rbac = ctx.rbac;
    Authenticator& auth = ctx.auth;
    const QString base = u"/api/v1/{}/service-accounts"_s;
    r.add("GET", base, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, kSa, {u"LIST"_s, u"VIEW"_s});
        const PageRequest page(req);
        QString where = u" WHERE a.tenant_id = ? AND u.type = 'SERVICE_ACCOUNT'"_s;
        QVariantList binds{tenant};
        page.addFreeText(where, binds, u"u.search"_s);
        const QString order = page.orderBy({{u"id"_s, u"u.id"_s}, {u"name"_s, u"u.name"_s},
                                            {u"username"_s, u"u.name"_s}}, u"u.name"_s);
        const QString from = u" FROM tenant_access a JOIN users u ON u.id = a.user_id"_s;
        const qint64 total = db.scalar(u"SELECT COUNT(*)"_s + from + where, binds).toLongLong();
        QSqlQuery q = db.exec(u"SELECT u.id"_s + from + where + order + page.limit(), binds);
        Json results = Json::array();
        while (q.next())
            results.push_back(IamViews::userTenantAccess(db, tenant, q.value(0).toString()));
        return ApiResponse::json(toBytes(IamViews::paged(results, total)));
    });
    r.add("POST", base, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.require(req, tenant, kSa, u"CREATE"_s);
        const Json body = parseBody(req);
        const QString name = requiredString(body, "name");
        const bool superAdmin = optBool(body, "superAdmin").value_or(false);
        if (superAdmin && !req.principal.superAdmin)
            throw HttpError::forbidden(u"Insufficient privileges to create a superAdmin service account"_s);
        Database::Transaction tx(db);
        const QString id = createAccount(db, name, optString(body, "description"), superAdmin, tenant);
        IamViews::grantAccess(db, tenant, id);
        setGroups(db, tenant, id, body);
        tx.commit();
        return ApiResponse::json(toBytes(tenantDetail(db, tenant, id)));
    });
    r.add("GET", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        rbac.require(req, req.param(0), kSa, u"VIEW"_s);
        requireTenantAccount(db, req.param(0), req.param(1));
        return ApiResponse::json(toBytes(tenantDetail(db, req.param(0), req.param(1))));
    });
    r.add("PUT", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString id = req.param(1);
        rbac.require(req, tenant, kSa, u"UPDATE"_s);
        requireTenantAccount(db, tenant, id);
        const Json body = parseBody(req);
        const QString name = requiredString(body, "name");
        IamViews::validateDnsLabel(name, "name");
        const auto superAdmin = optBool(body, "superAdmin");
        Database::Transaction tx(db);
        db.exec(u"UPDATE users SET name = ?, description = ? WHERE id = ?"_s, {name, optString(body, "description"), id});
        if (superAdmin && req.principal.superAdmin)
            db.exec(u"UPDATE users SET super_admin = ? WHERE id = ?"_s, {*superAdmin, id});
        else if (superAdmin && *superAdmin != db.scalar(u"SELECT super_admin FROM users WHERE id = ?"_s, {id}).toBool())
            throw HttpError::forbidden(u"Insufficient privileges to change superAdmin"_s);
        setGroups(db, tenant, id, body);
        IamViews::refreshSearch(db, id);
        tx.commit();
        return ApiResponse::json(toBytes(tenantDetail(db, tenant, id)));
    });
    r.add("DELETE", base + u"/{}"_s, Access::Authenticated, [&db, &rbac, &auth](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString id = req.param(1);
        rbac.require(req, tenant, kSa, u"DELETE"_s);
        requireTenantAccount(db, tenant, id);
        const bool owned = db.scalar(u"SELECT owner_tenant FROM users WHERE id = ?"_s, {id}).toString() == tenant;
        const qint64 tenants = db.scalar(u"SELECT COUNT(*) FROM tenant_access WHERE user_id = ?"_s, {id}).toLongLong();
        if (owned || tenants <= 1)
            IamViews::deleteUser(db, id);
        else
            IamViews::revokeAccess(db, tenant, id); // an instance account spanning tenants only leaves this one
        auth.invalidateUser(id);
        return ApiResponse::empty(200); // Kestra oddity kept: 200 here, 204 at instance level
    });
    r.add("GET", base + u"/{}/api-tokens"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        rbac.requireAny(req, req.param(0), kSa, {u"VIEW"_s, u"LIST"_s});
        requireTenantAccount(db, req.param(0), req.param(1));
        return ApiResponse::json(toBytes(IamViews::tokenList(db, req.param(1))));
    });
    r.add("POST", base + u"/{}/api-tokens"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        rbac.requireAny(req, req.param(0), kSa, {u"UPDATE"_s, u"CREATE"_s});
        requireTenantAccount(db, req.param(0), req.param(1));
        return ApiResponse::json(toBytes(IamViews::createToken(db, req.param(1), req)));
    });
    r.add("DELETE", base + u"/{}/api-tokens/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        rbac.requireAny(req, req.param(0), kSa, {u"UPDATE"_s, u"DELETE"_s});
        requireTenantAccount(db, req.param(0), req.param(1));
        IamViews::deleteToken(db, req.param(1), req.param(2));
        return ApiResponse::json("{}");
    });
}
} // namespace

void ServiceAccountRoutes::install(SandboxContext& ctx, Router& router)
{
    installInstance(ctx, router);
    installTenant(ctx, router);
}

} // namespace ktc::sandbox
