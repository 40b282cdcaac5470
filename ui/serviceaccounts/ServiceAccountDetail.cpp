#include "ServiceAccountDetail.h"

#include "ServiceAccountAccessView.h"
#include "ServiceAccountEditor.h"
#include "api/ApiClient.h"
#include "ui/tokens/ApiTokensPanel.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ktc::ui {

ServiceAccountDetail::ServiceAccountDetail(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("serviceAccountDetail"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto* note = new QLabel(tr("Service accounts have no sign-in method such as a password or SSO: "
                               "they authenticate with API tokens only."),
                            this);
    note->setObjectName(QStringLiteral("authenticationNote"));
    note->setAccessibleName(tr("Authentication"));
    note->setWordWrap(true);

    m_editor = new ServiceAccountEditor(this);
    auto* accessBox = new QGroupBox(tr("Access"), this);
    m_access = new ServiceAccountAccessView(accessBox);
    (new QVBoxLayout(accessBox))->addWidget(m_access);
    m_tokensBox = new QGroupBox(tr("API tokens"), this);
    m_tokensBox->setObjectName(QStringLiteral("tokensBox"));
    m_tokens = new ApiTokensPanel(m_tokensBox);
    m_tokens->setMinimumHeight(160);
    (new QVBoxLayout(m_tokensBox))->addWidget(m_tokens);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_title);
    column->addWidget(note);
    column->addWidget(m_editor);
    column->addWidget(accessBox);
    column->addWidget(m_tokensBox, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("serviceAccountScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_editor, &ServiceAccountEditor::saved, this, [this] {
        if (m_context.isValid())
            m_access->showAccount(m_context, m_accountId); // groups changed: so may the roles
    });
    showNone();
}

void ServiceAccountDetail::showAccount(const PageContext& context, const TenantAccessUser& row)
{
    m_context = context;
    m_accountId = row.id;
    m_title->setText(tr("Service account %1").arg(row.username));
    m_editor->showAccount(context, row);
    m_access->showAccount(context, row.id);
    showTokens(context, row.id);
    setEnabled(true);
}

void ServiceAccountDetail::showNone()
{
    m_context = {};
    m_accountId.clear();
    m_title->setText(tr("No service account selected"));
    m_editor->showNone();
    m_access->showNone();
    showTokens({}, {});
}

void ServiceAccountDetail::showTokens(const PageContext& context, const QString& accountId)
{
    m_tokensBox->setEnabled(!accountId.isEmpty());
    if (accountId.isEmpty())
        return m_tokens->setSource(std::nullopt);
    m_tokens->setPrompter(context.prompter);
    m_tokens->setSource(TokenSource::forServiceAccount(context.client, context.tenantId, accountId));
}

} // namespace ktc::ui
