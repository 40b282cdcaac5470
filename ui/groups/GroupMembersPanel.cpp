#include "GroupMembersPanel.h"

#include "MemberChoiceForm.h"
#include "api/GroupsApi.h"
#include "models/GroupMemberModel.h"
#include "ui/Prompter.h"
#include "ui/pages/StateOverlay.h"
#include "ui/widgets/ChecklistFinders.h"
#include "ui/widgets/RecordDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace ktc::ui {

namespace {
QPushButton* actionButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    return button;
}
} // namespace

GroupMembersPanel::GroupMembersPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("groupMembers"));
    m_model = new models::GroupMemberModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_overlay = new StateOverlay(m_table, this);
    m_overlay->bindModel(m_model, tr("This group has no members."));

    m_scimNote = new QLabel(this);
    m_scimNote->setObjectName(QStringLiteral("scimNote"));
    m_scimNote->setAccessibleName(tr("Provisioning"));
    m_scimNote->setWordWrap(true);
    m_scimNote->hide();
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("membersNotice"));
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_add = actionButton(tr("Add member"), QStringLiteral("addMember"), this);
    m_remove = actionButton(tr("Remove member"), QStringLiteral("removeMember"), this);
    m_makeOwner = actionButton(tr("Make owner"), QStringLiteral("makeOwner"), this);
    m_makeMember = actionButton(tr("Make member"), QStringLiteral("makeMember"), this);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_remove, m_makeOwner, m_makeMember})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scimNote);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_overlay, 1);

    connect(m_add, &QPushButton::clicked, this, &GroupMembersPanel::addMembers);
    connect(m_remove, &QPushButton::clicked, this, &GroupMembersPanel::removeSelected);
    connect(m_makeOwner, &QPushButton::clicked, this, [this] { setSelectedMembership(GroupMembership::Owner); });
    connect(m_makeMember, &QPushButton::clicked, this, [this] { setSelectedMembership(GroupMembership::Member); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GroupMembersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupMembersPanel::updateActions);
    connect(m_model, &models::PagedModelBase::totalChanged, this, [this](qint64 total) {
        if (m_model->hasLoaded() && !m_group.id.isEmpty())
            emit memberCountKnown(m_group.id, total);
    });
    connect(m_model, &models::PagedModelBase::stateChanged, this, [this] {
        if (m_model->hasLoaded() && !m_group.id.isEmpty())
            emit memberCountKnown(m_group.id, m_model->total());
    });
    showNone();
}

void GroupMembersPanel::showGroup(const PageContext& context, const GroupSummary& group)
{
    m_context = context;
    m_group = group;
    m_readOnly = !group.securityIntegrationName.isEmpty();
    m_scimNote->setText(tr("Provisioned by the integration %1: its membership is managed in the identity "
                           "provider and is read-only here.")
                            .arg(group.securityIntegrationName));
    m_scimNote->setVisible(m_readOnly);
    showNotice(QString(), false);
    api::ApiClient* client = context.client;
    const QString tenant = context.tenantId;
    m_model->setMemberFetcher(
        [client, tenant](const QString& groupId, const api::PageQuery& query, QObject* receiver,
                         api::ApiCallback<Page<GroupMember>> callback) {
            return api::GroupsApi(client).members(tenant, groupId, query, receiver, std::move(callback));
        },
        models::PagedModelBase::cancellerFor(client));
    m_model->setGroupId(group.id);
    setEnabled(true);
    updateActions();
}

void GroupMembersPanel::showNone()
{
    m_group = {};
    m_readOnly = true;
    m_scimNote->hide();
    showNotice(QString(), false);
    m_model->setGroupId(QString());
    m_model->clear();
    setEnabled(false);
    updateActions();
}

QString GroupMembersPanel::noticeText() const { return m_notice->isVisible() ? m_notice->text() : QString(); }

