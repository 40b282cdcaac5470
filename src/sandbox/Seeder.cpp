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
