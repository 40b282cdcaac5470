#include "TenantAccessRoutes.h"

#include "Database.h"
#include "IamViews.h"
#include "PageRequest.h"
#include "Rbac.h"
#include "Router.h"
#include "SandboxContext.h"
#include "TenantAccessIndex.h"

#include <QByteArrayMatcher>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
Json permissionList(const QByteArray& raw)
{
    const Json perms = Json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
    Json out = Json::array();
    if (perms.is_object())
        for (auto it = perms.begin(); it != perms.end(); ++it)
            out.push_back({{"resource", it.key()}, {"actions", it.value()}});
    return out;
}

// ApiTenantAccess: the user's groups and every role assignment with its origin.
Json tenantAccessDetail(Database& db, const QString& tenant, const QString& userId)
{
    const Json base = IamViews::userTenantAccess(db, tenant, userId);
    Json roles = Json::array();
    QSqlQuery q = db.exec(
        u"SELECT r.id, r.name, b.namespace, b.type, b.id, b.external_id, r.permissions FROM bindings b"
        " JOIN roles r ON r.id = b.role_id WHERE b.tenant_id = ? AND ((b.type = 'USER' AND b.external_id = ?)"
        " OR (b.type = 'GROUP' AND b.external_id IN (SELECT group_id FROM group_members WHERE user_id = ?)))"
        " ORDER BY r.name"_s,
        {tenant, userId, userId});
    while (q.next()) {
        const bool viaGroup = q.value(3).toString() == u"GROUP"_s;
        roles.push_back({{"id", s(q.value(0).toString())},
                         {"name", s(q.value(1).toString())},
                         {"namespace", nullable(q.value(2))},
                         {"origin", viaGroup ? "GROUP" : "BINDING"},
                         {"sourceId", s(viaGroup ? q.value(5).toString() : q.value(4).toString())},
                         {"permissions", permissionList(q.value(6).toByteArray())}});
    }
    return {{"tenantId", s(tenant)},
            {"userId", s(userId)},
            {"username", base["username"]},
            {"displayName", base["displayName"]},
            {"superAdmin", db.scalar(u"SELECT super_admin FROM users WHERE id = ?"_s, {userId}).toBool()},
            {"groups", base["groups"]},
            {"roles", roles}};
}
} // namespace

