#include "Authenticator.h"

#include "Database.h"
#include "HttpError.h"
#include "PasswordHasher.h"
#include "TokenService.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
HttpError unauthorized()
{
    return HttpError(401, u"Unauthorized"_s);
}
} // namespace

Authenticator::Authenticator(Database& db) : m_db(db), m_cacheSecret(TokenService::randomBytes(32))
{
}

QByteArray Authenticator::cacheKey(const QByteArray& header) const
{
    return QMessageAuthenticationCode::hash(header, m_cacheSecret, QCryptographicHash::Sha256);
}

Principal Authenticator::authenticate(const QByteArray& authorization)
{
    const QByteArray header = authorization.trimmed();
    if (header.startsWith("Basic ") || header.startsWith("basic "))
        return basic(header.mid(6).trimmed(), header);
    if (header.startsWith("Bearer ") || header.startsWith("bearer "))
        return bearer(header.mid(7).trimmed());
    throw unauthorized();
}

Principal Authenticator::loadPrincipal(const QString& userId)
{
    QSqlQuery q = m_db.exec(u"SELECT type, super_admin FROM users WHERE id = ?"_s, {userId});
    if (!q.next())
        throw unauthorized();
    Principal p;
    p.userId = userId;
    p.type = q.value(0).toString();
    p.superAdmin = q.value(1).toBool();
    p.authenticated = true;
    return p;
}

Principal Authenticator::basic(const QByteArray& encoded, const QByteArray& header)
{
    const QByteArray key = cacheKey(header);
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return loadPrincipal(it.value());

    const auto result = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        throw unauthorized();
    const QByteArray& decoded = result.decoded;
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        throw unauthorized();
    const QString email = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    QSqlQuery q = m_db.exec(u"SELECT u.id, a.password_hash, a.salt, a.iterations FROM users u"
                            " JOIN auths a ON a.user_id = u.id AND a.type = ?"
                            " WHERE u.email = ? COLLATE NOCASE AND u.type = 'STANDARD'"_s,
                            {basicAuthType(), email});
    if (!q.next())
        throw unauthorized();
    const QString userId = q.value(0).toString();
    if (!PasswordHasher::verify(password, q.value(1).toByteArray(), q.value(2).toByteArray(),
                                q.value(3).toInt()))
        throw unauthorized();
    if (m_cache.size() > 10000) { // bounded: a scanner must not grow it forever
        m_cache.clear();
        m_byUser.clear();
    }
    m_cache.insert(key, userId);
    m_byUser[userId].insert(key);
    return loadPrincipal(userId);
}

Principal Authenticator::bearer(const QByteArray& token)
{
    const QString full = QString::fromLatin1(token);
    if (full.size() < 16)
        throw unauthorized();
    QSqlQuery q = m_db.exec(u"SELECT id, user_id, hash, salt, exp, extended, max_age FROM api_tokens"
                            " WHERE prefix = ?"_s,
                            {TokenService::prefixOf(full)});
    while (q.next()) {
        if (TokenService::hashToken(full, q.value(3).toByteArray()) != q.value(2).toByteArray())
            continue;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString exp = q.value(4).toString();
        if (!exp.isEmpty() && QDateTime::fromString(exp, Qt::ISODateWithMs) <= now)
            throw unauthorized();
        const QString tokenId = q.value(0).toString();
        QVariant newExp = q.value(4);
        if (q.value(5).toBool() && !q.value(6).toString().isEmpty()) {
            // extended tokens slide their expiry forward on every use
            if (auto secs = TokenService::parseDuration(q.value(6).toString()))
                newExp = TokenService::iso(now.addSecs(*secs));
        }
        m_db.exec(u"UPDATE api_tokens SET last_used = ?, exp = ? WHERE id = ?"_s,
                  {TokenService::iso(now), newExp, tokenId});
        Principal p = loadPrincipal(q.value(1).toString());
        p.tokenId = tokenId;
        return p;
    }
    throw unauthorized();
}

void Authenticator::invalidateUser(const QString& userId)
{
    for (const QByteArray& key : m_byUser.take(userId))
        m_cache.remove(key);
}

void Authenticator::setPassword(const QString& userId, const QString& password)
{
    const auto h = PasswordHasher::hash(password);
    Database::Transaction tx(m_db);
    m_db.exec(u"DELETE FROM auths WHERE user_id = ? AND type = ?"_s, {userId, basicAuthType()});
    m_db.exec(u"INSERT INTO auths(id, user_id, name, type, password_hash, salt, iterations)"
              " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
              {TokenService::newId(), userId, u"basic-auth"_s, basicAuthType(), h.hash, h.salt,
               h.iterations});
    tx.commit();
    invalidateUser(userId);
}

bool Authenticator::checkPassword(const QString& userId, const QString& password)
{
    QSqlQuery q = m_db.exec(u"SELECT password_hash, salt, iterations FROM auths WHERE user_id = ? AND type = ?"_s,
                            {userId, basicAuthType()});
    return q.next()
           && PasswordHasher::verify(password, q.value(0).toByteArray(), q.value(1).toByteArray(),
                                     q.value(2).toInt());
}

} // namespace ktc::sandbox
