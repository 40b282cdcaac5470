#include "GroupsPage.h"

#include "api/GroupsApi.h"
#include "models/GroupListModel.h"
#include "ui/groups/GroupDetail.h"
#include "ui/groups/GroupEditor.h"
#include "ui/groups/GroupForm.h"
#include "ui/groups/GroupMembersPanel.h"
#include "ui/widgets/ChecklistFinders.h"
#include "ui/widgets/RecordDialog.h"

#include <QAction>

namespace ktc::ui {

GroupsPage::GroupsPage(QWidget* parent)
    : RecordListPage(parent)
    , m_model(new models::GroupListModel(this))
    , m_detail(new GroupDetail(this))
{
    setModel(m_model, tr("Groups"), tr("Search groups"), tr("No groups in this tenant."));
    connect(addPageAction(tr("New group"), QStringLiteral("newGroup"), false, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)),
            &QAction::triggered, this, &GroupsPage::newGroup);
    connect(addRowAction(tr("Delete"), QStringLiteral("deleteGroup"), QKeySequence::Delete),
            &QAction::triggered, this, &GroupsPage::deleteSelected);
    setDetailWidget(m_detail);
    setEditor(m_detail->editor());
    connect(m_detail->editor(), &GroupEditor::saved, this, [this](const GroupSummary& group) {
        m_model->updateItem(group);
        showNotice(tr("Group %1 saved.").arg(group.name));
    });
    connect(m_detail->members(), &GroupMembersPanel::memberCountKnown, m_model, &models::GroupListModel::setMemberCount);
}

void GroupsPage::installFetcher()
{
    api::ApiClient* client = context().client;
    const QString tenant = context().tenantId;
    m_model->setFetcher(
        [client, tenant](const api::PageQuery& query, QObject* receiver, api::ApiCallback<Page<GroupSummary>> callback) {
            return api::GroupsApi(client).search(tenant, query, receiver, std::move(callback));
        },
        models::PagedModelBase::cancellerFor(client));
}

void GroupsPage::showRecord(int row)
{
    if (row < 0)
        return m_detail->showNone();
    m_detail->showGroup(context(), m_model->itemAt(row));
}

void GroupsPage::recordRemoved(const QString& id) { m_model->removeItem(id); }

void GroupsPage::newGroup()
{
    if (!context().isValid())
        return;
    auto* form = new GroupForm(GroupForm::WithMembers::Yes);
    form->setUserFinder(checklistFinders::users(context().client, context().tenantId));
    auto* dialog = new RecordDialog(form, tr("New group"), tr("Create"), this);
    dialog->setObjectName(QStringLiteral("groupDialog"));
    openDialog(dialog, [this, form](RecordDialog* sent) {
        api::GroupsApi(context().client)
            .create(context().tenantId, form->createRequest(), sent, [this, sent](const api::ApiResult<Group>& result) {
                if (!result)
                    return sent->showError(result.error());
                m_model->insertItem(GroupSummary {result->id, result->name, result->description, QString()});
                finishCreate(sent, result->id, tr("Group %1 created.").arg(result->name));
            });
    });
}

void GroupsPage::deleteSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const GroupSummary group = m_model->itemAt(row);
    api::ApiClient* client = context().client;
    const QString tenant = context().tenantId;
    confirmDelete(tr("Delete group"),
                  tr("Delete the group %1? The permissions granted through the group's bindings go away with it. "
                     "Its members stay users of the tenant, with the access they have otherwise.")
                      .arg(group.name),
                  tr("Group %1 deleted.").arg(group.name),
                  [client, tenant](const QString& id, QObject* receiver, api::ApiCallback<api::NoContent> callback) {
                      return api::GroupsApi(client).remove(tenant, id, receiver, std::move(callback));
                  });
}

} // namespace ktc::ui
