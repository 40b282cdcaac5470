#include "UserRoutes.h"

#include "Authenticator.h"
#include "Database.h"
#include "IamViews.h"
#include "PageRequest.h"
#include "Router.h"
#include "SandboxContext.h"
#include "TokenService.h"

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
void validateEmail(const QString& email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1 || email.contains(QLatin1Char(' ')))
        throw HttpError::invalid(u"email"_s, u"must be a well-formed email address"_s);
}

// Applies the tenants/groups lists of a create or full-replace request.
void applyMemberships(Database& db, const QString& userId, const std::optional<QStringList>& tenants,
                      const std::optional<QStringList>& groups, bool replace)
{
    if (tenants) {
        for (const QString& t : *tenants)
            if (!db.exists(u"SELECT 1 FROM tenants WHERE id = ?"_s, {t}))
                throw HttpError::notFound(u"Tenant not found: "_s + t);
        if (replace) {
            QSqlQuery q = db.exec(u"SELECT tenant_id FROM tenant_access WHERE user_id = ?"_s, {userId});
            QStringList current;
            while (q.next())
                current << q.value(0).toString();
            for (const QString& t : current)
                if (!tenants->contains(t))
                    IamViews::revokeAccess(db, t, userId);
        }
        for (const QString& t : *tenants)
            IamViews::grantAccess(db, t, userId);
    }
    if (groups) {
        QStringList groupTenants;
        for (const QString& g : *groups) {
            const QString t = db.scalar(u"SELECT tenant_id FROM iam_groups WHERE id = ?"_s, {g}).toString();
            if (t.isEmpty())
                throw HttpError::notFound(u"Group not found: "_s + g);
            groupTenants << t;
        }
        if (replace)
            db.exec(u"DELETE FROM group_members WHERE user_id = ?"_s, {userId});
        for (int i = 0; i < groups->size(); ++i) {
            // a group member must be in the group's tenant (2.0)
            IamViews::grantAccess(db, groupTenants.at(i), userId);
            db.exec(u"INSERT OR IGNORE INTO group_members(group_id, user_id, membership) VALUES (?, ?, 'MEMBER')"_s,
                    {groups->at(i), userId});
        }
    }
}

ApiResponse user(Database& db, const QString& id, int status = 200)
{
    return ApiResponse::json(toBytes(IamViews::apiUser(db, id)), status);
}
} // namespace

