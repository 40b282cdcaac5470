#pragma once
// Private header (includes nlohmann through SandboxJson.h): JSON views and shared mutations of
// the IAM tables, used by several route families.

#include "SandboxJson.h"

namespace ktc::sandbox {

class Database;

// Builds the spec's response shapes from the database and performs the cross-table changes
// (grant/revoke tenant access, delete a user everywhere, tokens) that several routes share.
class IamViews
{
public:
    static QString displayName(const QString& first, const QString& last, const QString& fallback);
    static QString searchText(const QStringList& parts);
    static void refreshSearch(Database& db, const QString& userId);

    static Json tenantSummaries(Database& db, const QString& userId, bool withLogo = false);
    static Json auths(Database& db, const QString& userId, bool withId);
    static Json userGroups(Database& db, const QString& userId); // [{id, tenantId}]
    static Json apiUser(Database& db, const QString& userId);
    static Json apiUserSummary(Database& db, const QString& userId);
    static Json me(Database& db, const QString& userId);
    static void requireUser(Database& db, const QString& userId, const QString& type = {});

    // Tenant access: ApiUserTenantAccess of one user in a tenant.
    static Json userTenantAccess(Database& db, const QString& tenantId, const QString& userId);
    static Json groupMember(Database& db, const QString& tenantId, const QString& userId);
    static bool hasAccess(Database& db, const QString& tenantId, const QString& userId);
    static void grantAccess(Database& db, const QString& tenantId, const QString& userId);
    static void revokeAccess(Database& db, const QString& tenantId, const QString& userId);
    static void deleteUser(Database& db, const QString& userId);

    // API tokens of a user or service account.
    static Json tokenList(Database& db, const QString& userId);
    static Json createToken(Database& db, const QString& userId, const ApiRequest& req);
    static void deleteToken(Database& db, const QString& userId, const QString& tokenId);

    static void validateDnsLabel(const QString& value, const char* path);
    static Json paged(const Json& results, qint64 total);
};

} // namespace ktc::sandbox
