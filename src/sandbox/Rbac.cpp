#include "Rbac.h"

#include "Database.h"
#include "SandboxJson.h"
#include "TokenService.h"

using namespace Qt::StringLiterals;

namespace ktc::sandbox {

namespace {
QStringList common()
{
    return {u"VIEW"_s, u"LIST"_s, u"CREATE"_s, u"UPDATE"_s, u"DELETE"_s};
}
QStringList with(QStringList base, const QStringList& extra)
{
    base << extra;
    return base;
}
QStringList readOnly()
{
    return {u"VIEW"_s, u"LIST"_s};
}
const QStringList& iamResources()
{
    static const QStringList r = {u"USER"_s, u"GROUP"_s, u"ROLE"_s, u"BINDING"_s,
                                  u"SERVICE_ACCOUNT"_s, u"INVITATION"_s};
    return r;
}
} // namespace

Rbac::Rbac(Database& db) : m_db(db) {}

const Rbac::Permissions& Rbac::catalog()
{
    static const Permissions c = {
        {u"FLOW"_s, with(common(), {u"EXECUTE"_s, u"DISABLE"_s, u"ENABLE"_s, u"VALIDATE"_s, u"EXPORT"_s, u"IMPORT"_s})},
        {u"EXECUTION"_s, with(common(), {u"RESTART"_s, u"KILL"_s, u"REPLAY"_s, u"PAUSE"_s, u"RESUME"_s,
                                         u"CHANGE_LABELS"_s, u"ACCESS_LOGS"_s, u"ACCESS_OUTPUTS"_s,
                                         u"ACCESS_FILES"_s, u"FOLLOW"_s, u"EXPORT"_s, u"UNQUEUE"_s,
                                         u"FORCE_RUN"_s})},
        {u"TRIGGER"_s, with(common(), {u"UNLOCK"_s, u"RESTART"_s, u"DISABLE"_s, u"ENABLE"_s, u"EXPORT"_s, u"BACKFILL"_s})},
        {u"NAMESPACE"_s, with(common(), {u"MANAGE_FILES"_s})},
        {u"KVSTORE"_s, common()},
        {u"REUSABLE_INPUTS"_s, common()},
        {u"DASHBOARD"_s, common()},
        {u"SECRET"_s, common()},
        {u"CREDENTIAL"_s, common()},
        {u"BLUEPRINT"_s, common()},
        {u"APP"_s, with(common(), {u"EXECUTE"_s, u"ACCESS_FILES"_s, u"ACCESS_LOGS"_s})},
        {u"AUDITLOG"_s, {u"VIEW"_s, u"LIST"_s, u"EXPORT"_s}},
        {u"SYSTEM_SETTINGS"_s, {u"VIEW"_s, u"UPDATE"_s}},
        {u"TENANT_SETTINGS"_s, {u"VIEW"_s, u"UPDATE"_s}},
        {u"TESTSUITE"_s, with(common(), {u"EXECUTE"_s})},
        {u"ASSET"_s, common()},
        {u"USER"_s, with(common(), {u"MANAGE_GROUP_MEMBERSHIP"_s, u"IMPERSONATE"_s})},
        {u"GROUP"_s, with(common(), {u"MANAGE_MEMBERS"_s})},
        {u"ROLE"_s, common()},
        {u"BINDING"_s, common()},
        {u"SERVICE_ACCOUNT"_s, common()},
        {u"INVITATION"_s, common()},
        {u"COPILOT"_s, {u"USE"_s}},
        {u"MCP_SERVER"_s, common()},
    };
    return c;
}

const QList<Rbac::Template>& Rbac::templates()
{
    static const QList<Template> t = [] {
        Permissions admin = catalog();
        Permissions viewer, developer, editor, launcher;
        for (const auto& [res, actions] : catalog()) {
            QStringList read;
            for (const QString& a : actions)
                if (a == u"VIEW"_s || a == u"LIST"_s)
                    read << a;
            if (!read.isEmpty())
                viewer.append({res, read});
            const bool iam = iamResources().contains(res);
            if (!iam && res != u"SYSTEM_SETTINGS"_s && res != u"TENANT_SETTINGS"_s && res != u"AUDITLOG"_s)
                developer.append({res, actions});
            else if (!read.isEmpty())
                developer.append({res, read});
            static const QStringList editable = {u"FLOW"_s, u"EXECUTION"_s, u"TRIGGER"_s, u"NAMESPACE"_s,
                                                 u"KVSTORE"_s, u"DASHBOARD"_s, u"APP"_s, u"TESTSUITE"_s,
                                                 u"BLUEPRINT"_s, u"ASSET"_s, u"REUSABLE_INPUTS"_s};
            if (editable.contains(res))
                editor.append({res, actions});
            else if (!iam && !read.isEmpty())
                editor.append({res, read});
        }
        launcher = {
            {u"FLOW"_s, {u"VIEW"_s, u"LIST"_s, u"EXECUTE"_s}},
            {u"EXECUTION"_s, {u"VIEW"_s, u"LIST"_s, u"RESTART"_s, u"KILL"_s, u"REPLAY"_s, u"PAUSE"_s,
                              u"RESUME"_s, u"FOLLOW"_s, u"ACCESS_LOGS"_s, u"ACCESS_OUTPUTS"_s}},
            {u"TRIGGER"_s, readOnly()},
            {u"NAMESPACE"_s, readOnly()},
            {u"APP"_s, {u"VIEW"_s, u"LIST"_s, u"EXECUTE"_s}},
            {u"DASHBOARD"_s, readOnly()},
        };
        return QList<Template>{
            {u"ADMIN"_s, u"Admin"_s, u"Full access to every resource of the tenant."_s, admin},
            {u"DEVELOPER"_s, u"Developer"_s, u"Builds and runs flows; reads IAM and settings."_s, developer},
            {u"EDITOR"_s, u"Editor"_s, u"Edits flows, namespaces and apps."_s, editor},
            {u"LAUNCHER"_s, u"Launcher"_s, u"Runs flows and follows executions."_s, launcher},
            {u"VIEWER"_s, u"Viewer"_s, u"Read-only access."_s, viewer},
        };
    }();
    return t;
}

QByteArray Rbac::permissionsJson(const Permissions& p)
{
    Json j = Json::object();
    for (const auto& [res, actions] : p) {
        Json list = Json::array();
        for (const QString& a : actions)
            list.push_back(s(a));
        j[s(res)] = list;
    }
    return toBytes(j);
}

void Rbac::createManagedRoles(const QString& tenantId)
{
    Database::Transaction tx(m_db);
    for (const Template& t : templates())
        m_db.exec(u"INSERT INTO roles(id, tenant_id, name, description, permissions, is_default, is_managed)"
                  " VALUES (?, ?, ?, ?, ?, 0, 1)"_s,
                  {TokenService::newId(), tenantId, t.name, t.description,
                   QString::fromUtf8(permissionsJson(t.permissions))});
    tx.commit();
}

bool Rbac::tenantExists(const QString& tenantId)
{
    return m_db.exists(u"SELECT 1 FROM tenants WHERE id = ?"_s, {tenantId});
}

void Rbac::requireTenant(const ApiRequest& req, const QString& tenantId)
{
    if (!tenantExists(tenantId))
        throw HttpError::notFound(u"Tenant not found: "_s + tenantId);
    if (req.principal.superAdmin)
        return;
    if (!m_db.exists(u"SELECT 1 FROM tenant_access WHERE tenant_id = ? AND user_id = ?"_s,
                     {tenantId, req.principal.userId}))
        throw HttpError::forbidden(u"Forbidden: no access to tenant '"_s + tenantId + u"'"_s);
}

void Rbac::require(const ApiRequest& req, const QString& tenantId, const QString& resource,
                   const QString& action)
{
    requireTenant(req, tenantId);
    if (req.principal.superAdmin)
        return; // instance owners administer IAM in every tenant without a binding
    if (!allowed(req.principal, tenantId, resource, action))
        throw HttpError::forbidden(u"Forbidden: missing permission "_s + resource + u":"_s + action
                                   + u" in tenant '"_s + tenantId + u"'"_s);
}

void Rbac::requireAny(const ApiRequest& req, const QString& tenantId, const QString& resource,
                      const QStringList& actions)
{
    requireTenant(req, tenantId);
    if (req.principal.superAdmin)
        return;
    for (const QString& a : actions)
        if (allowed(req.principal, tenantId, resource, a))
            return;
    throw HttpError::forbidden(u"Forbidden: missing permission "_s + resource + u":"_s
                               + actions.join(u"|"_s) + u" in tenant '"_s + tenantId + u"'"_s);
}

bool Rbac::allowed(const Principal& p, const QString& tenantId, const QString& resource,
                   const QString& action, const QString& nameSpace)
{
    // Direct bindings and group bindings; a namespace-scoped binding counts for that namespace
    // and its children, a tenant-wide one (NULL namespace) for everything.
    QSqlQuery q = m_db.exec(
        u"SELECT r.permissions, b.namespace FROM bindings b JOIN roles r ON r.id = b.role_id"
        " WHERE b.tenant_id = ? AND ((b.type = 'USER' AND b.external_id = ?) OR (b.type = 'GROUP'"
        " AND b.external_id IN (SELECT gm.group_id FROM group_members gm JOIN iam_groups g"
        " ON g.id = gm.group_id WHERE gm.user_id = ? AND g.tenant_id = ?)))"_s,
        {tenantId, p.userId, p.userId, tenantId});
    const std::string res = s(resource);
    const std::string act = s(action);
    while (q.next()) {
        const QString ns = q.value(1).toString();
        if (!ns.isEmpty()) {
            if (nameSpace.isEmpty())
                continue;
            if (nameSpace != ns && !nameSpace.startsWith(ns + QLatin1Char('.')))
                continue;
        }
        const QByteArray raw = q.value(0).toByteArray();
        const Json perms = Json::parse(raw.constData(), raw.constData() + raw.size(), nullptr, false);
        if (!perms.is_object() || !perms.contains(res))
            continue;
        for (const auto& a : perms[res])
            if (a.is_string() && a.get<std::string>() == act)
                return true;
    }
    return false;
}

} // namespace ktc::sandbox
