#include "RoleRoutes.h"

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
const QString kColumns = u"id, name, description, permissions, is_default, is_managed"_s;

Json parsePermissions(const QByteArray& raw)
{
    Json j = Json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
    return j.is_object() ? j : Json::object();
}

Json roleDetail(QSqlQuery& q, bool full = false)
{
    Json j = {{"id", s(q.value(0).toString())},
              {"name", s(q.value(1).toString())},
              {"description", nullable(q.value(2))},
              {"permissions", parsePermissions(q.value(3).toByteArray())},
              {"isDefault", q.value(4).toBool()},
              {"isManaged", q.value(5).toBool()}};
    if (full)
        j["deleted"] = false;
    return j;
}

Json roleSummary(QSqlQuery& q)
{
    int count = 0;
    const Json perms = parsePermissions(q.value(3).toByteArray());
    for (const auto& [k, v] : perms.items())
        count += int(v.size());
    return {{"id", s(q.value(0).toString())},
            {"name", s(q.value(1).toString())},
            {"isDefault", q.value(4).toBool()},
            {"isManaged", q.value(5).toBool()},
            {"permissionCount", count}};
}

// Validates permissions against the catalog; 422 with path "permissions.<RESOURCE>".
Json validPermissions(const Json& body)
{
    auto it = body.find("permissions");
    if (it == body.end() || it->is_null())
        throw HttpError::invalid(u"permissions"_s, u"must not be null"_s);
    if (!it->is_object())
        throw typeError("permissions", "an object of resource to actions");
    QList<QPair<QString, QString>> errors;
    Json out = Json::object();
    for (auto p = it->begin(); p != it->end(); ++p) {
        const QString res = q(p.key());
        const QString path = u"permissions."_s + res;
        QStringList valid;
        bool known = false;
        for (const auto& [r, actions] : Rbac::catalog())
            if (r == res) {
                valid = actions;
                known = true;
            }
        if (!known) {
            errors.append({path, u"unknown resource"_s});
            continue;
        }
        if (!p.value().is_array()) {
            errors.append({path, u"must be an array of actions"_s});
            continue;
        }
        Json actions = Json::array();
        for (const auto& a : p.value()) {
            if (!a.is_string() || !valid.contains(q(a.get<std::string>()))) {
                errors.append({path, u"invalid action "_s + (a.is_string() ? q(a.get<std::string>()) : u"?"_s)
                                         + u" (valid: "_s + valid.join(u", "_s) + u")"_s});
                continue;
            }
            if (std::find(actions.begin(), actions.end(), a) == actions.end())
                actions.push_back(a);
        }
        out[p.key()] = actions;
    }
    if (!errors.isEmpty())
        throw HttpError(422, u"Invalid entity: "_s + errors.first().first + u": "_s + errors.first().second, errors);
    return out;
}

// A non-owner may only grant what it holds itself (no privilege escalation).
void requireHeld(Rbac& rbac, const ApiRequest& req, const QString& tenant, const Json& perms, const QString& verb)
{
    if (req.principal.superAdmin)
        return;
    for (auto p = perms.begin(); p != perms.end(); ++p)
        for (const auto& a : p.value())
            if (!rbac.allowed(req.principal, tenant, q(p.key()), q(a.get<std::string>())))
                throw HttpError::forbidden(u"Insufficient privileges to "_s + verb + u" the role"_s);
}

QSqlQuery loadRole(Database& db, const QString& tenant, const QString& id)
{
    QSqlQuery q = db.exec(u"SELECT "_s + kColumns + u" FROM roles WHERE id = ? AND tenant_id = ?"_s, {id, tenant});
    if (!q.next())
        throw HttpError::notFound(u"Role not found: "_s + id);
    return q;
}

QString idList(const QStringList& ids, QVariantList& binds)
{
    QStringList marks;
    for (const QString& id : ids) {
        marks << u"?"_s;
        binds << id;
    }
    return marks.join(QLatin1Char(','));
}
} // namespace

