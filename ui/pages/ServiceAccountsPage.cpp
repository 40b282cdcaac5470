#include "ServiceAccountsPage.h"

#include "api/ServiceAccountsApi.h"
#include "models/ServiceAccountListModel.h"
#include "ui/serviceaccounts/ServiceAccountDetail.h"
#include "ui/serviceaccounts/ServiceAccountEditor.h"
#include "ui/serviceaccounts/ServiceAccountForm.h"
#include "ui/widgets/ChecklistFinders.h"
#include "ui/widgets/RecordDialog.h"

#include <QAction>

namespace ktc::ui {

ServiceAccountsPage::ServiceAccountsPage(QWidget* parent)
    : RecordListPage(parent)
    , m_model(new models::ServiceAccountListModel(this))
    , m_detail(new ServiceAccountDetail(this))
{
    setModel(m_model, tr("Service accounts"), tr("Search service accounts"),
             tr("No service accounts in this tenant."));
    connect(addPageAction(tr("New service account"), QStringLiteral("newServiceAccount"), false,
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
            &QAction::triggered, this, &ServiceAccountsPage::newServiceAccount);
    connect(addRowAction(tr("Delete"), QStringLiteral("deleteServiceAccount"), QKeySequence::Delete),
            &QAction::triggered, this, &ServiceAccountsPage::deleteSelected);
    setDetailWidget(m_detail);
    setEditor(m_detail->editor());
    connect(m_detail->editor(), &ServiceAccountEditor::saved, this, [this](const TenantAccessUser& row) {
        m_model->updateItem(row);
        showNotice(tr("Service account %1 saved.").arg(row.username));
    });
}

void ServiceAccountsPage::installFetcher()
{
    api::ApiClient* client = context().client;
    const QString tenant = context().tenantId;
    m_model->setFetcher(
        [client, tenant](const api::PageQuery& query, QObject* receiver,
                         api::ApiCallback<Page<TenantAccessUser>> callback) {
            return api::ServiceAccountsApi(client).listInTenant(tenant, query, receiver, std::move(callback));
        },
        models::PagedModelBase::cancellerFor(client));
    loadInstanceOwners();
}

void ServiceAccountsPage::loadInstanceOwners()
{
    if (!context().instanceOwner())
        return; // the column stays empty: only an instance owner reads the instance list
    api::PageQuery query;
    query.size = models::PagedModelBase::kMaxPageSize;
    api::ServiceAccountsApi(context().client)
        .list(query, m_model, [this](const api::ApiResult<Page<ServiceAccount>>& result) {
            if (!result)
                return;
            QSet<QString> owners;
            for (const ServiceAccount& account : result->results) {
                if (account.superAdmin)
                    owners.insert(account.id);
            }
            m_model->setInstanceOwnerIds(owners);
        });
}

void ServiceAccountsPage::showRecord(int row)
{
    if (row < 0)
        return m_detail->showNone();
    m_detail->showAccount(context(), m_model->itemAt(row));
}

void ServiceAccountsPage::recordRemoved(const QString& id) { m_model->removeItem(id); }

void ServiceAccountsPage::newServiceAccount()
{
    if (!context().isValid())
        return;
    auto* form = new ServiceAccountForm;
    form->setGroupFinder(checklistFinders::groups(context().client, context().tenantId));
    form->setSuperAdminEditable(context().instanceOwner());
    auto* dialog = new RecordDialog(form, tr("New service account"), tr("Create"), this);
    dialog->setObjectName(QStringLiteral("serviceAccountDialog"));
    openDialog(dialog, [this, form](RecordDialog* sent) {
        const QList<SearchChecklist::Item> groups = form->groups();
        api::ServiceAccountsApi(context().client)
            .createInTenant(context().tenantId, form->request(), sent,
                            [this, sent, groups](const api::ApiResult<ServiceAccount>& result) {
                                if (!result)
                                    return sent->showError(result.error());
                                TenantAccessUser row {result->id, result->name, QString(), result->description, {}, {}};
                                for (const SearchChecklist::Item& group : groups)
                                    row.groups.append({group.id, group.label, false});
                                m_model->insertItem(row);
                                finishCreate(sent, row.id, tr("Service account %1 created.").arg(row.username));
                            });
    });
}

void ServiceAccountsPage::deleteSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_model->itemAt(row).username;
    api::ApiClient* client = context().client;
    const QString tenant = context().tenantId;
    confirmDelete(tr("Delete service account"),
                  tr("Delete the service account %1? Its API tokens stop working at once, and the automation "
                     "that uses them loses access.")
                      .arg(name),
                  tr("Service account %1 deleted.").arg(name),
                  [client, tenant](const QString& id, QObject* receiver, api::ApiCallback<api::NoContent> callback) {
                      return api::ServiceAccountsApi(client).removeInTenant(tenant, id, receiver, std::move(callback));
                  });
}

} // namespace ktc::ui