void UserRoutes::install(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    Authenticator& auth = ctx.auth;
    const QString base = u"/api/v1/users"_s;

    r.add("GET", base, Access::InstanceOwner, [&db](ApiRequest& req) {
        const PageRequest page(req);
        QString where = u" WHERE type = 'STANDARD'"_s;
        QVariantList binds;
        page.addFreeText(where, binds, u"search"_s);
        const QString sa = page.filterValue(u"super_admin"_s).isNull() ? page.filterValue(u"instance_owner"_s)
                                                                       : page.filterValue(u"super_admin"_s);
        if (!sa.isNull()) {
            where += u" AND super_admin = ?"_s;
            binds << (sa.toLower() == u"true"_s ? 1 : 0);
        }
        const QString order = page.orderBy({{u"id"_s, u"id"_s},
                                            {u"username"_s, u"email COLLATE NOCASE"_s},
                                            {u"email"_s, u"email COLLATE NOCASE"_s},
                                            {u"firstName"_s, u"first_name COLLATE NOCASE"_s},
                                            {u"lastName"_s, u"last_name COLLATE NOCASE"_s}},
                                           u"email COLLATE NOCASE"_s);
        const qint64 total = db.scalar(u"SELECT COUNT(*) FROM users"_s + where, binds).toLongLong();
        QSqlQuery q = db.exec(u"SELECT id FROM users"_s + where + order + page.limit(), binds);
        Json results = Json::array();
        while (q.next())
            results.push_back(IamViews::apiUserSummary(db, q.value(0).toString()));
        return ApiResponse::json(toBytes(IamViews::paged(results, total)));
    });

    r.add("POST", base, Access::InstanceOwner, [&db, &auth](ApiRequest& req) {
        const Json body = parseBody(req);
        const QString email = requiredString(body, "email").trimmed();
        validateEmail(email);
        const QString first = optString(body, "firstName");
        const QString last = optString(body, "lastName");
        const QString password = optString(body, "password");
        const auto tenants = optStringList(body, "tenants");
        const auto groups = optStringList(body, "groups");
        const bool superAdmin = optBool(body, "superAdmin").value_or(false);
        const bool restricted = optBool(body, "restricted").value_or(false);
        Database::Transaction tx(db);
        if (db.exists(u"SELECT 1 FROM users WHERE email = ? COLLATE NOCASE"_s, {email}))
            throw HttpError::conflict(u"A user with the email '"_s + email + u"' already exists"_s);
        const QString id = TokenService::newId();
        db.exec(u"INSERT INTO users(id, type, email, first_name, last_name, super_admin, restricted, search,"
                " created_at) VALUES (?, 'STANDARD', ?, ?, ?, ?, ?, '', ?)"_s,
                {id, email, first, last, superAdmin, restricted, TokenService::nowIso()});
        IamViews::refreshSearch(db, id);
        applyMemberships(db, id, tenants, groups, false);
        if (!password.isEmpty())
            auth.setPassword(id, password);
        tx.commit();
        return user(db, id, 201);
    });

    r.add("GET", base + u"/{}"_s, Access::InstanceOwner,
          [&db](ApiRequest& req) { return user(db, req.param(0)); });

    r.add("PUT", base + u"/{}"_s, Access::InstanceOwner, [&db, &auth](ApiRequest& req) {
        const QString id = req.param(0);
        IamViews::requireUser(db, id, u"STANDARD"_s);
        const Json body = parseBody(req);
        const QString email = requiredString(body, "email").trimmed();
        validateEmail(email);
        const QString password = optString(body, "password");
        Database::Transaction tx(db);
        if (db.exists(u"SELECT 1 FROM users WHERE email = ? COLLATE NOCASE AND id <> ?"_s, {email, id}))
            throw HttpError::conflict(u"A user with the email '"_s + email + u"' already exists"_s);
        db.exec(u"UPDATE users SET email = ?, first_name = ?, last_name = ?, super_admin = ?, restricted = ?"
                " WHERE id = ?"_s,
                {email, optString(body, "firstName"), optString(body, "lastName"),
                 optBool(body, "superAdmin").value_or(false), optBool(body, "restricted").value_or(false), id});
        IamViews::refreshSearch(db, id);
        applyMemberships(db, id, optStringList(body, "tenants"), optStringList(body, "groups"), true);
        if (!password.isEmpty())
            auth.setPassword(id, password);
        tx.commit();
        auth.invalidateUser(id);
        return user(db, id);
    });

    r.add("PATCH", base + u"/{}"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        const QString id = req.param(0);
        IamViews::requireUser(db, id, u"STANDARD"_s);
        const Json body = parseBody(req);
        Database::Transaction tx(db);
        if (const QString first = optString(body, "firstName"); !first.isNull())
            db.exec(u"UPDATE users SET first_name = ? WHERE id = ?"_s, {first, id});
        if (const QString last = optString(body, "lastName"); !last.isNull())
            db.exec(u"UPDATE users SET last_name = ? WHERE id = ?"_s, {last, id});
        if (const QString email = optString(body, "email"); !email.isNull()) {
            validateEmail(email);
            if (db.exists(u"SELECT 1 FROM users WHERE email = ? COLLATE NOCASE AND id <> ?"_s, {email, id}))
                throw HttpError::conflict(u"A user with the email '"_s + email + u"' already exists"_s);
            db.exec(u"UPDATE users SET email = ? WHERE id = ?"_s, {email, id});
        }
        IamViews::refreshSearch(db, id);
        tx.commit();
        return user(db, id);
    });

    r.add("DELETE", base + u"/{}"_s, Access::InstanceOwner, [&db, &auth](ApiRequest& req) {
        const QString id = req.param(0);
        IamViews::requireUser(db, id, u"STANDARD"_s);
        IamViews::deleteUser(db, id);
        auth.invalidateUser(id);
        return ApiResponse::empty(204);
    });

    r.add("PATCH", base + u"/{}/password"_s, Access::InstanceOwner, [&db, &auth](ApiRequest& req) {
        const QString id = req.param(0);
        IamViews::requireUser(db, id, u"STANDARD"_s);
        auth.setPassword(id, requiredString(parseBody(req), "password"));
        return user(db, id);
    });

    r.add("PATCH", base + u"/{}/superadmin"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        const QString id = req.param(0);
        IamViews::requireUser(db, id, u"STANDARD"_s);
        const auto v = optBool(parseBody(req), "superAdmin");
        if (!v)
            throw HttpError::invalid(u"superAdmin"_s, u"must not be null"_s);
        db.exec(u"UPDATE users SET super_admin = ? WHERE id = ?"_s, {*v, id});
        return ApiResponse::empty(200);
    });

    r.add("PATCH", base + u"/{}/restricted"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        const QString id = req.param(0);
        IamViews::requireUser(db, id, u"STANDARD"_s);
        const auto v = optBool(parseBody(req), "restricted");
        if (!v)
            throw HttpError::invalid(u"restricted"_s, u"must not be null"_s);
        db.exec(u"UPDATE users SET restricted = ? WHERE id = ?"_s, {*v, id});
        return ApiResponse::empty(200);
    });

    r.add("DELETE", base + u"/{}/auths/{}"_s, Access::InstanceOwner, [&db, &auth](ApiRequest& req) {
        const QString id = req.param(0);
        IamViews::requireUser(db, id, u"STANDARD"_s);
        if (!db.exists(u"SELECT 1 FROM auths WHERE id = ? AND user_id = ?"_s, {req.param(1), id}))
            throw HttpError::notFound(u"Auth method not found: "_s + req.param(1));
        db.exec(u"DELETE FROM auths WHERE id = ? AND user_id = ?"_s, {req.param(1), id});
        auth.invalidateUser(id);
        return user(db, id);
    });

    r.add("DELETE", base + u"/{}/refresh-token"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        IamViews::requireUser(db, req.param(0), u"STANDARD"_s);
        return ApiResponse::empty(204); // the sandbox issues no refresh tokens: nothing to revoke
    });

    r.add("GET", base + u"/{}/api-tokens"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        IamViews::requireUser(db, req.param(0), u"STANDARD"_s);
        return ApiResponse::json(toBytes(IamViews::tokenList(db, req.param(0))));
    });
    r.add("POST", base + u"/{}/api-tokens"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        IamViews::requireUser(db, req.param(0), u"STANDARD"_s);
        return ApiResponse::json(toBytes(IamViews::createToken(db, req.param(0), req)), 201);
    });
    r.add("DELETE", base + u"/{}/api-tokens/{}"_s, Access::InstanceOwner, [&db](ApiRequest& req) {
        IamViews::requireUser(db, req.param(0), u"STANDARD"_s);
        IamViews::deleteToken(db, req.param(0), req.param(1));
        return ApiResponse::empty(204);
    });
}

} // namespace ktc::sandbox
