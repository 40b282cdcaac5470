#include "UsersPage.h"

#include "api/TenantAccessApi.h"
#include "api/UsersApi.h"
#include "models/UserListModel.h"
#include "ui/Prompter.h"
#include "ui/users/AddExistingUserDialog.h"
#include "ui/users/CreateUserDialog.h"
#include "ui/users/UserCreator.h"
#include "ui/users/UserDetailPanel.h"

#include <QAction>
#include <QSet>
#include <QTableView>

namespace ktc::ui {

UsersPage::UsersPage(QWidget* parent) : ListPage(parent)
{
    m_model = new models::UserListModel(this);
    api::PageQuery query;
    query.addFilter(QStringLiteral("type"), QStringLiteral("EQUALS"), QStringLiteral("STANDARD"));
    m_model->setQuery(query); // no fetcher yet: nothing is sent
    setModel(m_model, tr("Users"), tr("Search users"), tr("No user has access to this tenant yet."));

    m_newUser = addPageAction(tr("New user"), QStringLiteral("newUser"), false);
    m_addExisting = addPageAction(tr("Add existing user"), QStringLiteral("addExistingUser"), false);
    // Enabled by updateOwnerActions(): they depend on the selection and on being an instance owner.
    m_removeFromTenant = addPageAction(tr("Remove from tenant"), QStringLiteral("removeFromTenant"), false);
    m_deleteUser = addPageAction(tr("Delete user"), QStringLiteral("deleteUser"), false);
    m_removeFromTenant->setToolTip(tr("The user loses access to this tenant and keeps their account."));

    m_detail = new UserDetailPanel(this);
    setDetailWidget(m_detail);

    connect(m_newUser, &QAction::triggered, this, &UsersPage::newUser);
    connect(m_addExisting, &QAction::triggered, this, &UsersPage::addExisting);
    connect(m_removeFromTenant, &QAction::triggered, this, &UsersPage::removeFromTenant);
    connect(m_deleteUser, &QAction::triggered, this, &UsersPage::deleteUser);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UsersPage::updateOwnerActions);
    connect(m_detail, &UserDetailPanel::notice, this, &UsersPage::showNotice);
    connect(m_detail, &UserDetailPanel::userChanged, this, [this](const User& user) {
        updateRow(user.id, [&user](TenantAccessUser& row) {
            row.username = user.username.isEmpty() ? user.email : user.username;
            row.displayName = user.displayName;
            row.auths.clear();
            for (const AuthMethod& auth : user.auths)
                row.auths.append(TenantAccessAuth { auth.name, auth.type });
        });
    });
    connect(m_detail, &UserDetailPanel::accessChanged, this, [this](const TenantAccess& access) {
        updateRow(access.userId, [&access](TenantAccessUser& row) { row.groups = access.groups; });
    });
    updateOwnerActions();
}

void UsersPage::installFetcher()
{
    api::ApiClient* client = context().client;
    const QString tenant = context().tenantId;
    m_detail->setContext(context());
    m_model->setFetcher(
        [client, tenant](const api::PageQuery& query, QObject* receiver, api::ApiCallback<Page<TenantAccessUser>> done) {
            return api::TenantAccessApi(client).list(tenant, query, receiver, std::move(done));
        },
        models::PagedModelBase::cancellerFor(client));
    loadInstanceOwners();
    updateOwnerActions();
}

void UsersPage::clearForContext()
{
    ListPage::clearForContext();
    m_detail->setContext(context());
    if (m_createDialog)
        m_createDialog->reject();
    if (m_addDialog)
        m_addDialog->reject();
    updateOwnerActions();
}

void UsersPage::loadInstanceOwners()
{
    if (!context().instanceOwner())
        return; // the column stays "not known" (the instance user list is owners-only)
    api::PageQuery query;
    query.size = models::PagedModelBase::kMaxPageSize;
    query.addFilter(QStringLiteral("super_admin"), QStringLiteral("EQUALS"), QStringLiteral("true"));
    const QString tenant = context().tenantId;
    api::UsersApi(context().client).list(query, this, [this, tenant](const api::ApiResult<Page<UserSummary>>& result) {
        if (tenant != context().tenantId || !result.ok())
            return;
        QSet<QString> ids;
        for (const UserSummary& user : result->results) {
            if (user.instanceOwner)
                ids.insert(user.id);
        }
        m_model->setInstanceOwnerIds(ids);
    });
}

void UsersPage::updateOwnerActions()
{
    const bool owner = context().isValid() && context().instanceOwner();
    const QString why = tr("Only an instance owner can create or delete user accounts. Add existing user gives "
                           "an existing account access to this tenant.");
    m_newUser->setEnabled(owner);
    m_newUser->setToolTip(owner ? tr("Create an account with access to this tenant") : why);
    m_deleteUser->setEnabled(owner && currentRow() >= 0);
    m_deleteUser->setToolTip(owner ? tr("Delete the account: it loses access to every tenant") : why);
    m_addExisting->setEnabled(context().isValid());
    m_removeFromTenant->setEnabled(context().isValid() && currentRow() >= 0);
}

