#pragma once

#include "ListPage.h"
#include "core/TenantAccess.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace ktc::models {
class UserListModel;
}

namespace ktc::ui {

class AddExistingUserDialog;
class CreateUserDialog;
class UserDetailPanel;

// The Users tab of a tenant: who has access (tenant access), New user, Add existing user,
// Remove from tenant, Delete user (everywhere), and the selected user's detail.
class UsersPage : public ListPage
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget* parent = nullptr);

    models::UserListModel* usersModel() const { return m_model; }
    UserDetailPanel* detailPanel() const { return m_detail; }
    QAction* newUserAction() const { return m_newUser; }
    QAction* addExistingAction() const { return m_addExisting; }
    QAction* removeFromTenantAction() const { return m_removeFromTenant; }
    QAction* deleteUserAction() const { return m_deleteUser; }

protected:
    void installFetcher() override;
    void currentRowChanged(int row) override;
    void clearForContext() override;

private:
    void newUser();
    void addExisting();
    void removeFromTenant();
    void deleteUser();
    void loadInstanceOwners();
    void updateOwnerActions();
    void updateRow(const QString& userId, const std::function<void(TenantAccessUser&)>& change);
    std::optional<TenantAccessUser> selectedUser() const;

    models::UserListModel* m_model = nullptr;
    UserDetailPanel* m_detail = nullptr;
    QAction* m_newUser = nullptr;
    QAction* m_addExisting = nullptr;
    QAction* m_removeFromTenant = nullptr;
    QAction* m_deleteUser = nullptr;
    QPointer<CreateUserDialog> m_createDialog;
    QPointer<AddExistingUserDialog> m_addDialog;
};

} // namespace ktc::ui
