#include "GroupRoutes.h"

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
const QString kColumns = u"id, name, description, security_integration_name"_s;

Json summary(QSqlQuery& q)
{
    return {{"id", s(q.value(0).toString())},
            {"name", s(q.value(1).toString())},
            {"description", nullable(q.value(2))},
            {"securityIntegrationName", nullable(q.value(3))}};
}

Json detail(Database& db, const QString& tenant, const QString& id)
{
    QSqlQuery q = db.exec(u"SELECT "_s + kColumns + u" FROM iam_groups WHERE id = ? AND tenant_id = ?"_s,
                          {id, tenant});
    if (!q.next())
        throw HttpError::notFound(u"Group not found: "_s + id);
    return {{"id", s(id)}, {"name", s(q.value(1).toString())}, {"description", nullable(q.value(2))}};
}

void requireGroup(Database& db, const QString& tenant, const QString& id)
{
    if (!db.exists(u"SELECT 1 FROM iam_groups WHERE id = ? AND tenant_id = ?"_s, {id, tenant}))
        throw HttpError::notFound(u"Group not found: "_s + id);
}

bool isMember(Database& db, const QString& group, const QString& user)
{
    return db.exists(u"SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?"_s, {group, user});
}

// GROUP:MANAGE_MEMBERS, or being an OWNER of this very group.
void requireMemberManagement(Database& db, Rbac& rbac, const ApiRequest& req, const QString& tenant,
                             const QString& group)
{
    rbac.requireTenant(req, tenant);
    if (req.principal.superAdmin || rbac.allowed(req.principal, tenant, u"GROUP"_s, u"MANAGE_MEMBERS"_s))
        return;
    if (db.exists(u"SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ? AND membership = 'OWNER'"_s,
                  {group, req.principal.userId}))
        return;
    throw HttpError::forbidden(u"Forbidden: missing permission GROUP:MANAGE_MEMBERS in tenant '"_s + tenant
                               + u"'"_s);
}

// A member must exist and already have access to the tenant (Kestra 2.0).
void requireTenantUser(Database& db, const QString& tenant, const QString& user)
{
    if (!IamViews::hasAccess(db, tenant, user))
        throw HttpError::notFound(u"User does not exist for id "_s + user);
}

Json groupList(Database& db, const QString& where, const QVariantList& binds)
{
    QSqlQuery q = db.exec(u"SELECT "_s + kColumns + u" FROM iam_groups"_s + where, binds);
    Json out = Json::array();
    while (q.next())
        out.push_back(summary(q));
    return out;
}
} // namespace

