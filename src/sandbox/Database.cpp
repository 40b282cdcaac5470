#include "Database.h"

#include "HttpError.h"
#include "SandboxLogging.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {

// Each entry is one schema version; append only, never edit a released step.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps = {
        {
            u"CREATE TABLE tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL,"
            " created_at TEXT NOT NULL)"_s,
            u"CREATE INDEX tenants_name ON tenants(name COLLATE NOCASE)"_s,
            u"CREATE TABLE users (id TEXT PRIMARY KEY,"
            " type TEXT NOT NULL CHECK (type IN ('STANDARD','SERVICE_ACCOUNT')),"
            " email TEXT, name TEXT, first_name TEXT, last_name TEXT, description TEXT,"
            " super_admin INTEGER NOT NULL DEFAULT 0, restricted INTEGER NOT NULL DEFAULT 0,"
            " owner_tenant TEXT, search TEXT NOT NULL, created_at TEXT NOT NULL)"_s,
            u"CREATE UNIQUE INDEX users_email ON users(email COLLATE NOCASE) WHERE email IS NOT NULL"_s,
            u"CREATE INDEX users_type_name ON users(type, name COLLATE NOCASE)"_s,
            u"CREATE TABLE auths (id TEXT PRIMARY KEY,"
            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, type TEXT NOT NULL, password_hash BLOB, salt BLOB, iterations INTEGER)"_s,
            u"CREATE INDEX auths_user ON auths(user_id)"_s,
            u"CREATE TABLE tenant_access (tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, created_at TEXT NOT NULL,"
            " PRIMARY KEY (tenant_id, user_id))"_s,
            u"CREATE INDEX tenant_access_user ON tenant_access(user_id)"_s,
            u"CREATE TABLE iam_groups (id TEXT PRIMARY KEY,"
            " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, description TEXT, security_integration_name TEXT,"
            " UNIQUE (tenant_id, name))"_s,
            u"CREATE TABLE group_members (group_id TEXT NOT NULL REFERENCES iam_groups(id) ON DELETE CASCADE,"
            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " membership TEXT NOT NULL CHECK (membership IN ('OWNER','MEMBER')),"
            " PRIMARY KEY (group_id, user_id))"_s,
            u"CREATE INDEX group_members_user ON group_members(user_id)"_s,
            u"CREATE TABLE roles (id TEXT PRIMARY KEY,"
            " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, description TEXT, permissions TEXT NOT NULL,"
            " is_default INTEGER NOT NULL DEFAULT 0, is_managed INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX roles_tenant_name ON roles(tenant_id, name COLLATE NOCASE)"_s,
            u"CREATE TABLE bindings (id TEXT PRIMARY KEY,"
            " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
            " type TEXT NOT NULL CHECK (type IN ('USER','GROUP')), external_id TEXT NOT NULL,"
            " role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE, namespace TEXT)"_s,
            u"CREATE INDEX bindings_subject ON bindings(tenant_id, type, external_id)"_s,
            u"CREATE INDEX bindings_role ON bindings(role_id)"_s,
            u"CREATE INDEX bindings_external ON bindings(external_id)"_s,
            u"CREATE TABLE api_tokens (id TEXT PRIMARY KEY,"
            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, description TEXT, prefix TEXT NOT NULL, hash BLOB NOT NULL,"
            " salt BLOB NOT NULL, iat TEXT NOT NULL, exp TEXT, last_used TEXT,"
            " extended INTEGER NOT NULL DEFAULT 0, max_age TEXT)"_s,
            u"CREATE INDEX api_tokens_user ON api_tokens(user_id)"_s,
            u"CREATE INDEX api_tokens_prefix ON api_tokens(prefix)"_s,
            u"CREATE TABLE invitations (id TEXT PRIMARY KEY,"
            " tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
            " email TEXT NOT NULL, status TEXT NOT NULL, sent_at TEXT NOT NULL, expired_at TEXT,"
            " accepted_at TEXT, super_admin INTEGER NOT NULL DEFAULT 0, roles TEXT NOT NULL,"
            " group_ids TEXT NOT NULL)"_s,
            u"CREATE INDEX invitations_email ON invitations(tenant_id, email COLLATE NOCASE)"_s,
            u"CREATE TABLE worker_groups (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"_s,
        },
    };
    return steps;
}

} // namespace

