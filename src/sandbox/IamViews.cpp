#include "IamViews.h"

#include "Database.h"
#include "TokenService.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

QString IamViews::displayName(const QString& first, const QString& last, const QString& fallback)
{
    const QString full = QString(first + QLatin1Char(' ') + last).trimmed();
    return full.isEmpty() ? fallback : full;
}

QString IamViews::searchText(const QStringList& parts)
{
    return parts.join(QLatin1Char(' ')).toLower();
}

void IamViews::refreshSearch(Database& db, const QString& userId)
{
    QSqlQuery q = db.exec(u"SELECT id, email, name, first_name, last_name, description FROM users WHERE id = ?"_s,
                          {userId});
    if (!q.next())
        return;
    const QString text = searchText({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString(), q.value(4).toString(),
                                     displayName(q.value(3).toString(), q.value(4).toString(), {})});
    db.exec(u"UPDATE users SET search = ? WHERE id = ?"_s, {text, userId});
}

Json IamViews::tenantSummaries(Database& db, const QString& userId, bool withLogo)
{
    Json out = Json::array();
    QSqlQuery q = db.exec(u"SELECT t.id, t.name FROM tenant_access a JOIN tenants t ON t.id = a.tenant_id"
                          " WHERE a.user_id = ? ORDER BY t.id"_s,
                          {userId});
    while (q.next()) {
        Json t = {{"id", s(q.value(0).toString())}, {"name", s(q.value(1).toString())}};
        if (withLogo)
            t["logo"] = nullptr;
        out.push_back(t);
    }
    return out;
}

Json IamViews::auths(Database& db, const QString& userId, bool withId)
{
    Json out = Json::array();
    QSqlQuery q = db.exec(u"SELECT id, name, type FROM auths WHERE user_id = ? ORDER BY name"_s, {userId});
    while (q.next()) {
        Json a = Json::object();
        if (withId)
            a["id"] = s(q.value(0).toString());
        a["name"] = s(q.value(1).toString());
        a["type"] = s(q.value(2).toString());
        out.push_back(a);
    }
    return out;
}

Json IamViews::userGroups(Database& db, const QString& userId)
{
    Json out = Json::array();
    QSqlQuery q = db.exec(u"SELECT g.id, g.tenant_id FROM group_members m JOIN iam_groups g ON g.id = m.group_id"
                          " WHERE m.user_id = ? ORDER BY g.tenant_id, g.name"_s,
                          {userId});
    while (q.next())
        out.push_back({{"id", s(q.value(0).toString())}, {"tenantId", s(q.value(1).toString())}});
    return out;
}

void IamViews::requireUser(Database& db, const QString& userId, const QString& type)
{
    QSqlQuery q = db.exec(u"SELECT type FROM users WHERE id = ?"_s, {userId});
    if (!q.next() || (!type.isEmpty() && q.value(0).toString() != type))
        throw HttpError::notFound(type == u"SERVICE_ACCOUNT"_s
                                      ? u"Service account not found: "_s + userId
                                      : u"User not found: "_s + userId);
}

Json IamViews::apiUser(Database& db, const QString& userId)
{
    QSqlQuery q = db.exec(u"SELECT email, first_name, last_name, super_admin, restricted FROM users"
                          " WHERE id = ? AND type = 'STANDARD'"_s,
                          {userId});
    if (!q.next())
        throw HttpError::notFound(u"User not found: "_s + userId);
    const QString email = q.value(0).toString();
    const QString first = q.value(1).toString();
    const QString last = q.value(2).toString();
    return {{"id", s(userId)},
            {"username", s(email)},
            {"displayName", s(displayName(first, last, email))},
            {"firstName", nullable(q.value(1))},
            {"lastName", nullable(q.value(2))},
            {"email", s(email)},
            {"tenants", tenantSummaries(db, userId)},
            {"auths", auths(db, userId, true)},
            {"groups", userGroups(db, userId)},
            {"superAdmin", q.value(3).toBool()},
            {"restricted", q.value(4).toBool()}};
}

Json IamViews::apiUserSummary(Database& db, const QString& userId)
{
    Json u = apiUser(db, userId);
    return {{"id", u["id"]},         {"username", u["username"]}, {"displayName", u["displayName"]},
            {"tenants", u["tenants"]}, {"auths", u["auths"]},       {"superAdmin", u["superAdmin"]}};
}