void TenantAccessRoutes::install(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    Rbac& rbac = ctx.rbac;
    const QString base = u"/api/v1/{}/tenant-access"_s;

    TenantAccessIndex& index = ctx.accessIndex;
    r.add("GET", base, Access::Authenticated, [&db, &rbac, &index](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"USER"_s, {u"LIST"_s, u"VIEW"_s});
        const PageRequest page(req);
        const auto sort = page.sortKeys({u"id"_s, u"username"_s, u"email"_s, u"type"_s});
        const QString text = page.freeText();
        QString type = page.filterValue(u"type"_s);
        if (type.isNull())
            type = req.queryValue(u"type"_s); // 1.3 style
        type = type.toUpper();
        if (!type.isEmpty() && type != u"STANDARD"_s && type != u"SERVICE_ACCOUNT"_s)
            throw HttpError::badRequest(u"Invalid filter: type must be STANDARD or SERVICE_ACCOUNT"_s);
        // filter the in-memory index (see TenantAccessIndex), then load only the page's rows
        const QByteArrayMatcher matcher(text.toUtf8());
        QList<const TenantAccessIndex::Entry*> matches;
        for (const auto& e : index.entries(tenant)) {
            if (!type.isEmpty() && e.serviceAccount != (type == u"SERVICE_ACCOUNT"_s))
                continue;
            if (!text.isEmpty() && matcher.indexIn(e.search) < 0)
                continue;
            matches.append(&e);
        }
        // the index is already in username order: a single username sort is at most a reversal
        const bool byUsername = sort.size() == 1 && (sort.first().first == u"username"_s || sort.first().first == u"email"_s);
        if (byUsername && !sort.first().second) {
            std::reverse(matches.begin(), matches.end());
        } else if (!sort.isEmpty() && !byUsername) {
            static const QString kStandard = u"STANDARD"_s;
            static const QString kServiceAccount = u"SERVICE_ACCOUNT"_s;
            auto key = [](const TenantAccessIndex::Entry* e, const QString& field) -> const QString& {
                if (field == u"id"_s)
                    return e->id;
                if (field == u"type"_s)
                    return e->serviceAccount ? kServiceAccount : kStandard;
                return e->username;
            };
            std::stable_sort(matches.begin(), matches.end(), [&sort, &key](const auto* a, const auto* b) {
                for (const auto& [field, asc] : sort) {
                    const QString& ka = key(a, field);
                    const QString& kb = key(b, field);
                    if (ka != kb)
                        return asc ? ka < kb : kb < ka;
                }
                return false;
            });
        }
        const qint64 from = qint64(page.page() - 1) * page.size();
        Json results = Json::array();
        for (qint64 i = from; i < matches.size() && i < from + page.size(); ++i)
            results.push_back(IamViews::userTenantAccess(db, tenant, matches.at(i)->id));
        return ApiResponse::json(toBytes(IamViews::paged(results, matches.size())));
    });

    r.add("POST", base, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.require(req, tenant, u"USER"_s, u"CREATE"_s);
        const QString email = requiredString(parseBody(req), "email");
        const QString id = db.scalar(u"SELECT id FROM users WHERE email = ? COLLATE NOCASE"_s, {email}).toString();
        if (id.isEmpty())
            throw HttpError::notFound(u"User not found: "_s + email);
        if (IamViews::hasAccess(db, tenant, id))
            throw HttpError::conflict(u"User already has access to the tenant"_s);
        IamViews::grantAccess(db, tenant, id);
        return ApiResponse::empty(204); // Kestra oddity kept: POST grants with 204, PUT with 201
    });

    r.add("POST", base + u"/autocomplete"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"USER"_s, {u"LIST"_s, u"VIEW"_s});
        const Json body = parseBody(req);
        QString text = optString(body, "q");
        if (text.isNull())
            text = optString(body, "username");
        const auto ids = optStringList(body, "ids");
        const bool existingOnly = optBool(body, "existingOnly").value_or(false);
        QString where = u" WHERE 1=1"_s;
        QVariantList binds;
        if (existingOnly) {
            where += u" AND u.id IN (SELECT user_id FROM tenant_access WHERE tenant_id = ?)"_s;
            binds << tenant;
        }
        if (!text.isEmpty()) {
            where += u" AND u.search LIKE ?"_s;
            binds << QVariant(QString(u"%"_s + text.toLower() + u"%"_s));
        }
        if (ids && !ids->isEmpty()) {
            QStringList marks;
            for (const QString& id : *ids) {
                marks << u"?"_s;
                binds << id;
            }
            where += u" AND u.id IN ("_s + marks.join(QLatin1Char(',')) + u")"_s;
        }
        QSqlQuery q = db.exec(u"SELECT u.id FROM users u"_s + where
                                  + u" ORDER BY coalesce(u.email, u.name) COLLATE NOCASE LIMIT 50"_s,
                              binds);
        Json out = Json::array();
        while (q.next())
            out.push_back(IamViews::userTenantAccess(db, tenant, q.value(0).toString()));
        return ApiResponse::json(toBytes(out));
    });

    r.add("GET", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString userId = req.param(1);
        if (userId == req.principal.userId)
            rbac.requireTenant(req, tenant); // a caller may always read its own access
        else
            rbac.requireAny(req, tenant, u"USER"_s, {u"VIEW"_s, u"LIST"_s});
        IamViews::requireUser(db, userId);
        if (!IamViews::hasAccess(db, tenant, userId))
            throw HttpError::notFound(u"Tenant access not found for user "_s + userId);
        return ApiResponse::json(toBytes(tenantAccessDetail(db, tenant, userId)));
    });

    r.add("PUT", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.require(req, tenant, u"USER"_s, u"CREATE"_s);
        IamViews::requireUser(db, req.param(1));
        IamViews::grantAccess(db, tenant, req.param(1));
        return ApiResponse::empty(201); // idempotent: granting twice is not a conflict here
    });

    r.add("DELETE", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.require(req, tenant, u"USER"_s, u"DELETE"_s);
        IamViews::requireUser(db, req.param(1));
        if (!IamViews::hasAccess(db, tenant, req.param(1)))
            throw HttpError::notFound(u"Tenant access not found for user "_s + req.param(1));
        IamViews::revokeAccess(db, tenant, req.param(1));
        return ApiResponse::empty(204);
    });

    r.add("PUT", u"/api/v1/{}/users/{}/groups"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString userId = req.param(1);
        rbac.requireAny(req, tenant, u"GROUP"_s, {u"MANAGE_MEMBERS"_s});
        const Json body = parseBody(req);
        std::optional<QStringList> ids;
        try {
            ids = optStringList(body, "groupIds");
        } catch (const HttpError&) {
            throw HttpError::badRequest(u"Invalid request payload: groupIds must be an array of strings"_s);
        }
        IamViews::requireUser(db, userId);
        if (!IamViews::hasAccess(db, tenant, userId))
            throw HttpError::notFound(u"User does not exist for id "_s + userId);
        const QStringList groups = ids.value_or(QStringList());
        for (const QString& g : groups)
            if (!db.exists(u"SELECT 1 FROM iam_groups WHERE id = ? AND tenant_id = ?"_s, {g, tenant}))
                throw HttpError::notFound(u"Group not found: "_s + g);
        Database::Transaction tx(db);
        // keep OWNER memberships of groups the user stays in
        QSqlQuery q = db.exec(u"SELECT m.group_id FROM group_members m JOIN iam_groups g ON g.id = m.group_id"
                              " WHERE m.user_id = ? AND g.tenant_id = ?"_s,
                              {userId, tenant});
        QStringList current;
        while (q.next())
            current << q.value(0).toString();
        for (const QString& g : current)
            if (!groups.contains(g))
                db.exec(u"DELETE FROM group_members WHERE group_id = ? AND user_id = ?"_s, {g, userId});
        for (const QString& g : groups)
            db.exec(u"INSERT OR IGNORE INTO group_members(group_id, user_id, membership) VALUES (?, ?, 'MEMBER')"_s,
                    {g, userId});
        tx.commit();
        return ApiResponse::empty(204);
    });
}

} // namespace ktc::sandbox
