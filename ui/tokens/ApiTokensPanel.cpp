#include "ApiTokensPanel.h"

#include "CreateTokenDialog.h"
#include "TokenHandoffDialog.h"
#include "models/ApiTokenModel.h"
#include "ui/ClipboardGuard.h"
#include "ui/UiLogging.h"
#include "ui/pages/StateOverlay.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

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

ApiTokensPanel::ApiTokensPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new models::ApiTokenModel(this))
    , m_guard(ClipboardGuard::instance())
{
    setObjectName(QStringLiteral("apiTokensPanel"));

    m_new = actionButton(tr("New API token"), QStringLiteral("newTokenButton"), this);
    m_revoke = actionButton(tr("Revoke"), QStringLiteral("revokeTokenButton"), this);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("tokensNotice"));
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tokensTable"));
    m_table->setAccessibleName(tr("API tokens"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_overlay = new StateOverlay(m_table, this);
    m_overlay->setObjectName(QStringLiteral("tokensOverlay"));
    m_overlay->bindModel(m_model, tr("No API tokens yet."));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_revoke);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(m_overlay, 1);

    connect(m_new, &QPushButton::clicked, this, &ApiTokensPanel::newToken);
    connect(m_revoke, &QPushButton::clicked, this, &ApiTokensPanel::revokeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ApiTokensPanel::updateActions);
    connect(m_model, &models::PagedModelBase::stateChanged, this, &ApiTokensPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiTokensPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ApiTokensPanel::updateActions);
    setSource(std::nullopt);
}

ApiTokensPanel::~ApiTokensPanel() = default;

void ApiTokensPanel::setSource(std::optional<TokenSource> source)
{
    ++m_generation; // replies for the old owner no longer touch the panel
    if (m_createDialog)
        m_createDialog->close();
    m_source = std::move(source);
    showNotice(QString(), false);
    if (!m_source) {
        m_model->clear();
        m_overlay->showEmpty(tr("No account selected."));
    } else {
        const TokenSource current = *m_source;
        m_model->setTokenFetcher(
            [current](QObject* context, api::ApiCallback<ApiTokenList> callback) {
                return current.list(context, std::move(callback));
            },
            models::PagedModelBase::cancellerFor(current.client()));
    }
    updateActions();
}

void ApiTokensPanel::setPrompter(Prompter* prompter)
{
    m_prompter = prompter;
}

void ApiTokensPanel::setClipboardGuard(ClipboardGuard* guard)
{
    m_guard = guard ? guard : ClipboardGuard::instance();
}

Prompter& ApiTokensPanel::prompter()
{
    return m_prompter ? *m_prompter : m_messageBoxes;
}

void ApiTokensPanel::reload()
{
    if (!m_source)
        return;
    showNotice(QString(), false);
    m_model->reload();
}

int ApiTokensPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void ApiTokensPanel::updateActions()
{
    const bool forbidden = m_model->state() == models::PagedModelBase::State::Error && m_model->error()
        && m_model->error()->kind() == api::ApiError::Kind::Forbidden;
    m_new->setEnabled(m_source.has_value() && !forbidden);
    m_revoke->setEnabled(m_source.has_value() && selectedRow() >= 0);
}

void ApiTokensPanel::showNotice(const QString& text, bool isError)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_notice->setVisible(!text.isEmpty());
}

QString ApiTokensPanel::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void ApiTokensPanel::newToken()
{
    if (!m_source)
        return;
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    auto* dialog = new CreateTokenDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    connect(dialog, &CreateTokenDialog::createRequested, this,
        [this, dialog](const CreateApiTokenRequest& request) {
            if (!m_source)
                return;
            dialog->setBusy(true);
            const quint64 generation = m_generation;
            // The panel is the context: a token created after its dialog closed is still handed off.
            m_source->create(
                request, this, [this, generation](const api::ApiResult<CreatedApiToken>& result) {
                    if (generation != m_generation)
                        return;
                    if (!result.ok()) {
                        if (m_createDialog)
                            m_createDialog->showError(result.error());
                        else
                            showNotice(result.error().message(), true);
                        return;
                    }
                    if (m_createDialog)
                        m_createDialog->accept();
                    onCreated(result.value());
                });
        });
    dialog->open();
}

void ApiTokensPanel::onCreated(const CreatedApiToken& created)
{
    qCInfo(lcUi) << "API token created:" << created.name; // the name only, never the value
    showNotice(tr("API token \"%1\" created.").arg(created.name), false);
    m_model->reload(); // the new token appears, without its value
    // Parented to the window, so the hand-off survives the panel switching to another owner.
    auto* handoff = new TokenHandoffDialog(created, prompter(), m_guard, window());
    handoff->open();
    emit tokensChanged();
}

void ApiTokensPanel::revokeSelected()
{
    const int row = selectedRow();
    if (!m_source || row < 0)
        return;
    const ApiToken token = m_model->itemAt(row);
    const quint64 generation = m_generation;
    prompter().confirm(this, tr("Revoke API token"),
        tr("Revoke the API token \"%1\" (%2)? Everything that uses it stops working at once.")
            .arg(token.name, token.prefix),
        tr("Revoke"), this, [this, token, generation](bool accepted) {
            if (!accepted || generation != m_generation || !m_source)
                return;
            m_source->revoke(
                token.id, this, [this, token, generation](const api::ApiResult<api::NoContent>& result) {
                    if (generation != m_generation)
                        return;
                    if (!result.ok()) {
                        showNotice(result.error().message(), true);
                        return;
                    }
                    m_model->removeItem(token.id);
                    showNotice(tr("API token \"%1\" revoked.").arg(token.name), false);
                    emit tokensChanged();
                });
        });
}

} // namespace ktc::ui