void GroupRoutes::install(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    Rbac& rbac = ctx.rbac;
    const QString base = u"/api/v1/{}/groups"_s;

    r.add("POST", base, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.require(req, tenant, u"GROUP"_s, u"CREATE"_s);
        const Json body = parseBody(req);
        const QString name = requiredString(body, "name");
        const QString description = optString(body, "description");
        const QStringList members = optStringList(body, "membersId").value_or(QStringList());
        Database::Transaction tx(db);
        if (db.exists(u"SELECT 1 FROM iam_groups WHERE tenant_id = ? AND name = ?"_s, {tenant, name}))
            throw HttpError::conflict(u"A group with the name '"_s + name + u"' already exists"_s);
        const QString id = TokenService::newId();
        db.exec(u"INSERT INTO iam_groups(id, tenant_id, name, description) VALUES (?, ?, ?, ?)"_s,
                {id, tenant, name, description});
        for (const QString& m : members) {
            requireTenantUser(db, tenant, m);
            db.exec(u"INSERT OR IGNORE INTO group_members(group_id, user_id, membership) VALUES (?, ?, 'MEMBER')"_s,
                    {id, m});
        }
        tx.commit();
        return ApiResponse::json(toBytes(detail(db, tenant, id)));
    });

    r.add("GET", base + u"/search"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"GROUP"_s, {u"LIST"_s, u"VIEW"_s});
        const PageRequest page(req);
        QString where = u" WHERE tenant_id = ?"_s;
        QVariantList binds{tenant};
        page.addFreeText(where, binds, u"lower(id || ' ' || name || ' ' || coalesce(description, ''))"_s);
        const QString order = page.orderBy({{u"id"_s, u"id"_s}, {u"name"_s, u"name COLLATE NOCASE"_s}},
                                           u"name COLLATE NOCASE"_s);
        const qint64 total = db.scalar(u"SELECT COUNT(*) FROM iam_groups"_s + where, binds).toLongLong();
        return ApiResponse::json(toBytes(IamViews::paged(groupList(db, where + order + page.limit(), binds), total)));
    });

    r.add("POST", base + u"/autocomplete"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"GROUP"_s, {u"LIST"_s, u"VIEW"_s});
        const Json body = parseBody(req);
        const QString text = optString(body, "q");
        const auto ids = optStringList(body, "ids");
        QString where = u" WHERE tenant_id = ?"_s;
        QVariantList binds{tenant};
        if (!text.isEmpty()) {
            where += u" AND lower(name) LIKE ?"_s;
            binds << QVariant(QString(u"%"_s + text.toLower() + u"%"_s));
        }
        if (ids && !ids->isEmpty()) {
            QStringList marks;
            for (const QString& id : *ids) {
                marks << u"?"_s;
                binds << id;
            }
            where += u" AND id IN ("_s + marks.join(QLatin1Char(',')) + u")"_s;
        }
        return ApiResponse::json(toBytes(groupList(db, where + u" ORDER BY name COLLATE NOCASE LIMIT 50"_s, binds)));
    });

    r.add("POST", base + u"/ids"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"GROUP"_s, {u"LIST"_s, u"VIEW"_s});
        const QStringList ids = optStringList(parseBody(req), "ids").value_or(QStringList());
        if (ids.isEmpty())
            return ApiResponse::json("[]");
        QStringList marks;
        QVariantList binds{tenant};
        for (const QString& id : ids) {
            marks << u"?"_s;
            binds << id;
        }
        return ApiResponse::json(toBytes(groupList(
            db, u" WHERE tenant_id = ? AND id IN ("_s + marks.join(QLatin1Char(',')) + u") ORDER BY name"_s, binds)));
    });

    r.add("GET", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        rbac.require(req, req.param(0), u"GROUP"_s, u"VIEW"_s);
        return ApiResponse::json(toBytes(detail(db, req.param(0), req.param(1))));
    });

    r.add("PUT", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString id = req.param(1);
        rbac.require(req, tenant, u"GROUP"_s, u"UPDATE"_s);
        requireGroup(db, tenant, id);
        const Json body = parseBody(req);
        const QString name = requiredString(body, "name");
        if (db.exists(u"SELECT 1 FROM iam_groups WHERE tenant_id = ? AND name = ? AND id <> ?"_s, {tenant, name, id}))
            throw HttpError::conflict(u"A group with the name '"_s + name + u"' already exists"_s);
        db.exec(u"UPDATE iam_groups SET name = ?, description = ? WHERE id = ?"_s,
                {name, optString(body, "description"), id});
        return ApiResponse::json(toBytes(detail(db, tenant, id)));
    });

    r.add("DELETE", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString id = req.param(1);
        rbac.require(req, tenant, u"GROUP"_s, u"DELETE"_s);
        requireGroup(db, tenant, id);
        Database::Transaction tx(db);
        db.exec(u"DELETE FROM bindings WHERE tenant_id = ? AND type = 'GROUP' AND external_id = ?"_s, {tenant, id});
        db.exec(u"DELETE FROM iam_groups WHERE id = ?"_s, {id});
        tx.commit();
        return ApiResponse::empty(200); // Kestra oddity kept: delete group is 200, delete role 204
    });

    r.add("GET", base + u"/{}/members"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString id = req.param(1);
        rbac.requireTenant(req, tenant);
        if (!req.principal.superAdmin && !rbac.allowed(req.principal, tenant, u"GROUP"_s, u"VIEW"_s)
            && !isMember(db, id, req.principal.userId))
            throw HttpError::forbidden(u"Forbidden: missing permission GROUP:VIEW in tenant '"_s + tenant + u"'"_s);
        requireGroup(db, tenant, id);
        const PageRequest page(req);
        QString where = u" WHERE m.group_id = ?"_s;
        QVariantList binds{id};
        page.addFreeText(where, binds, u"u.search"_s);
        const QString order = page.orderBy({{u"id"_s, u"u.id"_s},
                                            {u"username"_s, u"coalesce(u.email, u.name) COLLATE NOCASE"_s},
                                            {u"membership"_s, u"m.membership"_s}},
                                           u"coalesce(u.email, u.name) COLLATE NOCASE"_s);
        const QString from = u" FROM group_members m JOIN users u ON u.id = m.user_id"_s;
        const qint64 total = db.scalar(u"SELECT COUNT(*)"_s + from + where, binds).toLongLong();
        QSqlQuery q = db.exec(u"SELECT u.id"_s + from + where + order + page.limit(), binds);
        Json results = Json::array();
        while (q.next())
            results.push_back(IamViews::groupMember(db, tenant, q.value(0).toString()));
        return ApiResponse::json(toBytes(IamViews::paged(results, total)));
    });

    r.add("PUT", base + u"/{}/members/membership/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString id = req.param(1);
        const QString user = req.param(2);
        const QString membership = req.queryValue(u"membership"_s).toUpper();
        if (membership != u"OWNER"_s && membership != u"MEMBER"_s)
            throw HttpError::badRequest(u"Invalid query parameter: membership must be OWNER or MEMBER"_s);
        requireMemberManagement(db, rbac, req, tenant, id);
        requireGroup(db, tenant, id);
        IamViews::requireUser(db, user);
        if (!isMember(db, id, user))
            throw HttpError::conflict(u"User is not a member of the group"_s);
        db.exec(u"UPDATE group_members SET membership = ? WHERE group_id = ? AND user_id = ?"_s, {membership, id, user});
        return ApiResponse::json(toBytes(IamViews::groupMember(db, tenant, user)));
    });

    r.add("PUT", base + u"/{}/members/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString id = req.param(1);
        const QString user = req.param(2);
        requireMemberManagement(db, rbac, req, tenant, id);
        requireGroup(db, tenant, id);
        requireTenantUser(db, tenant, user);
        if (isMember(db, id, user))
            throw HttpError::conflict(u"User is already a member of the group"_s);
        db.exec(u"INSERT INTO group_members(group_id, user_id, membership) VALUES (?, ?, 'MEMBER')"_s, {id, user});
        return ApiResponse::json(toBytes(IamViews::groupMember(db, tenant, user)));
    });

    r.add("DELETE", base + u"/{}/members/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString id = req.param(1);
        const QString user = req.param(2);
        requireMemberManagement(db, rbac, req, tenant, id);
        requireGroup(db, tenant, id);
        IamViews::requireUser(db, user);
        if (!isMember(db, id, user))
            throw HttpError::conflict(u"User is not a member of the group"_s);
        db.exec(u"DELETE FROM group_members WHERE group_id = ? AND user_id = ?"_s, {id, user});
        return ApiResponse::json(toBytes(IamViews::groupMember(db, tenant, user)));
    });
}

} // namespace ktc::sandbox
