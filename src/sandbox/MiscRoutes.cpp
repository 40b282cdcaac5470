#include "MiscRoutes.h"

#include "Authenticator.h"
#include "Database.h"
#include "IamViews.h"
#include "Router.h"
#include "SandboxContext.h"

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
Json configuration(Database& db)
{
    const bool basicInit = db.exists(u"SELECT 1 FROM auths WHERE type = 'BASIC'"_s);
    return {{"uuid", "6b0b7c1e-5a2f-4c1d-9a43-0d2f5e8e5a11"},
            {"version", "2.0.0-sandbox"},
            {"edition", "EE"},
            {"commitId", "sandbox"},
            {"chartDefaultDuration", "P30D"},
            {"isCustomDashboardsEnabled", true},
            {"isAnonymousUsageEnabled", false},
            {"isUiAnonymousUsageEnabled", false},
            {"environment", {{"name", "sandbox"}, {"color", "#9254de"}}},
            {"url", nullptr},
            {"preview", {{"initial", 100}, {"max", 5000}}},
            {"systemNamespace", "system"},
            {"hiddenLabelsPrefixes", Json::array()},
            {"isAiEnabled", false},
            {"isAiApiKeyConfigured", false},
            {"isBasicAuthInitialized", basicInit},
            {"pluginsHash", 0},
            {"isConcurrencyViewEnabled", true},
            {"tenants", {{"storageByTenant", true}, {"secretByTenant", true}}},
            {"secretsEnabled", true},
            {"supportedStorages", Json::array()},
            {"supportedSecrets", Json::array()},
            {"pluginManagementEnabled", false},
            {"pluginCustomEnabled", false},
            {"mailServiceEnabled", false},
            {"outputsInInternalStorageEnabled", true},
            {"supportEnabled", false},
            {"inMaintenance", false},
            {"passwordConfiguration",
             {{"passwordMinLength", 8}, {"passwordRequireSpecial", false}, {"passwordMinDigits", 0},
              {"passwordMinLowerCase", 0}, {"passwordMinUpperCase", 0}}},
            {"passwordlessEnabled", false},
            {"airgapped", true},
            {"featureGating", false},
            {"features", Json::array()},
            {"killSwitches", Json::array()},
            {"workerAuthEnabled", false}};
}

void updateDetails(Database& db, const QString& userId, const Json& body)
{
    const QString first = optString(body, "firstName");
    const QString last = optString(body, "lastName");
    const QString email = optString(body, "email");
    Database::Transaction tx(db);
    if (!first.isNull())
        db.exec(u"UPDATE users SET first_name = ? WHERE id = ?"_s, {first, userId});
    if (!last.isNull())
        db.exec(u"UPDATE users SET last_name = ? WHERE id = ?"_s, {last, userId});
    if (!email.isNull()) {
        if (!email.contains(QLatin1Char('@')))
            throw HttpError::invalid(u"email"_s, u"must be a well-formed email address"_s);
        if (db.exists(u"SELECT 1 FROM users WHERE email = ? COLLATE NOCASE AND id <> ?"_s, {email, userId}))
            throw HttpError::conflict(u"A user with the email '"_s + email + u"' already exists"_s);
        db.exec(u"UPDATE users SET email = ? WHERE id = ? AND type = 'STANDARD'"_s, {email, userId});
    }
    IamViews::refreshSearch(db, userId);
    tx.commit();
}
} // namespace

void MiscRoutes::install(SandboxContext& ctx, Router& r)
{
    Database& db = ctx.db;
    r.add("GET", u"/api/v1/configs"_s, Access::Authenticated,
          [&db](ApiRequest&) { return ApiResponse::json(toBytes(configuration(db))); });
    r.add("GET", u"/api/v1/configs/login"_s, Access::Public, [&db](ApiRequest&) {
        return ApiResponse::json(toBytes(
            {{"isBasicAuthInitialized", db.exists(u"SELECT 1 FROM auths WHERE type = 'BASIC'"_s)}}));
    });
    r.add("GET", u"/api/v1/auths"_s, Access::Public, [](ApiRequest&) {
        return ApiResponse::json(toBytes({{"loginPassword", true},
                                          {"mailsEnabled", false},
                                          {"passwordless", false},
                                          {"oauths", Json::array()}}));
    });

    r.add("GET", u"/api/v1/me"_s, Access::Authenticated, [&db](ApiRequest& req) {
        return ApiResponse::json(toBytes(IamViews::me(db, req.principal.userId)));
    });
    r.add("PATCH", u"/api/v1/me"_s, Access::Authenticated, [&db](ApiRequest& req) {
        updateDetails(db, req.principal.userId, parseBody(req));
        return ApiResponse::json(toBytes(IamViews::me(db, req.principal.userId)));
    });
    r.add("GET", u"/api/v1/me/api-tokens"_s, Access::Authenticated, [&db](ApiRequest& req) {
        return ApiResponse::json(toBytes(IamViews::tokenList(db, req.principal.userId)));
    });
    r.add("POST", u"/api/v1/me/api-tokens"_s, Access::Authenticated, [&db](ApiRequest& req) {
        // Kestra oddity kept: /me token creation answers 200, the owner's /users/{id} route 201
        return ApiResponse::json(toBytes(IamViews::createToken(db, req.principal.userId, req)), 200);
    });
    r.add("DELETE", u"/api/v1/me/api-tokens/{}"_s, Access::Authenticated, [&db](ApiRequest& req) {
        IamViews::deleteToken(db, req.principal.userId, req.param(0));
        return ApiResponse::json("{}");
    });
    r.add("GET", u"/api/v1/me/invitations"_s, Access::Authenticated, [&db](ApiRequest& req) {
        Json out = Json::array();
        QSqlQuery q = db.exec(u"SELECT i.id, i.tenant_id, i.email, i.status, i.sent_at, i.expired_at,"
                              " i.super_admin FROM invitations i JOIN users u ON u.email = i.email COLLATE NOCASE"
                              " WHERE u.id = ? AND i.status = 'PENDING' ORDER BY i.sent_at"_s,
                              {req.principal.userId});
        while (q.next())
            out.push_back({{"id", s(q.value(0).toString())}, {"tenantId", s(q.value(1).toString())},
                           {"email", s(q.value(2).toString())}, {"status", s(q.value(3).toString())},
                           {"sentAt", s(q.value(4).toString())}, {"expiredAt", nullable(q.value(5))},
                           {"superAdmin", q.value(6).toBool()}, {"deleted", false}});
        return ApiResponse::json(toBytes(out));
    });
    Authenticator& auth = ctx.auth;
    r.add("PUT", u"/api/v1/me/password"_s, Access::Authenticated, [&auth](ApiRequest& req) {
        const Json body = parseBody(req);
        const QString oldPassword = optString(body, "oldPassword");
        const QString newPassword = requiredString(body, "newPassword");
        if (req.principal.type != u"STANDARD"_s)
            throw HttpError(422, u"Service accounts have no password"_s,
                            {{u"newPassword"_s, u"service accounts have no password"_s}});
        if (!auth.checkPassword(req.principal.userId, oldPassword))
            throw HttpError(422, u"Invalid old password"_s,
                            {{u"oldPassword"_s, u"does not match the current password"_s}});
        auth.setPassword(req.principal.userId, newPassword);
        return ApiResponse::json("{}");
    });
}

} // namespace ktc::sandbox
