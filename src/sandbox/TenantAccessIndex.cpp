#include "TenantAccessIndex.h"

#include "Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

const QList<TenantAccessIndex::Entry>& TenantAccessIndex::entries(const QString& tenantId)
{
    Cached& c = m_cache[tenantId];
    if (c.generation == m_db.generation() && c.generation != 0)
        return c.entries;
    c.entries.clear();
    QSqlQuery q = m_db.exec(u"SELECT u.id, lower(coalesce(u.email, u.name)), u.search, u.type FROM tenant_access a"
                            " JOIN users u ON u.id = a.user_id WHERE a.tenant_id = ?"_s,
                            {tenantId});
    while (q.next())
        c.entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toUtf8(),
                          q.value(3).toString() == u"SERVICE_ACCOUNT"_s});
    std::sort(c.entries.begin(), c.entries.end(), [](const Entry& a, const Entry& b) {
        return a.username != b.username ? a.username < b.username : a.id < b.id;
    });
    c.generation = m_db.generation();
    return c.entries;
}

} // namespace ktc::sandbox
