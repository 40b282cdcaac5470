#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace ktc::sandbox {

// API token material: random secrets, their salted SHA-512 hashes, ids, and the ISO-8601
// durations of maxAge.
class TokenService
{
public:
    struct NewToken
    {
        QString fullToken; // returned once, never stored
        QString prefix;
        QByteArray hash;
        QByteArray salt;
    };

    static NewToken generate();
    static QByteArray hashToken(const QString& fullToken, const QByteArray& salt);
    static QString prefixOf(const QString& fullToken) { return fullToken.left(8); }
    static QByteArray randomBytes(int n);
    // A short random id like Kestra's ("4by6NvSLcPXFhCj8nwbZOM").
    static QString newId();
    // Seconds of an ISO-8601 duration (PnW, PnD, PTnH, PTnM, PTnS and combinations), or nullopt.
    static std::optional<qint64> parseDuration(const QString& iso);
    static QString nowIso();
    static QString iso(const QDateTime& t);
};

} // namespace ktc::sandbox
