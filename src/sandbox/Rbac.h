#pragma once

#include "ApiRequest.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ktc::sandbox {

class Database;

// The 2.0 resource/action model: the catalog of tenant-assignable permissions, the managed role
// templates, and the checks that gate every tenant route.
class Rbac
{
public:
    using Permissions = QList<QPair<QString, QStringList>>; // resource -> actions, catalog order

    explicit Rbac(Database& db);

    static const Permissions& catalog();
    // (template key, role name, permissions) of the managed roles.
    struct Template
    {
        QString key;
        QString name;
        QString description;
        Permissions permissions;
    };
    static const QList<Template>& templates();
    static QByteArray permissionsJson(const Permissions& p);

    // Every new tenant gets the managed roles.
    void createManagedRoles(const QString& tenantId);

    // 404 for an unknown tenant, 403 when the caller has no access to it.
    void requireTenant(const ApiRequest& req, const QString& tenantId);
    // requireTenant + a tenant-wide binding granting resource:action (instance owners pass).
    void require(const ApiRequest& req, const QString& tenantId, const QString& resource,
                 const QString& action);
    // require() for the first action of `actions` that the caller holds.
    void requireAny(const ApiRequest& req, const QString& tenantId, const QString& resource,
                    const QStringList& actions);
    bool allowed(const Principal& p, const QString& tenantId, const QString& resource,
                 const QString& action, const QString& nameSpace = {});
    bool tenantExists(const QString& tenantId);

private:
    Database& m_db;
};

} // namespace ktc::sandbox