void GroupMembersPanel::addMembers()
{
    if (m_readOnly || !m_context.isValid())
        return;
    auto* form = new MemberChoiceForm(checklistFinders::users(m_context.client, m_context.tenantId));
    auto* dialog = new RecordDialog(form, tr("Add members to %1").arg(m_group.name), tr("Add"), this);
    dialog->setObjectName(QStringLiteral("addMembersDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString groupId = m_group.id;
    connect(dialog, &RecordDialog::acceptRequested, this, [this, dialog, form, groupId] {
        dialog->setBusy(true);
        const QStringList ids = form->userIds();
        auto pending = std::make_shared<int>(int(ids.size()));
        auto errors = std::make_shared<QStringList>();
        for (const QString& userId : ids) {
            api::GroupsApi(m_context.client)
                .addMember(m_context.tenantId, groupId, userId, dialog,
                           [this, dialog, pending, errors, count = ids.size()](const api::ApiResult<GroupMember>& result) {
                               if (!result)
                                   errors->append(result.error().message());
                               if (--*pending > 0)
                                   return;
                               membersChanged(tr("%n member(s) added.", nullptr, int(count - errors->size())));
                               if (errors->isEmpty())
                                   return dialog->accept();
                               dialog->showError(errors->join(QLatin1Char('\n')));
                           });
        }
    });
    dialog->open();
}

void GroupMembersPanel::removeSelected()
{
    const int row = selectedRow();
    if (m_readOnly || row < 0)
        return;
    const GroupMember member = m_model->itemAt(row);
    const QString groupId = m_group.id;
    const QString name = member.displayName.isEmpty() ? member.username : member.displayName;
    m_context.prompter->confirm(
        this, tr("Remove member"),
        tr("Remove %1 from the group %2? They lose the permissions the group grants; the user stays.")
            .arg(name, m_group.name),
        tr("Remove"), this, [this, member, groupId, name](bool yes) {
            if (!yes)
                return;
            api::GroupsApi(m_context.client)
                .removeMember(m_context.tenantId, groupId, member.id, this,
                              [this, name](const api::ApiResult<GroupMember>& result) {
                                  if (!result)
                                      return showNotice(result.error().message(), true);
                                  membersChanged(tr("%1 removed from the group.").arg(name));
                              });
        });
}

void GroupMembersPanel::setSelectedMembership(GroupMembership membership)
{
    const int row = selectedRow();
    if (m_readOnly || row < 0)
        return;
    const GroupMember member = m_model->itemAt(row);
    api::GroupsApi(m_context.client)
        .setMembership(m_context.tenantId, m_group.id, member.id, membership, this,
                       [this](const api::ApiResult<GroupMember>& result) {
                           if (!result)
                               return showNotice(result.error().message(), true);
                           const bool owner = m_model->membershipOf(result.value()) == GroupMembership::Owner;
                           if (!m_model->updateItem(result.value()))
                               m_model->reload();
                           const QString name = result->displayName.isEmpty() ? result->username : result->displayName;
                           showNotice(owner ? tr("%1 is an owner of the group now.").arg(name)
                                            : tr("%1 is a member of the group now.").arg(name),
                                      false);
                           updateActions();
                       });
}

int GroupMembersPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void GroupMembersPanel::updateActions()
{
    const bool editable = !m_readOnly && !m_group.id.isEmpty();
    const int row = selectedRow();
    const GroupMembership current = row >= 0 ? m_model->membershipOf(m_model->itemAt(row)) : GroupMembership::Unknown;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_makeOwner->setEnabled(editable && row >= 0 && current != GroupMembership::Owner);
    m_makeMember->setEnabled(editable && row >= 0 && current != GroupMembership::Member);
    const QString why = m_readOnly && !m_group.id.isEmpty() ? m_scimNote->text() : QString();
    for (QPushButton* button : {m_add, m_remove, m_makeOwner, m_makeMember})
        button->setToolTip(why);
}

void GroupMembersPanel::showNotice(const QString& text, bool isError)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_notice->setVisible(!text.isEmpty());
}

void GroupMembersPanel::membersChanged(const QString& notice)
{
    showNotice(notice, false);
    m_model->reload();
}

} // namespace ktc::ui
