#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace ktc::sandbox {

class Database;

// An in-memory, username-sorted copy of each tenant's members and their search text. A
// substring filter over 100,000 users cannot use a SQLite index and a join costs ~100 ms per
// scan; a scan of this list costs a few. Rebuilt whenever the database generation moves.
class TenantAccessIndex
{
public:
    struct Entry
    {
        QString id;
        QString username; // lowercased, the default sort key
        QByteArray search; // lowercased free text, UTF-8 for a fast byte matcher
        bool serviceAccount = false;
    };

    explicit TenantAccessIndex(Database& db) : m_db(db) {}
    const QList<Entry>& entries(const QString& tenantId);

private:
    struct Cached
    {
        quint64 generation = 0;
        QList<Entry> entries;
    };
    Database& m_db;
    QHash<QString, Cached> m_cache;
};

} // namespace ktc::sandbox