void RoleRoutes::install(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    Rbac& rbac = ctx.rbac;
    const QString base = u"/api/v1/{}/roles"_s;

    r.add("GET", u"/api/v1/{}/acls/permissions"_s, Access::Authenticated, [&rbac](ApiRequest& req) {
        rbac.requireAny(req, req.param(0), u"ROLE"_s, {u"VIEW"_s, u"LIST"_s});
        return ApiResponse::json(Rbac::permissionsJson(Rbac::catalog()));
    });
    r.add("GET", u"/api/v1/{}/acls/templates"_s, Access::Authenticated, [&rbac](ApiRequest& req) {
        rbac.requireAny(req, req.param(0), u"ROLE"_s, {u"VIEW"_s, u"LIST"_s});
        Json out = Json::object();
        for (const Rbac::Template& t : Rbac::templates()) {
            const QByteArray p = Rbac::permissionsJson(t.permissions);
            out[s(t.key)] = Json::parse(p.constData(), p.constData() + p.size());
        }
        return ApiResponse::json(toBytes(out));
    });

    r.add("POST", base, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.require(req, tenant, u"ROLE"_s, u"CREATE"_s);
        const Json body = parseBody(req);
        const QString name = requiredString(body, "name");
        const Json perms = validPermissions(body);
        requireHeld(rbac, req, tenant, perms, u"create"_s);
        if (db.exists(u"SELECT 1 FROM roles WHERE tenant_id = ? AND name = ? COLLATE NOCASE"_s, {tenant, name}))
            throw HttpError::conflict(u"A role with the name '"_s + name + u"' already exists"_s);
        const QString id = TokenService::newId();
        db.exec(u"INSERT INTO roles(id, tenant_id, name, description, permissions, is_default, is_managed)"
                " VALUES (?, ?, ?, ?, ?, ?, 0)"_s,
                {id, tenant, name, optString(body, "description"), QString::fromUtf8(toBytes(perms)),
                 optBool(body, "isDefault").value_or(false)});
        QSqlQuery q = loadRole(db, tenant, id);
        return ApiResponse::json(toBytes(roleDetail(q)));
    });

    r.add("GET", base + u"/search"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"ROLE"_s, {u"LIST"_s, u"VIEW"_s});
        const PageRequest page(req);
        QString where = u" WHERE tenant_id = ?"_s;
        QVariantList binds{tenant};
        page.addFreeText(where, binds, u"lower(id || ' ' || name || ' ' || coalesce(description, ''))"_s);
        const QString order = page.orderBy({{u"id"_s, u"id"_s}, {u"name"_s, u"name COLLATE NOCASE"_s},
                                            {u"isManaged"_s, u"is_managed"_s}},
                                           u"name COLLATE NOCASE"_s);
        const qint64 total = db.scalar(u"SELECT COUNT(*) FROM roles"_s + where, binds).toLongLong();
        QSqlQuery q = db.exec(u"SELECT "_s + kColumns + u" FROM roles"_s + where + order + page.limit(), binds);
        Json results = Json::array();
        while (q.next())
            results.push_back(roleSummary(q));
        return ApiResponse::json(toBytes(IamViews::paged(results, total)));
    });

    r.add("POST", base + u"/autocomplete"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"ROLE"_s, {u"LIST"_s, u"VIEW"_s});
        const Json body = parseBody(req);
        const QString text = optString(body, "q");
        const auto ids = optStringList(body, "ids");
        QString where = u" WHERE tenant_id = ?"_s;
        QVariantList binds{tenant};
        if (!text.isEmpty()) {
            where += u" AND lower(name) LIKE ?"_s;
            binds << QVariant(QString(u"%"_s + text.toLower() + u"%"_s));
        }
        if (ids && !ids->isEmpty())
            where += u" AND id IN ("_s + idList(*ids, binds) + u")"_s;
        QSqlQuery q = db.exec(u"SELECT "_s + kColumns + u" FROM roles"_s + where
                                  + u" ORDER BY name COLLATE NOCASE LIMIT 50"_s, binds);
        Json out = Json::array();
        while (q.next())
            out.push_back(roleSummary(q));
        return ApiResponse::json(toBytes(out));
    });

    r.add("POST", base + u"/ids"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"ROLE"_s, {u"LIST"_s, u"VIEW"_s});
        const QStringList ids = optStringList(parseBody(req), "ids").value_or(QStringList());
        Json out = Json::array();
        if (!ids.isEmpty()) {
            QVariantList binds{tenant};
            const QString list = idList(ids, binds);
            QSqlQuery q = db.exec(u"SELECT "_s + kColumns + u" FROM roles WHERE tenant_id = ? AND id IN ("_s + list
                                      + u") ORDER BY name"_s, binds);
            while (q.next())
                out.push_back(roleDetail(q, true));
        }
        return ApiResponse::json(toBytes(out));
    });

    r.add("GET", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        rbac.require(req, req.param(0), u"ROLE"_s, u"VIEW"_s);
        QSqlQuery q = loadRole(db, req.param(0), req.param(1));
        return ApiResponse::json(toBytes(roleDetail(q)));
    });

    r.add("PUT", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString id = req.param(1);
        rbac.require(req, tenant, u"ROLE"_s, u"UPDATE"_s);
        QSqlQuery current = loadRole(db, tenant, id);
        if (current.value(5).toBool())
            throw HttpError::forbidden(u"Managed roles are read-only: "_s + current.value(1).toString()
                                       + u" cannot be updated"_s);
        const Json body = parseBody(req);
        const QString name = requiredString(body, "name");
        const Json perms = validPermissions(body);
        requireHeld(rbac, req, tenant, perms, u"update"_s);
        if (db.exists(u"SELECT 1 FROM roles WHERE tenant_id = ? AND name = ? COLLATE NOCASE AND id <> ?"_s,
                      {tenant, name, id}))
            throw HttpError::conflict(u"A role with the name '"_s + name + u"' already exists"_s);
        db.exec(u"UPDATE roles SET name = ?, description = ?, permissions = ?, is_default = ? WHERE id = ?"_s,
                {name, optString(body, "description"), QString::fromUtf8(toBytes(perms)),
                 optBool(body, "isDefault").value_or(false), id});
        QSqlQuery q = loadRole(db, tenant, id);
        return ApiResponse::json(toBytes(roleDetail(q)));
    });

    r.add("DELETE", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        const QString id = req.param(1);
        rbac.require(req, tenant, u"ROLE"_s, u"DELETE"_s);
        QSqlQuery current = loadRole(db, tenant, id);
        if (current.value(5).toBool())
            throw HttpError::forbidden(u"Managed roles are read-only: "_s + current.value(1).toString()
                                       + u" cannot be deleted"_s);
        db.exec(u"DELETE FROM roles WHERE id = ?"_s, {id}); // bindings cascade
        return ApiResponse::empty(204);
    });
}

} // namespace ktc::sandbox