Json IamViews::me(Database& db, const QString& userId)
{
    QSqlQuery q = db.exec(u"SELECT type, email, name, first_name, last_name, super_admin, restricted"
                          " FROM users WHERE id = ?"_s,
                          {userId});
    if (!q.next())
        throw HttpError(401, u"Unauthorized"_s);
    const bool sa = q.value(0).toString() == u"SERVICE_ACCOUNT"_s;
    const QString username = sa ? q.value(2).toString() : q.value(1).toString();
    return {{"id", s(userId)},
            {"superAdmin", q.value(5).toBool()},
            {"restricted", q.value(6).toBool()},
            {"profile",
             {{"email", sa ? Json(nullptr) : Json(s(username))},
              {"firstName", nullable(q.value(3))},
              {"lastName", nullable(q.value(4))},
              {"username", s(username)}}},
            {"auths", auths(db, userId, false)},
            {"tenants", tenantSummaries(db, userId, true)}};
}

Json IamViews::userTenantAccess(Database& db, const QString& tenantId, const QString& userId)
{
    QSqlQuery q = db.exec(u"SELECT type, email, name, first_name, last_name, description FROM users WHERE id = ?"_s,
                          {userId});
    if (!q.next())
        throw HttpError::notFound(u"User not found: "_s + userId);
    const bool sa = q.value(0).toString() == u"SERVICE_ACCOUNT"_s;
    const QString username = sa ? q.value(2).toString() : q.value(1).toString();
    Json groups = Json::array();
    QSqlQuery g = db.exec(u"SELECT g.id, g.name, g.security_integration_name FROM group_members m"
                          " JOIN iam_groups g ON g.id = m.group_id WHERE m.user_id = ? AND g.tenant_id = ?"
                          " ORDER BY g.name"_s,
                          {userId, tenantId});
    while (g.next())
        groups.push_back({{"id", s(g.value(0).toString())},
                          {"name", s(g.value(1).toString())},
                          {"external", !g.value(2).toString().isEmpty()}});
    return {{"id", s(userId)},
            {"username", s(username)},
            {"displayName", s(sa ? username : displayName(q.value(3).toString(), q.value(4).toString(), username))},
            {"description", nullable(q.value(5))},
            {"groups", groups},
            {"auths", auths(db, userId, false)}};
}

Json IamViews::groupMember(Database& db, const QString& tenantId, const QString& userId)
{
    Json base = userTenantAccess(db, tenantId, userId);
    Json groups = Json::array();
    QSqlQuery g = db.exec(u"SELECT g.id, g.name, g.security_integration_name, m.membership FROM group_members m"
                          " JOIN iam_groups g ON g.id = m.group_id WHERE m.user_id = ? AND g.tenant_id = ?"
                          " ORDER BY g.name"_s,
                          {userId, tenantId});
    while (g.next())
        groups.push_back({{"id", s(g.value(0).toString())},
                          {"name", s(g.value(1).toString())},
                          {"external", !g.value(2).toString().isEmpty()},
                          {"membership", s(g.value(3).toString())}});
    return {{"id", base["id"]}, {"username", base["username"]}, {"displayName", base["displayName"]},
            {"groups", groups}};
}

bool IamViews::hasAccess(Database& db, const QString& tenantId, const QString& userId)
{
    return db.exists(u"SELECT 1 FROM tenant_access WHERE tenant_id = ? AND user_id = ?"_s, {tenantId, userId});
}

void IamViews::grantAccess(Database& db, const QString& tenantId, const QString& userId)
{
    db.exec(u"INSERT OR IGNORE INTO tenant_access(tenant_id, user_id, created_at) VALUES (?, ?, ?)"_s,
            {tenantId, userId, TokenService::nowIso()});
}

