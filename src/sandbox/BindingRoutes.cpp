#include "BindingRoutes.h"

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
const QString kSelect =
    u"SELECT b.id, b.type, b.namespace, r.id, r.name, u.id, u.type, u.email, u.name, u.first_name,"
    " u.last_name, g.id, g.name FROM bindings b JOIN roles r ON r.id = b.role_id"
    " LEFT JOIN users u ON b.type = 'USER' AND u.id = b.external_id"
    " LEFT JOIN iam_groups g ON b.type = 'GROUP' AND g.id = b.external_id"_s;

Json bindingDetail(QSqlQuery& q)
{
    Json j = {{"id", s(q.value(0).toString())},
              {"type", s(q.value(1).toString())},
              {"namespace", nullable(q.value(2))},
              {"role", {{"id", s(q.value(3).toString())}, {"name", s(q.value(4).toString())}}}};
    if (!q.value(5).isNull()) {
        const bool sa = q.value(6).toString() == u"SERVICE_ACCOUNT"_s;
        const QString username = sa ? q.value(8).toString() : q.value(7).toString();
        j["user"] = {{"id", s(q.value(5).toString())},
                     {"username", s(username)},
                     {"displayName", s(sa ? username
                                          : IamViews::displayName(q.value(9).toString(), q.value(10).toString(),
                                                                  username))},
                     {"type", s(q.value(6).toString())}};
    }
    if (!q.value(11).isNull())
        j["group"] = {{"id", s(q.value(11).toString())}, {"name", s(q.value(12).toString())}};
    return j;
}

Json loadBinding(Database& db, const QString& tenant, const QString& id)
{
    QSqlQuery q = db.exec(kSelect + u" WHERE b.id = ? AND b.tenant_id = ?"_s, {id, tenant});
    if (!q.next())
        throw HttpError::notFound(u"Binding not found: "_s + id);
    return bindingDetail(q);
}

// Validates and inserts one binding; `path` prefixes error paths in bulk requests.
QString createBinding(Database& db, const QString& tenant, const Json& body, const QString& path)
{
    if (!body.is_object())
        throw HttpError::invalid(path.isEmpty() ? u"body"_s : path, u"must be an object"_s);
    auto field = [&](const char* key) { return path.isEmpty() ? QString::fromUtf8(key) : path + u"."_s + QString::fromUtf8(key); };
    const QString type = optString(body, "type").toUpper();
    if (type != u"USER"_s && type != u"GROUP"_s)
        throw HttpError::invalid(field("type"), u"must be USER or GROUP"_s);
    const QString external = optString(body, "externalId");
    if (external.isEmpty())
        throw HttpError::invalid(field("externalId"), u"must not be blank"_s);
    const QString role = optString(body, "roleId");
    if (role.isEmpty())
        throw HttpError::invalid(field("roleId"), u"must not be blank"_s);
    QString ns = optString(body, "namespaceId");
    if (ns.isNull())
        ns = optString(body, "namespace");
    if (ns.trimmed().isEmpty())
        ns = QString();
    if (!db.exists(u"SELECT 1 FROM roles WHERE id = ? AND tenant_id = ?"_s, {role, tenant}))
        throw HttpError::notFound(u"Role not found: "_s + role);
    if (type == u"USER"_s) {
        if (!db.exists(u"SELECT 1 FROM users WHERE id = ?"_s, {external}))
            throw HttpError::notFound(u"User not found: "_s + external);
        if (!IamViews::hasAccess(db, tenant, external))
            throw HttpError::notFound(u"User does not exist for id "_s + external);
    } else if (!db.exists(u"SELECT 1 FROM iam_groups WHERE id = ? AND tenant_id = ?"_s, {external, tenant})) {
        throw HttpError::notFound(u"Group not found: "_s + external);
    }
    if (db.exists(u"SELECT 1 FROM bindings WHERE tenant_id = ? AND type = ? AND external_id = ? AND role_id = ?"
                  " AND coalesce(namespace, '') = ?"_s,
                  {tenant, type, external, role, ns.isNull() ? u""_s : ns}))
        throw HttpError::conflict(u"This binding already exists"_s);
    const QString id = TokenService::newId();
    db.exec(u"INSERT INTO bindings(id, tenant_id, type, external_id, role_id, namespace) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {id, tenant, type, external, role, ns});
    return id;
}
} // namespace

