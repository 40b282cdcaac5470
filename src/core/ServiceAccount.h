#pragma once

#include "core/Tenant.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ktc {

// A service account, in its instance shape (`ApiServiceAccountDetail`: tenants) or its tenant
// shape (`ApiServiceAccountResponse`: group ids); the part the reply lacked is std::nullopt.
struct ServiceAccount
{
    QString id;
    QString name;
    QString description;
    bool superAdmin = false; // `superAdmin` or `instanceOwner`
    std::optional<QList<TenantRef>> tenants; // instance shape
    std::optional<QStringList> groupIds;      // tenant shape, JSON `groups: [{id}]`
    bool operator==(const ServiceAccount&) const = default;
};

// Body of POST/PUT /api/v1/{tenant}/service-accounts (`ApiServiceAccountRequest`).
struct ServiceAccountRequest
{
    QString name;
    QString description;
    bool superAdmin = false;
    QStringList groupIds; // JSON `groups: [{id}]`
    bool operator==(const ServiceAccountRequest&) const = default;
};

// Body of POST /api/v1/service-accounts (`ApiCreateServiceAccountRequest`).
struct InstanceServiceAccountRequest
{
    QString name;
    QString description;
    bool superAdmin = false;
    QStringList tenants; // tenant ids
    bool operator==(const InstanceServiceAccountRequest&) const = default;
};

// Body of PATCH /api/v1/service-accounts/{id} (`ApiPatchServiceAccountRequest`).
struct ServiceAccountPatch
{
    QString name;
    QString description;
    bool operator==(const ServiceAccountPatch&) const = default;
};

} // namespace ktc
