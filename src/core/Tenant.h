#pragma once

#include "core/EnumText.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace ktc {

enum class WorkerSelectorMatch { Unknown, All, Any };
enum class WorkerFallback { Unknown, Fail, Wait, Cancel, Ignore };
enum class ConcurrencyBehavior { Unknown, Queue, Cancel, Fail };
enum class QuotaBehavior { Unknown, Fail, Cancel };

QString toWireString(WorkerSelectorMatch value);
QString toWireString(WorkerFallback value);
QString toWireString(ConcurrencyBehavior value);
QString toWireString(QuotaBehavior value);
template <> WorkerSelectorMatch fromString<WorkerSelectorMatch>(QStringView text);
template <> WorkerFallback fromString<WorkerFallback>(QStringView text);
template <> ConcurrencyBehavior fromString<ConcurrencyBehavior>(QStringView text);
template <> QuotaBehavior fromString<QuotaBehavior>(QStringView text);

// A tenant id and display name, as listed inside users, service accounts and /me.
struct TenantRef
{
    QString id;
    QString name;
    bool operator==(const TenantRef&) const = default;
};

// Kestra 2.0 routing of a tenant's tasks to worker queues (replaces 1.3's workerGroup).
struct WorkerSelector
{
    QStringList tags;
    std::optional<WorkerSelectorMatch> match; // null means ALL on the server
    std::optional<WorkerFallback> fallback;   // null means FAIL on the server
    bool operator==(const WorkerSelector&) const = default;
};

// Kestra 1.3 worker group of a tenant.
struct LegacyWorkerGroup
{
    QString key;
    std::optional<WorkerFallback> fallback;
    bool operator==(const LegacyWorkerGroup&) const = default;
};

struct TenantConcurrency
{
    int limit = 1;
    ConcurrencyBehavior behavior = ConcurrencyBehavior::Queue;
    bool operator==(const TenantConcurrency&) const = default;
};

struct TenantQuota
{
    QString duration;
    qint64 limit = 0;
    QuotaBehavior behavior = QuotaBehavior::Fail;
    bool operator==(const TenantQuota&) const = default;
};

// Storage or secret isolation: which Kestra services may not reach the tenant's backend.
struct Isolation
{
    bool enabled = false;
    QStringList deniedServices;
    bool operator==(const Isolation&) const = default;
};

struct AppCatalogConfig
{
    QString title;
    QString titleColor;
    QString primaryColor;
    QString backgroundColor;
    QString tileColor;
    QString buttonTextColor;
    bool operator==(const AppCatalogConfig&) const = default;
};

struct DashboardSettings
{
    QString defaultHomeDashboard;
    QString defaultFlowOverviewDashboard;
    QString defaultNamespaceOverviewDashboard;
    bool operator==(const DashboardSettings&) const = default;
};

struct TenantSettings
{
    std::optional<DashboardSettings> dashboard;
    bool operator==(const TenantSettings&) const = default;
};

// Credentials SDK-based plugins use; the server may send them, so they are kept as text here
// only because the tenant must round-trip (see Tenant::raw).
struct SdkAuthentication
{
    std::optional<QString> apiToken;
    std::optional<QString> username;
    std::optional<QString> password;
    bool operator==(const SdkAuthentication&) const = default;
};

// A Kestra tenant (`Tenant`), request and response of /api/v1/tenants. Optional parts are
// std::nullopt when the server did not send them (older servers lack the 2.0 ones).
struct Tenant
{
    QString id;
    QString name;
    bool deleted = false;
    std::optional<WorkerSelector> defaultWorkerSelector; // 2.0
    std::optional<LegacyWorkerGroup> workerGroup;         // 1.3
    std::optional<TenantConcurrency> concurrency;         // 2.0
    std::optional<QList<TenantQuota>> quotas;             // 2.0
    QString storageType;
    QVariantMap storageConfiguration; // JSON values as QVariant (maps, lists, numbers, null)
    std::optional<Isolation> storageIsolation;
    QString secretType;
    QVariantMap secretConfiguration;
    bool secretReadOnly = false;
    std::optional<Isolation> secretIsolation;
    bool requireExistingNamespace = false;
    bool outputsInInternalStorage = false;
    std::optional<AppCatalogConfig> appCatalogConfig;
    std::optional<TenantSettings> settings; // 2.0
    std::optional<SdkAuthentication> sdkDefaultAuthentication;
    QString logo; // only in ApiTenant replies (logo upload); never encoded

    // The JSON object this tenant was decoded from. encode(Tenant) starts from it and overlays
    // the fields above, so that a PUT keeps the fields this console does not know.
    QByteArray raw;

    bool operator==(const Tenant&) const = default;
};

} // namespace ktc
