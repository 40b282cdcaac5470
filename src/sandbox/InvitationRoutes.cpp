#include "InvitationRoutes.h"

#include "Database.h"
#include "IamViews.h"
#include "PageRequest.h"
#include "Rbac.h"
#include "Router.h"
#include "SandboxContext.h"
#include "TokenService.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
const QString kColumns = u"id, tenant_id, email, status, sent_at, expired_at, accepted_at, super_admin, roles, group_ids"_s;

Json parseArray(const QByteArray& raw)
{
    Json j = Json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
    return j.is_array() ? j : Json::array();
}

Json detail(Database& db, QSqlQuery& row)
{
    const QString id = row.value(0).toString();
    QString status = row.value(3).toString();
    const QString expired = row.value(5).toString();
    if (status == u"PENDING"_s && !expired.isEmpty()
        && QDateTime::fromString(expired, Qt::ISODateWithMs) < QDateTime::currentDateTimeUtc())
        status = u"EXPIRED"_s;
    Json roles = Json::array();
    for (const auto& r : parseArray(row.value(8).toByteArray())) {
        QSqlQuery rq = db.exec(u"SELECT id, name, is_default, is_managed FROM roles WHERE id = ?"_s,
                               {q(r.value("id", std::string()))});
        if (rq.next())
            roles.push_back({{"id", s(rq.value(0).toString())}, {"name", s(rq.value(1).toString())},
                             {"isDefault", rq.value(2).toBool()}, {"isManaged", rq.value(3).toBool()}});
    }
    Json groups = Json::array();
    for (const auto& g : parseArray(row.value(9).toByteArray())) {
        QSqlQuery gq = db.exec(u"SELECT id, name, description, security_integration_name FROM iam_groups WHERE id = ?"_s,
                               {q(g.get<std::string>())});
        if (gq.next())
            groups.push_back({{"id", s(gq.value(0).toString())}, {"name", s(gq.value(1).toString())},
                              {"description", nullable(gq.value(2))}, {"securityIntegrationName", nullable(gq.value(3))}});
    }
    return {{"id", s(id)},
            {"roles", roles},
            {"groups", groups},
            {"tenantId", s(row.value(1).toString())},
            {"email", s(row.value(2).toString())},
            {"status", s(status)},
            {"sentAt", s(row.value(4).toString())},
            {"expiredAt", nullable(row.value(5))},
            {"acceptedAt", nullable(row.value(6))},
            {"superAdmin", row.value(7).toBool()},
            {"link", s(u"http://localhost/ui/invitations/"_s + id)}};
}

Json load(Database& db, const QString& tenant, const QString& id)
{
    QSqlQuery q = db.exec(u"SELECT "_s + kColumns + u" FROM invitations WHERE id = ? AND tenant_id = ?"_s, {id, tenant});
    if (!q.next())
        throw HttpError::notFound(u"Invitation not found: "_s + id);
    return detail(db, q);
}
} // namespace