void IamViews::revokeAccess(Database& db, const QString& tenantId, const QString& userId)
{
    // Leaving a tenant also leaves its groups and drops the user's bindings there.
    Database::Transaction tx(db);
    db.exec(u"DELETE FROM group_members WHERE user_id = ? AND group_id IN"
            " (SELECT id FROM iam_groups WHERE tenant_id = ?)"_s,
            {userId, tenantId});
    db.exec(u"DELETE FROM bindings WHERE tenant_id = ? AND type = 'USER' AND external_id = ?"_s,
            {tenantId, userId});
    db.exec(u"DELETE FROM tenant_access WHERE tenant_id = ? AND user_id = ?"_s, {tenantId, userId});
    tx.commit();
}

void IamViews::deleteUser(Database& db, const QString& userId)
{
    Database::Transaction tx(db);
    db.exec(u"DELETE FROM bindings WHERE type = 'USER' AND external_id = ?"_s, {userId});
    db.exec(u"DELETE FROM users WHERE id = ?"_s, {userId}); // cascades: auths, access, members, tokens
    tx.commit();
}

Json IamViews::tokenList(Database& db, const QString& userId)
{
    Json results = Json::array();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q = db.exec(u"SELECT id, name, description, prefix, iat, exp, last_used, extended FROM api_tokens"
                          " WHERE user_id = ? ORDER BY iat"_s,
                          {userId});
    while (q.next()) {
        const QString exp = q.value(5).toString();
        results.push_back({{"id", s(q.value(0).toString())},
                           {"name", s(q.value(1).toString())},
                           {"description", nullable(q.value(2))},
                           {"prefix", s(q.value(3).toString())},
                           {"iat", s(q.value(4).toString())},
                           {"exp", nullable(q.value(5))},
                           {"lastUsed", nullable(q.value(6))},
                           {"extended", q.value(7).toBool()},
                           {"expired", !exp.isEmpty() && QDateTime::fromString(exp, Qt::ISODateWithMs) <= now}});
    }
    const auto total = int(results.size());
    return {{"results", results}, {"total", total}};
}

void IamViews::validateDnsLabel(const QString& value, const char* path)
{
    static const QRegularExpression re(u"^(?=.{1,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$"_s);
    if (!re.match(value).hasMatch())
        throw HttpError::invalid(QString::fromUtf8(path),
                                 u"must match \"^(?=.{1,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$\""_s);
}

Json IamViews::createToken(Database& db, const QString& userId, const ApiRequest& req)
{
    const Json body = parseBody(req);
    const QString name = requiredString(body, "name");
    validateDnsLabel(name, "name");
    const QString description = optString(body, "description");
    const QString maxAge = optString(body, "maxAge");
    const bool extended = optBool(body, "extended").value_or(false);
    QVariant exp;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!maxAge.trimmed().isEmpty()) {
        const auto secs = TokenService::parseDuration(maxAge);
        if (!secs)
            throw HttpError::invalid(u"maxAge"_s, u"must be an ISO-8601 duration such as P30D or PT12H"_s);
        exp = TokenService::iso(now.addSecs(*secs));
    }
    if (db.exists(u"SELECT 1 FROM api_tokens WHERE user_id = ? AND name = ?"_s, {userId, name}))
        throw HttpError::conflict(u"An API token with the name '"_s + name + u"' already exists"_s);
    const auto token = TokenService::generate();
    const QString id = TokenService::newId();
    db.exec(u"INSERT INTO api_tokens(id, user_id, name, description, prefix, hash, salt, iat, exp,"
            " last_used, extended, max_age) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"_s,
            {id, userId, name, description, token.prefix, token.hash, token.salt,
             TokenService::iso(now), exp, extended, maxAge.trimmed().isEmpty() ? QVariant() : QVariant(maxAge)});
    return {{"id", s(id)}, {"name", s(name)}, {"fullToken", s(token.fullToken)}};
}

void IamViews::deleteToken(Database& db, const QString& userId, const QString& tokenId)
{
    if (!db.exists(u"SELECT 1 FROM api_tokens WHERE id = ? AND user_id = ?"_s, {tokenId, userId}))
        throw HttpError::notFound(u"API Token not found: "_s + tokenId);
    db.exec(u"DELETE FROM api_tokens WHERE id = ? AND user_id = ?"_s, {tokenId, userId});
}

Json IamViews::paged(const Json& results, qint64 total)
{
    return {{"results", results}, {"total", total}};
}

} // namespace ktc::sandbox