void UsersPage::currentRowChanged(int row)
{
    updateOwnerActions();
    if (row < 0) {
        m_detail->showUser(QString(), QString());
        return;
    }
    const TenantAccessUser& user = m_model->itemAt(row);
    m_detail->showUser(user.id, user.displayName.isEmpty() ? user.username : user.displayName);
}

std::optional<TenantAccessUser> UsersPage::selectedUser() const
{
    const int row = currentRow();
    if (row < 0)
        return std::nullopt;
    return m_model->itemAt(row);
}

void UsersPage::updateRow(const QString& userId, const std::function<void(TenantAccessUser&)>& change)
{
    const std::optional<int> row = m_model->rowOf(userId);
    if (!row)
        return;
    TenantAccessUser user = m_model->itemAt(*row);
    change(user);
    m_model->updateItem(user);
}

void UsersPage::newUser()
{
    if (!context().instanceOwner() || m_createDialog)
        return;
    auto* dialog = new CreateUserDialog(context().client, context().tenantId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    connect(dialog, &CreateUserDialog::createRequested, this, [this, dialog] {
        dialog->setBusy(true);
        QPointer<CreateUserDialog> guard(dialog);
        auto* creator = new UserCreator(context().client, context().tenantId, this);
        connect(creator, &UserCreator::created, this, [this, guard](const User& user) {
            if (guard)
                guard->accept();
            showNotice(tr("Created %1 with access to %2.").arg(user.email, context().tenantId));
            emit statusMessage(tr("User created"));
            m_model->reload();
        });
        connect(creator, &UserCreator::failed, this,
                [this, guard](const api::ApiError& error, bool userExists, const QString& message) {
                    if (!userExists) {
                        if (guard)
                            guard->showError(error); // the input stays for another try
                        return;
                    }
                    if (guard)
                        guard->accept(); // the account exists: creating it again would fail
                    showNotice(message, true);
                    m_model->reload();
                });
        creator->start(dialog->request(), dialog->groupIds());
    });
    dialog->open();
}

void UsersPage::addExisting()
{
    if (!context().isValid() || m_addDialog)
        return;
    auto* dialog = new AddExistingUserDialog(context().client,
                                             context().tenantId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addDialog = dialog;
    connect(dialog, &AddExistingUserDialog::addRequested, this, [this, dialog](const QString& email) {
        dialog->setBusy(true);
        api::TenantAccessApi(context().client)
            .grantByEmail(context().tenantId, email, dialog, [this, dialog, email](const api::ApiResult<api::NoContent>& result) {
                if (!result.ok()) {
                    dialog->showError(result.error());
                    return;
                }
                dialog->accept();
                showNotice(tr("%1 now has access to %2.").arg(email, context().tenantId));
                m_model->reload();
            });
    });
    dialog->open();
}

void UsersPage::removeFromTenant()
{
    const std::optional<TenantAccessUser> selected = selectedUser();
    if (!selected)
        return;
    const QString tenant = context().tenantId;
    const QString text = tr("Remove %1 from the tenant %2? They lose their groups and direct roles here, keep "
                            "their account and their access to other tenants.")
                             .arg(selected->username, tenant);
    context().prompter->confirm(this, tr("Remove from tenant"), text, tr("Remove from tenant"), this,
                                [this, user = *selected, tenant](bool accepted) {
        if (!accepted || tenant != context().tenantId)
            return;
        api::TenantAccessApi(context().client)
            .revoke(tenant, user.id, this, [this, user, tenant](const api::ApiResult<api::NoContent>& result) {
                if (tenant != context().tenantId)
                    return;
                if (!result.ok()) {
                    showNotice(result.error().message(), true);
                    return;
                }
                m_model->removeItem(user.id);
                showNotice(tr("Removed %1 from %2.").arg(user.username, tenant));
            });
    });
}

void UsersPage::deleteUser()
{
    const std::optional<TenantAccessUser> selected = selectedUser();
    if (!selected || !context().instanceOwner())
        return;
    const QString text = tr("Delete the account of %1? This removes the user from every tenant of this instance, "
                            "not only %2, and deletes their API tokens and sign-in methods. This cannot be undone.")
                             .arg(selected->username, context().tenantId);
    const QString tenant = context().tenantId;
    context().prompter->confirm(this, tr("Delete user"), text, tr("Delete user"), this, [this, user = *selected, tenant](bool accepted) {
        if (!accepted || tenant != context().tenantId)
            return;
        api::UsersApi(context().client).remove(user.id, this, [this, user](const api::ApiResult<api::NoContent>& result) {
            if (!result.ok()) {
                showNotice(result.error().message(), true);
                return;
            }
            m_model->removeItem(user.id);
            showNotice(tr("Deleted the account of %1.").arg(user.username));
            emit statusMessage(tr("User deleted"));
        });
    });
}

} // namespace ktc::ui
