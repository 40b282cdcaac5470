#include "AccessDirectory.h"

#include "api/GroupsApi.h"
#include "api/RolesApi.h"
#include "api/ServiceAccountsApi.h"
#include "api/TenantAccessApi.h"

#include <algorithm>

namespace ktc::ui {

namespace {
constexpr int kDirectorySize = 1000;

api::PageQuery directoryQuery(const QString& sortField)
{
    api::PageQuery query;
    query.size = kDirectorySize;
    query.addSort(sortField);
    return query;
}

QList<AccessSubject> fromAccessUsers(const QList<TenantAccessUser>& users, AccessSubject::Kind kind)
{
    QList<AccessSubject> subjects;
    for (const TenantAccessUser& user : users) {
        const QString name = !user.displayName.isEmpty() ? user.displayName
                                                         : (user.username.isEmpty() ? user.id : user.username);
        subjects.append({ kind, user.id, name, user.username });
    }
    return subjects;
}
} // namespace

AccessDirectory::AccessDirectory(QObject* parent) : QObject(parent) { }

void AccessDirectory::clear()
{
    ++m_generation;
    m_subjects.clear();
    m_roles.clear();
    m_errors.clear();
    emit subjectsChanged();
    emit rolesChanged();
}

void AccessDirectory::load(const PageContext& context)
{
    clear();
    if (!context.isValid())
        return;
    const quint64 generation = m_generation;
    const QString tenant = context.tenantId;
    auto failed = [this, generation](const api::ApiError& error) {
        if (generation == m_generation)
            m_errors.append(error.message());
    };

    api::PageQuery users = directoryQuery(QStringLiteral("username"));
    users.addFilter(QStringLiteral("type"), QStringLiteral("EQUALS"), QStringLiteral("STANDARD"));
    api::TenantAccessApi(context.client)
        .list(tenant, users, this, [this, generation, failed](const api::ApiResult<Page<TenantAccessUser>>& result) {
            if (!result.ok())
                return failed(result.error());
            addSubjects(generation,
                        fromAccessUsers(result.value().results, AccessSubject::Kind::User));
        });
    api::ServiceAccountsApi(context.client)
        .listInTenant(tenant, directoryQuery(QStringLiteral("username")), this,
                      [this, generation, failed](const api::ApiResult<Page<TenantAccessUser>>& result) {
                          if (!result.ok())
                              return failed(result.error());
                          addSubjects(generation,
                                      fromAccessUsers(result.value().results, AccessSubject::Kind::ServiceAccount));
                      });
    api::GroupsApi(context.client)
        .search(tenant, directoryQuery(QStringLiteral("name")), this,
                [this, generation, failed](const api::ApiResult<Page<GroupSummary>>& result) {
                    if (!result.ok())
                        return failed(result.error());
                    QList<AccessSubject> groups;
                    for (const GroupSummary& group : result.value().results)
                        groups.append({ AccessSubject::Kind::Group, group.id, group.name, group.description });
                    addSubjects(generation, groups);
                });
    api::RolesApi(context.client)
        .search(tenant, directoryQuery(QStringLiteral("name")), this,
                [this, generation, failed](const api::ApiResult<Page<RoleSummary>>& result) {
                    if (!result.ok())
                        return failed(result.error());
                    if (generation != m_generation)
                        return;
                    m_roles = result.value().results;
                    emit rolesChanged();
                });
}

void AccessDirectory::addSubjects(quint64 generation, QList<AccessSubject> subjects)
{
    if (generation != m_generation)
        return;
    // A service account may also be listed among users by older servers: keep one entry per id.
    m_subjects.removeIf([&subjects](const AccessSubject& known) {
        return std::any_of(subjects.cbegin(), subjects.cend(),
                           [&known](const AccessSubject& fresh) { return fresh.id == known.id; });
    });
    m_subjects.append(subjects);
    std::stable_sort(m_subjects.begin(), m_subjects.end(), [](const AccessSubject& a, const AccessSubject& b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    emit subjectsChanged();
}

} // namespace ktc::ui
