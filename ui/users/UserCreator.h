#pragma once

#include "api/ApiError.h"
#include "core/User.h"

#include <QObject>
#include <QStringList>

namespace ktc::api {
class ApiClient;
}

namespace ktc::ui {

// Creates a user in a tenant in the order Kestra 2.0 requires: the account with access to the
// tenant, tenant access granted (again, harmless), then the groups. Deletes itself when done.
class UserCreator : public QObject
{
    Q_OBJECT
public:
    UserCreator(api::ApiClient* client, QString tenantId, QObject* parent);

    void start(UserRequest request, QStringList groupIds);

signals:
    void created(const ktc::User& user);
    // `userExists`: the account was created but a later step failed (the message says which).
    void failed(const ktc::api::ApiError& error, bool userExists, const QString& message);

private:
    void grantAccess();
    void addGroups();
    void fail(const api::ApiError& error, bool userExists, const QString& message);

    api::ApiClient* m_client;
    QString m_tenantId;
    QStringList m_groupIds;
    User m_user;
};

} // namespace ktc::ui
