#include "AccessPage.h"

#include "StateOverlay.h"
#include "api/BindingsApi.h"
#include "models/BindingListModel.h"
#include "ui/Prompter.h"
#include "ui/access/AccessDirectory.h"
#include "ui/access/BindingChange.h"
#include "ui/access/BindingCollector.h"
#include "ui/access/BindingFilterBar.h"
#include "ui/access/BindingText.h"
#include "ui/access/NewBindingDialog.h"

#include <QAction>
#include <QTableView>
#include <QVBoxLayout>

namespace ktc::ui {

AccessPage::AccessPage(QWidget* parent)
    : ListPage(parent)
    , m_model(new models::BindingListModel(this))
    , m_filters(new BindingFilterBar(this))
    , m_directory(new AccessDirectory(this))
{
    setModel(m_model, tr("Bindings"), tr("Search bindings"), tr("No bindings match."));
    if (auto* column = qobject_cast<QVBoxLayout*>(layout()))
        column->insertWidget(1, m_filters);

    connect(addPageAction(tr("New binding"), QStringLiteral("newBinding"), false, QKeySequence::New),
            &QAction::triggered, this, &AccessPage::newBinding);
    QAction* change = addPageAction(tr("Change binding"), QStringLiteral("changeBinding"), true);
    connect(change, &QAction::triggered, this, &AccessPage::changeBinding);
    QAction* remove = addPageAction(tr("Delete binding"), QStringLiteral("deleteBinding"), true, QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, &AccessPage::deleteBinding);
    connect(table(), &QTableView::doubleClicked, this, &AccessPage::changeBinding);

    connect(m_filters, &BindingFilterBar::filterChanged, this, [this] {
        if (context().isValid())
            installFetcher();
    });
    connect(m_directory, &AccessDirectory::subjectsChanged, this,
            [this] { m_filters->setSubjects(m_directory->subjects()); });
    connect(m_directory, &AccessDirectory::rolesChanged, this, [this] { m_filters->setRoles(m_directory->roles()); });
}

void AccessPage::load()
{
    m_directory->load(context());
    ListPage::load();
}

void AccessPage::clearForContext()
{
    if (m_dialog)
        m_dialog->close();
    m_directory->clear();
    m_filters->reset();
    ListPage::clearForContext();
}

void AccessPage::installFetcher()
{
    api::ApiClient* client = context().client;
    const QString tenant = context().tenantId;
    const BindingFilter filter = m_filters->filter();
    if (filter.needsClientTest()) {
        m_model->setListFetcher(
            [client, tenant, filter](QObject* receiver, api::ApiCallback<QList<Binding>> callback) {
                return BindingCollector::collect(
                    client, tenant, filter.search(), [filter](const Binding& b) { return filter.accepts(b); },
                    receiver, std::move(callback));
            },
            models::PagedModelBase::cancellerFor(client));
        return;
    }
    m_model->setFetcher(
        [client, tenant, by = filter.search()](const api::PageQuery& query, QObject* receiver,
                                               api::ApiCallback<Page<Binding>> callback) {
            return api::BindingsApi(client).search(tenant, query, by, receiver, std::move(callback));
        },
        models::PagedModelBase::cancellerFor(client));
}

NewBindingDialog* AccessPage::openDialog()
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new NewBindingDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setSubjects(m_directory->subjects());
    m_dialog->setRoles(m_directory->roles());
    NewBindingDialog* dialog = m_dialog;
    connect(m_directory, &AccessDirectory::subjectsChanged, dialog,
            [this, dialog] { dialog->setSubjects(m_directory->subjects()); });
    connect(m_directory, &AccessDirectory::rolesChanged, dialog,
            [this, dialog] { dialog->setRoles(m_directory->roles()); });
    return dialog;
}

void AccessPage::newBinding()
{
    if (!context().isValid())
        return;
    NewBindingDialog* dialog = openDialog();
    connect(dialog, &NewBindingDialog::submitted, this, &AccessPage::create);
    dialog->open();
}

void AccessPage::changeBinding()
{
    const int row = currentRow();
    if (!context().isValid() || row < 0)
        return;
    const Binding old = m_model->itemAt(row);
    NewBindingDialog* dialog = openDialog();
    dialog->setChanging(old, BindingText::subject(old));
    connect(dialog, &NewBindingDialog::submitted, this, [this, old](const QList<BindingRequest>& requests) {
        if (!requests.isEmpty())
            change(old, requests.constFirst());
    });
    dialog->open();
}

void AccessPage::create(const QList<BindingRequest>& requests)
{
    QPointer<NewBindingDialog> dialog = m_dialog;
    if (!dialog || requests.isEmpty())
        return;
    dialog->setBusy(true);
    auto finished = [this, dialog](const std::optional<api::ApiError>& error, qsizetype count) {
        if (!dialog)
            return;
        if (error)
            return dialog->showError(*error);
        dialog->accept();
        showNotice(count == 1 ? tr("Binding created.") : tr("%1 bindings created.").arg(count));
        emit statusMessage(tr("Binding created"));
        m_model->reload();
    };
    const api::BindingsApi api(context().client);
    if (requests.size() == 1) {
        api.create(context().tenantId, requests.constFirst(), dialog, [finished](const api::ApiResult<Binding>& r) {
            finished(r.ok() ? std::nullopt : std::optional(r.error()), 1);
        });
        return;
    }
    api.createBulk(context().tenantId, requests, dialog, [finished](const api::ApiResult<QList<Binding>>& r) {
        finished(r.ok() ? std::nullopt : std::optional(r.error()), r.ok() ? r.value().size() : 0);
    });
}

void AccessPage::change(const Binding& old, const BindingRequest& replacement)
{
    QPointer<NewBindingDialog> dialog = m_dialog;
    if (!dialog)
        return;
    dialog->setBusy(true);
    BindingChange::run(context().client, context().tenantId, old, replacement, this,
                       [this, dialog](const BindingChange::Outcome& outcome) {
                           m_model->reload();
                           if (outcome.changed) {
                               if (dialog)
                                   dialog->accept();
                               showNotice(tr("Binding changed: Kestra bindings cannot be edited, so the old "
                                             "binding was deleted and a new one created."));
                               return;
                           }
                           QString text;
                           if (!outcome.error)
                               text = tr("The binding was not changed.");
                           else if (outcome.restored)
                               text = tr("The new binding could not be created, so the old one was restored. %1")
                                          .arg(outcome.error->message());
                           else
                               text = tr("The new binding could not be created (%1) and the old one could not be "
                                         "restored (%2).")
                                          .arg(outcome.error->message(),
                                               outcome.restoreError ? outcome.restoreError->message() : QString());
                           showNotice(text, true);
                           if (dialog)
                               dialog->close();
                       });
}

void AccessPage::deleteBinding()
{
    const int row = currentRow();
    if (!context().isValid() || row < 0)
        return;
    const Binding binding = m_model->itemAt(row);
    const QString what = BindingText::summary(binding);
    context().prompter->confirm(
        this, tr("Delete binding"), tr("Delete the binding that grants %1? Its access ends at once.").arg(what),
        tr("Delete"), this, [this, binding, what](bool accepted) {
            if (!accepted)
                return;
            api::BindingsApi(context().client)
                .remove(context().tenantId, binding.id, this, [this, binding, what](const api::ApiResult<api::NoContent>& r) {
                    if (!r.ok())
                        return showNotice(r.error().message(), true);
                    m_model->removeItem(binding.id);
                    showNotice(tr("Binding deleted: %1.").arg(what));
                    emit statusMessage(tr("Binding deleted"));
                });
        });
}

} // namespace ktc::ui