void InvitationRoutes::install(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    Rbac& rbac = ctx.rbac;
    const QString base = u"/api/v1/{}/invitations"_s;

    r.add("POST", base, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.require(req, tenant, u"INVITATION"_s, u"CREATE"_s);
        const Json body = parseBody(req);
        const QString email = requiredString(body, "email").trimmed();
        if (!email.contains(QLatin1Char('@')))
            throw HttpError::invalid(u"email"_s, u"must be a well-formed email address"_s);
        const bool superAdmin = optBool(body, "superAdmin").value_or(false);
        if (superAdmin && !req.principal.superAdmin)
            throw HttpError::forbidden(u"Insufficient privileges to invite a Superadmin user"_s);
        Json roles = Json::array();
        if (auto it = body.find("roles"); it != body.end() && !it->is_null()) {
            if (!it->is_array())
                throw typeError("roles", "an array");
            for (const auto& role : *it) {
                if (!role.is_object() || !role.contains("id") || !role["id"].is_string())
                    throw HttpError::invalid(u"roles"_s, u"each role needs an id"_s);
                if (!db.exists(u"SELECT 1 FROM roles WHERE id = ? AND tenant_id = ?"_s,
                               {q(role["id"].get<std::string>()), tenant}))
                    throw HttpError::notFound(u"Role not found: "_s + q(role["id"].get<std::string>()));
                Json ns = role.value("namespaces", Json::array());
                roles.push_back({{"id", role["id"]}, {"namespaces", ns.is_array() ? ns : Json::array()}});
            }
        }
        const QStringList groups = optStringList(body, "groups").value_or(QStringList());
        for (const QString& g : groups)
            if (!db.exists(u"SELECT 1 FROM iam_groups WHERE id = ? AND tenant_id = ?"_s, {g, tenant}))
                throw HttpError::notFound(u"Group not found: "_s + g);

        const QString userId = db.scalar(u"SELECT id FROM users WHERE email = ? COLLATE NOCASE"_s, {email}).toString();
        Database::Transaction tx(db);
        if (!userId.isEmpty()) {
            if (IamViews::hasAccess(db, tenant, userId))
                throw HttpError::conflict(u"User already had access to the tenant"_s);
            // an existing user is granted access directly (204, "Tenant access granted")
            IamViews::grantAccess(db, tenant, userId);
            for (const auto& role : roles) {
                const Json nss = role["namespaces"];
                if (nss.empty())
                    db.exec(u"INSERT INTO bindings(id, tenant_id, type, external_id, role_id, namespace) VALUES (?, ?, 'USER', ?, ?, NULL)"_s,
                            {TokenService::newId(), tenant, userId, q(role["id"].get<std::string>())});
                for (const auto& ns : nss)
                    db.exec(u"INSERT INTO bindings(id, tenant_id, type, external_id, role_id, namespace) VALUES (?, ?, 'USER', ?, ?, ?)"_s,
                            {TokenService::newId(), tenant, userId, q(role["id"].get<std::string>()), q(ns.get<std::string>())});
            }
            for (const QString& g : groups)
                db.exec(u"INSERT OR IGNORE INTO group_members(group_id, user_id, membership) VALUES (?, ?, 'MEMBER')"_s, {g, userId});
            tx.commit();
            return ApiResponse::empty(204);
        }
        if (db.exists(u"SELECT 1 FROM invitations WHERE tenant_id = ? AND email = ? COLLATE NOCASE AND status = 'PENDING'"_s,
                      {tenant, email}))
            throw HttpError::conflict(u"Invitation already exists for the given email"_s);
        const QString id = TokenService::newId();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Json groupIds = Json::array();
        for (const QString& g : groups)
            groupIds.push_back(s(g));
        db.exec(u"INSERT INTO invitations(id, tenant_id, email, status, sent_at, expired_at, accepted_at, super_admin,"
                " roles, group_ids) VALUES (?, ?, ?, 'PENDING', ?, ?, NULL, ?, ?, ?)"_s,
                {id, tenant, email, TokenService::iso(now), TokenService::iso(now.addDays(7)), superAdmin,
                 QString::fromUtf8(toBytes(roles)), QString::fromUtf8(toBytes(groupIds))});
        tx.commit();
        return ApiResponse::json(toBytes(load(db, tenant, id)), 201);
    });

    r.add("GET", base + u"/search"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"INVITATION"_s, {u"LIST"_s, u"VIEW"_s});
        const PageRequest page(req);
        QString where = u" WHERE tenant_id = ?"_s;
        QVariantList binds{tenant};
        page.addFreeText(where, binds, u"lower(email)"_s);
        QString email = page.filterValue(u"email"_s);
        if (email.isNull())
            email = req.queryValue(u"email"_s);
        if (!email.isEmpty()) {
            where += u" AND email LIKE ?"_s;
            binds << QVariant(QString(u"%"_s + email + u"%"_s));
        }
        QString status = page.filterValue(u"status"_s);
        if (status.isNull())
            status = req.queryValue(u"status"_s);
        if (!status.isEmpty()) {
            where += u" AND status = ?"_s;
            binds << status.toUpper();
        }
        const QString order = page.orderBy({{u"id"_s, u"id"_s}, {u"email"_s, u"email COLLATE NOCASE"_s},
                                            {u"sentAt"_s, u"sent_at"_s}, {u"status"_s, u"status"_s}},
                                           u"sent_at DESC"_s);
        const qint64 total = db.scalar(u"SELECT COUNT(*) FROM invitations"_s + where, binds).toLongLong();
        QSqlQuery q = db.exec(u"SELECT "_s + kColumns + u" FROM invitations"_s + where + order + page.limit(), binds);
        Json results = Json::array();
        while (q.next())
            results.push_back(detail(db, q));
        return ApiResponse::json(toBytes(IamViews::paged(results, total)));
    });

    r.add("GET", base + u"/email/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        const QString tenant = req.param(0);
        rbac.requireAny(req, tenant, u"INVITATION"_s, {u"LIST"_s, u"VIEW"_s});
        QSqlQuery q = db.exec(u"SELECT "_s + kColumns + u" FROM invitations WHERE tenant_id = ? AND email = ? COLLATE NOCASE"
                                                       " ORDER BY sent_at"_s,
                              {tenant, req.param(1)});
        Json out = Json::array();
        while (q.next())
            out.push_back(detail(db, q));
        return ApiResponse::json(toBytes(out));
    });

    r.add("GET", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        rbac.require(req, req.param(0), u"INVITATION"_s, u"VIEW"_s);
        return ApiResponse::json(toBytes(load(db, req.param(0), req.param(1))));
    });

    r.add("DELETE", base + u"/{}"_s, Access::Authenticated, [&db, &rbac](ApiRequest& req) {
        rbac.require(req, req.param(0), u"INVITATION"_s, u"DELETE"_s);
        load(db, req.param(0), req.param(1));
        db.exec(u"DELETE FROM invitations WHERE id = ?"_s, {req.param(1)});
        return ApiResponse::empty(204);
    });
}

} // namespace ktc::sandbox