Database::Database()
    : m_name(u"ktc-sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

bool Database::open(const QString& dir, QString* error)
{
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create data directory "_s + dir;
        return false;
    }
    const QString file = QDir(dir).filePath(u"sandbox.sqlite"_s);
    m_isNew = !QFile::exists(file);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(file);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    try {
        exec(u"PRAGMA journal_mode=WAL"_s);
        exec(u"PRAGMA foreign_keys=ON"_s);
        exec(u"PRAGMA synchronous=NORMAL"_s);
        exec(u"PRAGMA busy_timeout=5000"_s);
        exec(u"PRAGMA cache_size=-65536"_s); // 64 MB: the large seed inserts random keys into big B-trees
        exec(u"PRAGMA temp_store=MEMORY"_s);
    } catch (const HttpError&) {
        *error = m_db.lastError().text();
        return false;
    }
    return migrate(error);
}

void Database::close()
{
    if (m_db.isValid()) {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT MAX(version) FROM schema_version"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool Database::migrate(QString* error)
{
    try {
        exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL,"
             " applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"_s);
        const int current = schemaVersion();
        const auto& steps = migrations();
        for (int v = current; v < steps.size(); ++v) {
            Transaction tx(*this);
            for (const QString& sql : steps.at(v))
                exec(sql);
            exec(u"INSERT INTO schema_version(version) VALUES (?)"_s, {v + 1});
            tx.commit();
            qCInfo(lcSandbox) << "database schema migrated to version" << v + 1;
        }
    } catch (const HttpError& e) {
        *error = e.message();
        return false;
    }
    return true;
}

QSqlQuery Database::prepare(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        qCWarning(lcSandbox) << "SQL prepare failed:" << query.lastError().text() << sql;
        throw HttpError(500, u"Internal server error: "_s + query.lastError().text());
    }
    return query;
}

void Database::run(QSqlQuery& query)
{
    if (!query.exec()) {
        const QSqlError err = query.lastError();
        qCWarning(lcSandbox) << "SQL failed:" << err.text() << query.lastQuery();
        if (err.nativeErrorCode() == u"2067"_s || err.nativeErrorCode() == u"1555"_s)
            throw HttpError(409, u"Conflict: the entity already exists"_s);
        throw HttpError(500, u"Internal server error: "_s + err.text());
    }
    // only writes to what TenantAccessIndex holds move the generation: token bookkeeping
    // (last_used on every bearer call) or a new group must not force a 100,000-row rebuild
    if (!query.isSelect()) {
        const QString& sql = query.lastQuery();
        if (sql.contains(u" users"_s) || sql.contains(u"tenant_access"_s) || sql.contains(u" tenants"_s))
            ++m_generation;
    }
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query = prepare(sql);
    for (const QVariant& v : binds)
        query.addBindValue(v);
    run(query);
    return query;
}

QVariant Database::scalar(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query = exec(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

bool Database::exists(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query = exec(sql, binds);
    return query.next();
}

void Database::begin()
{
    if (m_depth++ == 0) {
        m_failed = false;
        if (!m_db.transaction())
            throw HttpError(500, u"Internal server error: cannot begin a transaction"_s);
    }
}

void Database::end(bool commit)
{
    if (!commit)
        m_failed = true;
    if (--m_depth == 0) {
        if (m_failed || !m_db.commit())
            m_db.rollback();
    }
}

Database::Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.begin();
}

Database::Transaction::~Transaction()
{
    if (!m_done)
        m_db.end(false);
}

void Database::Transaction::commit()
{
    m_done = true;
    m_db.end(true);
}

} // namespace ktc::sandbox
