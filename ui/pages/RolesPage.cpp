#include "RolesPage.h"

#include "api/RolesApi.h"
#include "models/RoleListModel.h"
#include "ui/Prompter.h"
#include "ui/access/BindingCollector.h"
#include "ui/access/BindingText.h"
#include "ui/roles/RoleEditor.h"

#include <QAction>
#include <QTableView>

namespace ktc::ui {

namespace {
constexpr int kListedUses = 15;

RoleSummary summaryOf(const Role& role)
{
    int count = 0;
    for (const QStringList& actions : role.permissions)
        count += int(actions.size());
    return { role.id, role.name, role.isDefault, role.isManaged, count };
}
} // namespace

RolesPage::RolesPage(QWidget* parent)
    : ListPage(parent)
    , m_model(new models::RoleListModel(this))
    , m_editor(new RoleEditor(this))
{
    setModel(m_model, tr("Roles"), tr("Search roles"), tr("No roles match."));
    setDetailWidget(m_editor);
    connect(addPageAction(tr("New role"), QStringLiteral("newRole"), false, QKeySequence::New), &QAction::triggered,
            this, &RolesPage::newRole);
    m_duplicate = addPageAction(tr("Duplicate role"), QStringLiteral("duplicateRole"), true);
    connect(m_duplicate, &QAction::triggered, this, &RolesPage::duplicateRole);
    m_delete = addPageAction(tr("Delete"), QStringLiteral("deleteRole"), true, QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &RolesPage::deleteRole);
    // Managed roles are read-only: they can be duplicated, not deleted.
    setActionCondition(m_delete, [this](int row) { return row >= 0 && !m_model->itemAt(row).isManaged; });

    connect(m_editor, &RoleEditor::dirtyChanged, this, &TenantPage::unsavedChangesChanged);
    connect(m_editor, &RoleEditor::saveRequested, this, [this] { saveChanges([](bool) { }); });
}

bool RolesPage::hasUnsavedChanges() const { return m_editor->isDirty(); }

void RolesPage::discardChanges() { m_editor->revert(); }

void RolesPage::installFetcher()
{
    api::ApiClient* client = context().client;
    const QString tenant = context().tenantId;
    m_model->setFetcher(
        [client, tenant](const api::PageQuery& query, QObject* receiver, api::ApiCallback<Page<RoleSummary>> callback) {
            return api::RolesApi(client).search(tenant, query, receiver, std::move(callback));
        },
        models::PagedModelBase::cancellerFor(client));
}

void RolesPage::load()
{
    const api::RolesApi api(context().client);
    api.permissions(context().tenantId, this, [this](const api::ApiResult<PermissionCatalog>& result) {
        if (result.ok())
            m_editor->setCatalog(result.value());
        else
            showNotice(tr("The permission catalog could not be loaded: %1").arg(result.error().message()), true);
    });
    api.templates(context().tenantId, this, [this](const api::ApiResult<RoleTemplates>& result) {
        if (result.ok())
            m_editor->setTemplates(result.value());
    });
    ListPage::load();
}

void RolesPage::clearForContext()
{
    ++m_openTicket;
    m_editor->setCatalog({});
    m_editor->setTemplates({});
    m_editor->clearRole();
    ListPage::clearForContext();
}

void RolesPage::currentRowChanged(int row)
{
    if (row < 0 || m_reselecting)
        return;
    const QString id = m_model->itemAt(row).id;
    if (m_editor->hasRole() && id == m_editor->roleId())
        return;
    if (!m_editor->isDirty()) {
        openRole(id);
        return;
    }
    context().prompter->askToSave(
        this, tr("The role %1 has unsaved changes. Save them?").arg(m_editor->request().name), this,
        [this, id](Prompter::Answer answer) {
            switch (answer) {
            case Prompter::Answer::Accept:
                saveChanges([this, id](bool ok) {
                    if (ok)
                        openRole(id);
                    else
                        reselectEditedRole();
                });
                return;
            case Prompter::Answer::Discard:
                openRole(id);
                return;
            case Prompter::Answer::Cancel:
                reselectEditedRole();
                return;
            }
        });
}

void RolesPage::reselectEditedRole()
{
    // Later: the answer may come while the view is still handling the click that moved away.
    QMetaObject::invokeMethod(this, &RolesPage::selectEditedRole, Qt::QueuedConnection);
}

void RolesPage::selectEditedRole()
{
    m_reselecting = true;
    if (const std::optional<int> row = m_model->rowOf(m_editor->roleId()); row && !m_editor->roleId().isEmpty())
        selectRow(*row);
    else
        table()->clearSelection();
    m_reselecting = false;
}

void RolesPage::openRole(const QString& id)
{
    const quint64 ticket = ++m_openTicket;
    m_editor->setBusy(true);
    api::RolesApi(context().client).get(context().tenantId, id, this, [this, ticket](const api::ApiResult<Role>& r) {
        if (ticket != m_openTicket)
            return;
        m_editor->setBusy(false);
        if (!r.ok())
            return showNotice(r.error().message(), true);
        m_editor->showRole(r.value());
    });
}

void RolesPage::newRole()
{
    if (!context().isValid())
        return;
    auto start = [this] {
        ++m_openTicket;
        table()->clearSelection();
        m_editor->startNew({});
        m_editor->setFocus();
    };
    if (!m_editor->isDirty())
        return start();
    context().prompter->askToSave(this, tr("The role %1 has unsaved changes. Save them?").arg(m_editor->request().name),
                                  this, [this, start](Prompter::Answer answer) {
                                      if (answer == Prompter::Answer::Discard)
                                          start();
                                      else if (answer == Prompter::Answer::Accept)
                                          saveChanges([start](bool ok) {
                                              if (ok)
                                                  start();
                                          });
                                  });
}

void RolesPage::duplicateRole()
{
    const int row = currentRow();
    if (row < 0 || m_editor->roleId() != m_model->itemAt(row).id || m_editor->isDirty())
        return;
    RoleRequest copy = m_editor->request();
    copy.name = tr("Copy of %1").arg(copy.name);
    copy.isDefault = false;
    ++m_openTicket;
    m_reselecting = true;
    table()->clearSelection();
    m_reselecting = false;
    m_editor->startNew(copy);
}

void RolesPage::saveChanges(std::function<void(bool saved)> done)
{
    if (!m_editor->isDirty() || !context().isValid()) {
        done(!m_editor->isDirty());
        return;
    }
    const RoleRequest request = m_editor->request();
    const QString id = m_editor->roleId();
    m_editor->setBusy(true);
    auto finished = [this, done](const api::ApiResult<Role>& result) {
        m_editor->setBusy(false);
        if (!result.ok()) {
            m_editor->showError(result.error());
            done(false);
            return;
        }
        saved(result.value());
        done(true);
    };
    const api::RolesApi api(context().client);
    if (id.isEmpty())
        api.create(context().tenantId, request, this, finished);
    else
        api.update(context().tenantId, id, request, this, finished);
}

void RolesPage::saved(const Role& role)
{
    const bool created = !m_model->rowOf(role.id);
    m_editor->showRole(role);
    if (created)
        m_model->insertItem(summaryOf(role));
    else
        m_model->updateItem(summaryOf(role));
    m_reselecting = true;
    selectRow(m_model->rowOf(role.id).value_or(-1));
    m_reselecting = false;
    showNotice(created ? tr("Role %1 created.").arg(role.name) : tr("Role %1 saved.").arg(role.name));
    emit statusMessage(tr("Role saved"));
}

void RolesPage::deleteRole()
{
    const int row = currentRow();
    if (!context().isValid() || row < 0)
        return;
    const RoleSummary role = m_model->itemAt(row);
    BindingCollector::collect(
        context().client, context().tenantId, {}, [id = role.id](const Binding& b) { return b.role.id == id; }, this,
        [this, role](const api::ApiResult<QList<Binding>>& result) {
            if (!result.ok())
                return showNotice(tr("The bindings that use %1 could not be listed: %2")
                                      .arg(role.name, result.error().message()),
                                  true);
            QStringList uses;
            for (const Binding& binding : result.value())
                uses.append(BindingText::subject(binding) + QStringLiteral(" (") + BindingText::where(binding)
                            + QLatin1Char(')'));
            confirmDelete(role.id, role.name, uses);
        });
}

void RolesPage::confirmDelete(const QString& id, const QString& name, const QStringList& uses)
{
    QString text = tr("Delete the role %1?").arg(name);
    if (uses.isEmpty()) {
        text += QLatin1Char(' ') + tr("No binding uses it.");
    } else {
        text += QLatin1Char('\n') + tr("%n binding(s) use it and will stop granting anything:", nullptr, int(uses.size()));
        for (const QString& use : uses.mid(0, kListedUses))
            text += QStringLiteral("\n- ") + use;
        if (uses.size() > kListedUses)
            text += QLatin1Char('\n') + tr("... and %n more", nullptr, int(uses.size() - kListedUses));
    }
    context().prompter->confirm(this, tr("Delete role"), text, tr("Delete"), this, [this, id, name](bool accepted) {
        if (!accepted)
            return;
        api::RolesApi(context().client)
            .remove(context().tenantId, id, this, [this, id, name](const api::ApiResult<api::NoContent>& r) {
                if (!r.ok())
                    return showNotice(r.error().message(), true);
                if (m_editor->roleId() == id)
                    m_editor->clearRole();
                m_model->removeItem(id);
                showNotice(tr("Role %1 deleted.").arg(name));
                emit statusMessage(tr("Role deleted"));
            });
    });
}

} // namespace ktc::ui
