#include "TenantsController.h"

#include "CreateTenantDialog.h"
#include "DeleteTenantDialog.h"
#include "MainWindow.h"
#include "Prompter.h"
#include "SessionController.h"
#include "TenantListPanel.h"
#include "api/MeApi.h"
#include "api/TenantsApi.h"
#include "api/WorkerGroupsApi.h"
#include "models/TenantListModel.h"
#include "pages/PageFactory.h"
#include "pages/TenantPage.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QStatusBar>
#include <QTreeView>

namespace ktc::ui {

TenantsController::TenantsController(SessionController& session, Prompter& prompter, MainWindow& window,
                                     QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_prompter(prompter)
    , m_window(window)
    , m_model(std::make_unique<models::TenantListModel>())
{
    for (int i = 0; i < TenantPagesWidget::PageCount; ++i) {
        const auto which = static_cast<TenantPagesWidget::Page>(i);
        TenantPage* page = createTenantPage(which, m_window.tenantPages());
        m_pages[i] = page;
        m_window.tenantPages()->setPage(which, page);
        connect(page, &TenantPage::unsavedChangesChanged, m_window.tenantPages(), [this, which](bool unsaved) {
            const QString title = TenantPagesWidget::pageTitle(which);
            m_window.tenantPages()->setTabText(which, unsaved ? title + QStringLiteral(" *") : title);
        });
        connect(page, &TenantPage::statusMessage, &m_window,
                [this](const QString& text) { m_window.statusBar()->showMessage(text, 5000); });
    }

    TenantListPanel* panel = m_window.tenantList();
    panel->setModel(m_model.get());
    panel->view()->sortByColumn(-1, Qt::AscendingOrder);
    connect(panel, &TenantListPanel::searchChanged, m_model.get(), &models::TenantListModel::setSearchText);
    connect(panel->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TenantsController::onSelectionChanged);
    connect(m_model.get(), &models::PagedModelBase::stateChanged, this, &TenantsController::updateCount);
    connect(m_model.get(), &models::PagedModelBase::totalChanged, this, &TenantsController::updateCount);

    connect(&m_session, &SessionController::connected, this, &TenantsController::onConnected);
    connect(&m_session, &SessionController::disconnected, this, &TenantsController::onDisconnected);
    connect(m_window.refreshAction(), &QAction::triggered, this, &TenantsController::refresh);
    connect(m_window.newTenantAction(), &QAction::triggered, this, &TenantsController::newTenant);
    connect(m_window.deleteTenantAction(), &QAction::triggered, this, &TenantsController::deleteTenant);
    m_window.setCloseGuard([this](std::function<void(bool)> done) { confirmLeave(std::move(done)); });
    updateActions();
}

TenantsController::~TenantsController() { m_window.setCloseGuard({}); }

void TenantsController::onConnected(const api::SessionInfo& session)
{
    openTenant(QString());
    if (session.instanceOwner) {
        api::ApiClient* client = m_session.client();
        m_model->setFetcher(
            [client](const api::PageQuery& query, QObject* context, api::ApiCallback<Page<Tenant>> callback) {
                return api::TenantsApi(client).search(query, context, std::move(callback));
            },
            models::PagedModelBase::cancellerFor(client));
    } else {
        // Anyone else cannot search tenants: /api/v1/me lists the ones they may open (F5 asks again).
        api::ApiClient* client = m_session.client();
        m_model->setListFetcher(
            [client](QObject* context, api::ApiCallback<QList<Tenant>> callback) {
                return api::MeApi(client).get(context, [callback = std::move(callback)](const api::ApiResult<Me>& me) {
                    if (me)
                        callback(models::TenantListModel::fromMe(me->tenants));
                    else
                        callback(me.error());
                });
            },
            models::PagedModelBase::cancellerFor(client));
    }
    updateActions();
    updateCount();
}

void TenantsController::onDisconnected()
{
    openTenant(QString());
    m_model->clear();
    updateActions();
    updateCount();
}

void TenantsController::onSelectionChanged()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_window.tenantList()->view()->selectionModel()->currentIndex();
    const QString id = current.isValid() ? m_model->data(current, models::PagedModelBase::IdRole).toString() : QString();
    if (id == m_currentTenant)
        return;
    confirmLeave([this, id](bool proceed) {
        if (proceed)
            openTenant(id);
        else
            restoreSelection();
    });
}

void TenantsController::restoreSelection()
{
    m_restoring = true;
    QTreeView* view = m_window.tenantList()->view();
    if (const auto row = m_model->rowOf(m_currentTenant))
        view->selectionModel()->setCurrentIndex(m_model->index(*row, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        view->selectionModel()->clearSelection();
    m_restoring = false;
}

void TenantsController::openTenant(const QString& tenantId)
{
    m_currentTenant = tenantId;
    PageContext context;
    if (!tenantId.isEmpty() && m_session.isConnected()) {
        context.client = m_session.client();
        context.session = &m_session.session();
        context.prompter = &m_prompter;
        context.tenantId = tenantId;
    }
    // Every page forgets the old tenant now; each loads the new one when it is shown.
    for (TenantPage* page : m_pages)
        page->setContext(context);
    m_window.tenantPages()->setEnabled(!tenantId.isEmpty());
    m_window.setWindowTitle(tenantId.isEmpty() ? tr("Kestra Tenant Console")
                                               : tr("%1 - Kestra Tenant Console").arg(tenantId));
    updateActions();
    emit currentTenantChanged(tenantId);
}

TenantPage* TenantsController::pageWithUnsavedChanges() const
{
    for (TenantPage* page : m_pages) {
        if (page->hasUnsavedChanges())
            return page;
    }
    return nullptr;
}

void TenantsController::confirmLeave(std::function<void(bool)> done)
{
    TenantPage* page = pageWithUnsavedChanges();
    if (!page) {
        done(true);
        return;
    }
    m_window.tenantPages()->setCurrentWidget(page);
    m_prompter.askToSave(&m_window, tr("The tenant %1 has unsaved changes. Save them?").arg(m_currentTenant), this,
                         [this, page, done](Prompter::Answer answer) {
                             switch (answer) {
                             case Prompter::Answer::Accept:
                                 page->saveChanges([this, done](bool saved) {
                                     if (saved)
                                         confirmLeave(done); // another page may have edits too
                                     else
                                         done(false);
                                 });
                                 return;
                             case Prompter::Answer::Discard:
                                 page->discardChanges();
                                 confirmLeave(done);
                                 return;
                             case Prompter::Answer::Cancel:
                                 done(false);
                                 return;
                             }
                         });
}

void TenantsController::updateCount()
{
    QString text;
    switch (m_model->state()) {
    case models::PagedModelBase::State::Loading:
        text = tr("Loading tenants...");
        break;
    case models::PagedModelBase::State::Error:
        text = tr("The tenants could not be loaded: %1 Press F5 to try again.").arg(m_model->errorMessage());
        break;
    case models::PagedModelBase::State::Idle:
        if (m_session.isConnected())
            text = m_model->total() == 1 ? tr("1 tenant") : tr("%1 tenants").arg(m_model->total());
        break;
    }
    m_window.tenantList()->setCountText(text);
}

void TenantsController::updateActions()
{
    const bool connected = m_session.isConnected();
    const bool owner = connected && m_session.session().instanceOwner;
    const QString why = tr("Only an instance owner can create or delete tenants.");
    m_window.refreshAction()->setEnabled(connected);
    m_window.newTenantAction()->setEnabled(owner);
    m_window.newTenantAction()->setToolTip(owner || !connected ? tr("New tenant (Ctrl+N)") : why);
    m_window.deleteTenantAction()->setEnabled(owner && !m_currentTenant.isEmpty());
    m_window.deleteTenantAction()->setToolTip(owner || !connected ? tr("Delete tenant") : why);
    m_window.myTokensAction()->setEnabled(connected);
}

void TenantsController::refresh()
{
    if (!m_session.isConnected())
        return;
    m_model->reload();
    if (auto* page = qobject_cast<TenantPage*>(m_window.tenantPages()->currentWidget()); page && !m_currentTenant.isEmpty())
        page->refresh();
}

void TenantsController::newTenant()
{
    if (!m_session.isConnected() || !m_session.session().instanceOwner)
        return;
    if (m_createDialog) {
        m_createDialog->raise();
        return;
    }
    api::ApiClient* client = m_session.client();
    auto* dialog = new CreateTenantDialog(client->adapter().isLegacy(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    api::WorkerGroupsApi(client).list(dialog, [dialog](const api::ApiResult<QList<WorkerGroup>>& result) {
        if (!result)
            return; // free text then: the identity may not read worker groups
        QStringList ids;
        for (const WorkerGroup& g : result.value())
            ids << g.id;
        dialog->setWorkerGroups(ids);
    });
    connect(dialog, &CreateTenantDialog::createRequested, this, [this, dialog, client](const Tenant& tenant) {
        dialog->setBusy(true);
        api::TenantsApi(client).create(tenant, dialog, [this, dialog](const api::ApiResult<Tenant>& result) {
            if (!result) {
                dialog->showError(result.error());
                return;
            }
            m_model->insertItem(result.value());
            dialog->accept();
            if (const auto row = m_model->rowOf(result->id))
                m_window.tenantList()->view()->setCurrentIndex(m_model->index(*row, 0));
            m_window.statusBar()->showMessage(tr("Tenant %1 created").arg(result->id), 5000);
        });
    });
    dialog->open();
}

void TenantsController::deleteTenant()
{
    if (!m_session.isConnected() || !m_session.session().instanceOwner || m_currentTenant.isEmpty())
        return;
    const auto row = m_model->rowOf(m_currentTenant);
    const QString name = row ? m_model->itemAt(*row).name : QString();
    auto* dialog = new DeleteTenantDialog(m_currentTenant, name, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_deleteDialog = dialog;
    api::ApiClient* client = m_session.client();
    connect(dialog, &DeleteTenantDialog::deleteConfirmed, this, [this, dialog, client](const QString& id) {
        dialog->setBusy(true);
        api::TenantsApi(client).remove(id, dialog, [this, dialog, id](const api::ApiResult<api::NoContent>& result) {
            if (!result) {
                dialog->showError(result.error().message());
                return;
            }
            dialog->accept();
            if (m_currentTenant == id) {
                for (TenantPage* page : m_pages)
                    page->discardChanges(); // the tenant is gone: its edits with it
                openTenant(QString());
            }
            m_model->removeItem(id);
            m_window.statusBar()->showMessage(tr("Tenant %1 deleted").arg(id), 5000);
        });
    });
    dialog->open();
}

} // namespace ktc::ui
