#include "UserCreator.h"

#include "api/TenantAccessApi.h"
#include "api/UsersApi.h"

namespace ktc::ui {

UserCreator::UserCreator(api::ApiClient* client, QString tenantId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_tenantId(std::move(tenantId))
{ }

void UserCreator::start(UserRequest request, QStringList groupIds)
{
    m_groupIds = std::move(groupIds);
    request.tenants = QStringList { m_tenantId };
    request.groups.clear(); // only once tenant access exists
    api::UsersApi(m_client).create(request, this, [this](const api::ApiResult<User>& result) {
        if (!result.ok()) {
            fail(result.error(), false, result.error().message());
            return;
        }
        m_user = result.value();
        grantAccess();
    });
}

void UserCreator::grantAccess()
{
    api::TenantAccessApi(m_client).grant(m_tenantId, m_user.id, this, [this](const api::ApiResult<api::NoContent>& result) {
        if (!result.ok()) {
            fail(result.error(), true,
                 tr("%1 was created, but access to %2 could not be granted: %3")
                     .arg(m_user.email, m_tenantId, result.error().message()));
            return;
        }
        addGroups();
    });
}

void UserCreator::addGroups()
{
    if (m_groupIds.isEmpty()) {
        emit created(m_user);
        deleteLater();
        return;
    }
    api::TenantAccessApi(m_client).setUserGroups(
        m_tenantId, m_user.id, m_groupIds, this, [this](const api::ApiResult<api::NoContent>& result) {
            if (!result.ok()) {
                fail(result.error(), true,
                     tr("%1 was created with access to %2, but could not be put in the groups: %3")
                         .arg(m_user.email, m_tenantId, result.error().message()));
                return;
            }
            emit created(m_user);
            deleteLater();
        });
}

void UserCreator::fail(const api::ApiError& error, bool userExists, const QString& message)
{
    emit failed(error, userExists, message);
    deleteLater();
}

} // namespace ktc::ui
