#include "TenantRoutes.h"

#include "Database.h"
#include "IamViews.h"
#include "PageRequest.h"
#include "Rbac.h"
#include "Router.h"
#include "SandboxContext.h"
#include "TokenService.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
// Validates a Tenant body and returns it normalised (id, name, deleted present).
Json validTenant(const Json& body, const QString& pathId = {})
{
    static const QRegularExpression idRe(u"^[a-z0-9][a-z0-9_-]*$"_s);
    QString id = optString(body, "id");
    if (!pathId.isNull()) {
        if (!id.isNull() && id != pathId)
            throw HttpError::invalid(u"id"_s, u"cannot be changed"_s);
        id = pathId;
    }
    if (id.isEmpty())
        throw HttpError::invalid(u"id"_s, u"must not be blank"_s);
    if (!idRe.match(id).hasMatch())
        throw HttpError::invalid(u"id"_s, u"must match \"^[a-z0-9][a-z0-9_-]*\""_s);
    requiredString(body, "name");
    optBool(body, "deleted");
    optBool(body, "requireExistingNamespace");
    optBool(body, "outputsInInternalStorage");
    optBool(body, "secretReadOnly");
    for (const char* obj : {"storageIsolation", "secretIsolation", "defaultWorkerSelector", "concurrency",
                            "storageConfiguration", "secretConfiguration", "appCatalogConfig", "settings",
                            "sdkDefaultAuthentication"}) {
        auto it = body.find(obj);
        if (it != body.end() && !it->is_null() && !it->is_object())
            throw typeError(obj, "an object");
    }
    if (auto it = body.find("quotas"); it != body.end() && !it->is_null() && !it->is_array())
        throw typeError("quotas", "an array");
    if (auto it = body.find("concurrency"); it != body.end() && it->is_object()) {
        auto l = it->find("limit");
        if (l != it->end() && (!l->is_number_integer() || l->get<int>() < 1))
            throw HttpError::invalid(u"concurrency.limit"_s, u"must be greater than or equal to 1"_s);
    }
    Json out = body;
    out["id"] = s(id);
    if (!out.contains("deleted") || out["deleted"].is_null())
        out["deleted"] = false;
    return out;
}

Json loadTenant(Database& db, const QString& id)
{
    QSqlQuery q = db.exec(u"SELECT body FROM tenants WHERE id = ?"_s, {id});
    if (!q.next())
        throw HttpError::notFound(u"Tenant not found: "_s + id);
    const QByteArray raw = q.value(0).toByteArray();
    return Json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
}
} // namespace

void TenantRoutes::createTenant(SandboxContext& ctx, const QByteArray& tenantJson)
{
    const Json j = Json::parse(tenantJson.constData(), tenantJson.constData() + tenantJson.size());
    const QString id = q(j["id"].get<std::string>());
    Database::Transaction tx(ctx.db);
    if (ctx.db.exists(u"SELECT 1 FROM tenants WHERE id = ?"_s, {id}))
        throw HttpError::conflict(u"Tenant already exists: "_s + id);
    ctx.db.exec(u"INSERT INTO tenants(id, name, body, created_at) VALUES (?, ?, ?, ?)"_s,
                {id, q(j["name"].get<std::string>()), QString::fromUtf8(tenantJson), TokenService::nowIso()});
    ctx.rbac.createManagedRoles(id);
    tx.commit();
}

void TenantRoutes::install(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    r.add("POST", u"/api/v1/tenants"_s, Access::InstanceOwner, [&ctx](ApiRequest& req) {
        const Json t = validTenant(parseBody(req));
        createTenant(ctx, toBytes(t));
        return ApiResponse::json(toBytes(t), 200);
    });
    r.add("GET", u"/api/v1/tenants/search"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        const PageRequest page(req);
        QString where = u" WHERE 1=1"_s;
        QVariantList binds;
        page.addFreeText(where, binds, u"(lower(id) || ' ' || lower(name))"_s);
        const QString order = page.orderBy({{u"id"_s, u"id"_s}, {u"name"_s, u"name COLLATE NOCASE"_s}}, u"id"_s);
        const qint64 total = db.scalar(u"SELECT COUNT(*) FROM tenants"_s + where, binds).toLongLong();
        QSqlQuery q = db.exec(u"SELECT body FROM tenants"_s + where + order + page.limit(), binds);
        Json results = Json::array();
        while (q.next()) {
            const QByteArray raw = q.value(0).toByteArray();
            results.push_back(Json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false));
        }
        return ApiResponse::json(toBytes(IamViews::paged(results, total)));
    });
    r.add("GET", u"/api/v1/tenants/{}"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        return ApiResponse::json(toBytes(loadTenant(db, req.param(0))));
    });
    r.add("PUT", u"/api/v1/tenants/{}"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        const QString id = req.param(0);
        loadTenant(db, id);
        const Json t = validTenant(parseBody(req), id);
        db.exec(u"UPDATE tenants SET name = ?, body = ? WHERE id = ?"_s,
                {q(t["name"].get<std::string>()), QString::fromUtf8(toBytes(t)), id});
        return ApiResponse::json(toBytes(t));
    });
    r.add("DELETE", u"/api/v1/tenants/{}"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        const QString id = req.param(0);
        loadTenant(db, id);
        Database::Transaction tx(db);
        // service accounts created inside the tenant go with it
        db.exec(u"DELETE FROM users WHERE owner_tenant = ? AND type = 'SERVICE_ACCOUNT'"_s, {id});
        db.exec(u"DELETE FROM tenants WHERE id = ?"_s, {id}); // cascades to IAM rows of the tenant
        tx.commit();
        return ApiResponse::empty(204);
    });
}

} // namespace ktc::sandbox
