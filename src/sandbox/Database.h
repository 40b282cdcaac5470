#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace ktc::sandbox {

// The sandbox's SQLite store: opens the file, applies the versioned migrations, and runs
// statements that throw HttpError(500) on failure so that handlers stay linear.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool open(const QString& dir, QString* error);
    void close();
    bool isNew() const { return m_isNew; }
    int schemaVersion() const;

    QSqlQuery exec(const QString& sql, const QVariantList& binds = {});
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    bool exists(const QString& sql, const QVariantList& binds = {});
    QSqlQuery prepare(const QString& sql);
    void run(QSqlQuery& query); // exec a prepared query, throw on failure
    QSqlDatabase& handle() { return m_db; }
    // Moves on every write to users, tenants or tenant access (never 0), so that in-memory
    // indexes know when to rebuild.
    quint64 generation() const { return m_generation; }

    // Nested scopes join the outermost transaction; it commits only when every scope committed.
    class Transaction
    {
    public:
        explicit Transaction(Database& db);
        ~Transaction();
        void commit();

    private:
        Database& m_db;
        bool m_done = false;
    };

private:
    bool migrate(QString* error);
    void begin();
    void end(bool commit);

    QSqlDatabase m_db;
    QString m_name;
    bool m_isNew = false;
    int m_depth = 0;
    bool m_failed = false;
    quint64 m_generation = 1;
};

} // namespace ktc::sandbox