void BindingRoutes::install(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    Rbac& rbac = ctx.rbac;
    const QString base = u"/api/v1/{}/bindings"_s;

    r.add("POST", base, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.require(req, tenant, u"BINDING"_s, u"CREATE"_s);
        const QString id = createBinding(db, tenant, parseBody(req), {});
        return ApiResponse::json(toBytes(loadBinding(db, tenant, id)));
    });

    r.add("POST", base + u"/bulk"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.require(req, tenant, u"BINDING"_s, u"CREATE"_s);
        const Json body = parseBody(req, true);
        QStringList ids;
        Database::Transaction tx(db); // all or nothing
        for (size_t i = 0; i < body.size(); ++i)
            ids << createBinding(db, tenant, body[i], u"["_s + QString::number(i) + u"]"_s);
        tx.commit();
        Json out = Json::array();
        for (const QString& id : ids)
            out.push_back(loadBinding(db, tenant, id));
        return ApiResponse::json(toBytes(out));
    });

    r.add("GET", base + u"/search"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"BINDING"_s, {u"LIST"_s, u"VIEW"_s});
        const PageRequest page(req);
        QString where = u" WHERE b.tenant_id = ?"_s;
        QVariantList binds{tenant};
        page.addFreeText(where, binds,
                         u"lower(b.external_id || ' ' || r.name || ' ' || coalesce(u.search, '') || ' ' ||"
                         " coalesce(g.name, '') || ' ' || coalesce(b.namespace, ''))"_s);
        auto param = [&](const QString& name, const QString& filter) {
            const QString v = req.queryValue(name);
            return v.isEmpty() ? page.filterValue(filter) : v;
        };
        if (const QString type = param(u"type"_s, u"type"_s); !type.isEmpty()) {
            where += u" AND b.type = ?"_s;
            binds << type.toUpper();
        }
        if (const QString id = param(u"id"_s, u"external_id"_s); !id.isEmpty()) {
            where += u" AND b.external_id = ?"_s;
            binds << id;
        }
        if (const QString ns = param(u"namespace"_s, u"namespace"_s); !ns.isEmpty()) {
            where += u" AND b.namespace = ?"_s;
            binds << ns;
        }
        const QString order = page.orderBy({{u"id"_s, u"b.id"_s}, {u"type"_s, u"b.type"_s},
                                            {u"namespace"_s, u"b.namespace"_s},
                                            {u"role"_s, u"r.name COLLATE NOCASE"_s}},
                                           u"b.rowid"_s);
        const QString from = u" FROM bindings b JOIN roles r ON r.id = b.role_id"
                             " LEFT JOIN users u ON b.type = 'USER' AND u.id = b.external_id"
                             " LEFT JOIN iam_groups g ON b.type = 'GROUP' AND g.id = b.external_id"_s;
        // without free text the joins cannot change the count: count the bindings alone
        const QString countFrom = page.freeText().isEmpty() ? u" FROM bindings b"_s : from;
        const qint64 total = db.scalar(u"SELECT COUNT(*)"_s + countFrom + where, binds).toLongLong();
        QSqlQuery q = db.exec(kSelect + where + order + page.limit(), binds);
        Json results = Json::array();
        while (q.next())
            results.push_back(bindingDetail(q));
        return ApiResponse::json(toBytes(IamViews::paged(results, total)));
    });

    r.add("GET", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        rbac.require(req, req.param(0), u"BINDING"_s, u"VIEW"_s);
        return ApiResponse::json(toBytes(loadBinding(db, req.param(0), req.param(1))));
    });

    r.add("DELETE", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.require(req, tenant, u"BINDING"_s, u"DELETE"_s);
        loadBinding(db, tenant, req.param(1));
        db.exec(u"DELETE FROM bindings WHERE id = ?"_s, {req.param(1)});
        return ApiResponse::empty(204);
    });
}

} // namespace ktc::sandbox
