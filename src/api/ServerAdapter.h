#pragma once

#include "api/PageQuery.h"
#include "core/ServerConfig.h"

#include <QString>
#include <QUrlQuery>

namespace ktc::api {

// The differences between the Kestra lines this console speaks (1.3 and the 2.0 target), in one
// place, chosen from ServerConfig.version.
class ServerAdapter
{
public:
    enum class Line { Kestra13, Kestra20 };

    ServerAdapter() = default; // 2.0
    explicit ServerAdapter(Line line) : m_line(line) { }
    static ServerAdapter forVersion(const QString& version);
    static ServerAdapter forConfig(const ServerConfig& config) { return forVersion(config.version); }

    Line line() const { return m_line; }
    bool isLegacy() const { return m_line == Line::Kestra13; }

    // Tenants, groups, roles, bindings search: 2.0 filters[...], 1.3 `q=`.
    QUrlQuery searchQuery(const PageQuery& query) const;
    // Invitations search: 2.0 filters[...], 1.3 `email=` and `status=`.
    QUrlQuery invitationSearchQuery(const PageQuery& query) const;
    // Users, service accounts, tenant access, group members take filters on both lines.
    QUrlQuery filterQuery(const PageQuery& query) const { return query.toUrlQuery(); }

    // 2.0: resource -> fine-grained actions (VIEW, LIST...); 1.3: permission -> CRUD.
    bool fineGrainedPermissions() const { return m_line == Line::Kestra20; }
    // 2.0 GET /acls/templates; absent in 1.3.
    bool hasRoleTemplates() const { return m_line == Line::Kestra20; }
    // 2.0 GET /{tenant}/service-accounts; 1.3 lists them via tenant-access?type=SERVICE_ACCOUNT.
    bool hasTenantServiceAccountList() const { return m_line == Line::Kestra20; }
    // The Tenant JSON field holding the worker routing.
    QString tenantWorkerField() const;
    // The JSON field naming the instance-wide admin flag in requests (both lines accept
    // superAdmin; replies may say instanceOwner, which the core codecs read as well).
    QString instanceOwnerRequestField() const { return QStringLiteral("superAdmin"); }
    // "worker-groups" (2.0) or "workergroups" (1.3), under /api/v1/instance/.
    QString workerGroupsSegment() const;

private:
    Line m_line = Line::Kestra20;
};

} // namespace ktc::api
