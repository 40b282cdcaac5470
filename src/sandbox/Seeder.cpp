#include "Seeder.h"

#include "Authenticator.h"
#include "Database.h"
#include "IamViews.h"
#include "SandboxContext.h"
#include "SandboxLogging.h"
#include "TokenService.h"

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

void Seeder::ensureOwner(const QString& email, const QString& password)
{
    Database& db = m_ctx.db;
    Database::Transaction tx(db);
    QString id = db.scalar(u"SELECT id FROM users WHERE email = ? COLLATE NOCASE"_s, {email}).toString();
    if (id.isEmpty()) {
        id = TokenService::newId();
        db.exec(u"INSERT INTO users(id, type, email, first_name, last_name, super_admin, search, created_at)"
                " VALUES (?, 'STANDARD', ?, NULL, NULL, 1, '', ?)"_s,
                {id, email, TokenService::nowIso()});
        IamViews::refreshSearch(db, id);
    } else {
        db.exec(u"UPDATE users SET super_admin = 1 WHERE id = ?"_s, {id});
    }
    m_ctx.auth.setPassword(id, password);
    tx.commit();
    qCInfo(lcSandbox) << "instance owner ready:" << email;
}

} // namespace ktc::sandbox

namespace ktc::sandbox {

QString Seeder::createUser(const QString& email, const QString& first, const QString& last,
                           const QStringList& tenants)
{
    Database& db = m_ctx.db;
    const QString id = TokenService::newId();
    db.exec(u"INSERT INTO users(id, type, email, first_name, last_name, search, created_at)"
            " VALUES (?, 'STANDARD', ?, ?, ?, '', ?)"_s,
            {id, email, first, last, TokenService::nowIso()});
    IamViews::refreshSearch(db, id);
    for (const QString& t : tenants)
        IamViews::grantAccess(db, t, id);
    return id;
}

QString Seeder::createGroup(const QString& tenant, const QString& name, const QString& description,
                            const QString& integration)
{
    const QString id = TokenService::newId();
    m_ctx.db.exec(u"INSERT INTO iam_groups(id, tenant_id, name, description, security_integration_name)"
                  " VALUES (?, ?, ?, ?, ?)"_s,
                  {id, tenant, name, description, integration.isEmpty() ? QVariant() : QVariant(integration)});
    return id;
}

void Seeder::addMember(const QString& group, const QString& user, bool owner)
{
    m_ctx.db.exec(u"INSERT OR REPLACE INTO group_members(group_id, user_id, membership) VALUES (?, ?, ?)"_s,
                  {group, user, owner ? u"OWNER"_s : u"MEMBER"_s});
}

QString Seeder::roleId(const QString& tenant, const QString& name)
{
    return m_ctx.db.scalar(u"SELECT id FROM roles WHERE tenant_id = ? AND name = ?"_s, {tenant, name}).toString();
}

QString Seeder::createRole(const QString& tenant, const QString& name, const QString& description,
                           const QByteArray& permissions)
{
    const QString id = TokenService::newId();
    m_ctx.db.exec(u"INSERT INTO roles(id, tenant_id, name, description, permissions, is_default, is_managed)"
                  " VALUES (?, ?, ?, ?, ?, 0, 0)"_s,
                  {id, tenant, name, description, QString::fromUtf8(permissions)});
    return id;
}

void Seeder::bind(const QString& tenant, const QString& type, const QString& externalId,
                  const QString& role, const QString& nameSpace)
{
    m_ctx.db.exec(u"INSERT INTO bindings(id, tenant_id, type, external_id, role_id, namespace) VALUES (?, ?, ?, ?, ?, ?)"_s,
                  {TokenService::newId(), tenant, type, externalId, role,
                   nameSpace.isEmpty() ? QVariant() : QVariant(nameSpace)});
}

QString Seeder::createServiceAccount(const QString& name, const QString& description,
                                     const QString& tenant, bool superAdmin)
{
    Database& db = m_ctx.db;
    const QString id = TokenService::newId();
    db.exec(u"INSERT INTO users(id, type, name, description, super_admin, owner_tenant, search, created_at)"
            " VALUES (?, 'SERVICE_ACCOUNT', ?, ?, ?, ?, '', ?)"_s,
            {id, name, description, superAdmin, tenant.isEmpty() ? QVariant() : QVariant(tenant),
             TokenService::nowIso()});
    IamViews::refreshSearch(db, id);
    if (!tenant.isEmpty())
        IamViews::grantAccess(db, tenant, id);
    return id;
}

} // namespace ktc::sandbox
