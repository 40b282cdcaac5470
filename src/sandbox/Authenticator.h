#pragma once

#include "ApiRequest.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace ktc::sandbox {

class Database;

// Verifies Basic and Bearer credentials. Verified Basic headers are cached under a keyed hash
// of the header (never the header itself), because PBKDF2 costs ~50 ms per check.
class Authenticator
{
public:
    explicit Authenticator(Database& db);

    // Throws HttpError(401) when the header is missing or wrong.
    Principal authenticate(const QByteArray& authorization);
    void invalidateUser(const QString& userId);
    // Creates or replaces the user's basic-auth method.
    void setPassword(const QString& userId, const QString& password);
    bool checkPassword(const QString& userId, const QString& password);

    static QString basicAuthType() { return QStringLiteral("BASIC"); }

private:
    Principal loadPrincipal(const QString& userId);
    Principal basic(const QByteArray& encoded, const QByteArray& header);
    Principal bearer(const QByteArray& token);
    QByteArray cacheKey(const QByteArray& header) const;

    Database& m_db;
    QByteArray m_cacheSecret;
    QHash<QByteArray, QString> m_cache;        // keyed hash -> user id
    QHash<QString, QSet<QByteArray>> m_byUser; // for invalidation
};

} // namespace ktc::sandbox
