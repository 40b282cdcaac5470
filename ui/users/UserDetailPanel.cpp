#include "UserDetailPanel.h"

#include "UserAccessSection.h"
#include "UserAuthSection.h"
#include "UserDetailsSection.h"
#include "api/UsersApi.h"
#include "ui/tokens/ApiTokensPanel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ktc::ui {

UserDetailPanel::UserDetailPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("userDetail"));
    setAccessibleName(tr("User detail"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("userDetailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("userSections"));
    m_tabs->setAccessibleName(tr("User sections"));
    m_details = new UserDetailsSection(m_tabs);
    m_auth = new UserAuthSection(m_tabs);
    m_access = new UserAccessSection(m_tabs);
    auto* tokensPage = new QWidget(m_tabs);
    tokensPage->setObjectName(QStringLiteral("userTokensSection"));
    m_tokensNote = new QLabel(tokensPage);
    m_tokensNote->setObjectName(QStringLiteral("tokensUnavailable"));
    m_tokensNote->setWordWrap(true);
    m_tokens = new ApiTokensPanel(tokensPage);
    m_tokens->setObjectName(QStringLiteral("userTokens"));
    auto* tokensLayout = new QVBoxLayout(tokensPage);
    tokensLayout->addWidget(m_tokensNote);
    tokensLayout->addWidget(m_tokens, 1);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_auth, tr("Authentication"));
    m_tabs->addTab(m_access, tr("Access"));
    m_tabs->addTab(tokensPage, tr("API tokens"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_details, &UserDetailsSection::userChanged, this, &UserDetailPanel::setAccount);
    connect(m_auth, &UserAuthSection::userChanged, this, &UserDetailPanel::setAccount);
    connect(m_details, &UserDetailsSection::notice, this, &UserDetailPanel::notice);
    connect(m_auth, &UserAuthSection::notice, this, &UserDetailPanel::notice);
    connect(m_access, &UserAccessSection::notice, this, &UserDetailPanel::notice);
    connect(m_access, &UserAccessSection::accessChanged, this, &UserDetailPanel::accessChanged);
    showUser(QString(), QString());
}

void UserDetailPanel::setContext(const PageContext& context)
{
    m_context = context;
    m_details->setContext(context);
    m_auth->setContext(context);
    m_access->setContext(context);
    m_tokens->setPrompter(context.prompter);
    showUser(QString(), QString());
}

void UserDetailPanel::showUser(const QString& userId, const QString& displayName)
{
    m_userId = userId;
    ++m_generation; // a reply for the previous user is dropped
    m_title->setText(userId.isEmpty() ? tr("Select a user to see their details.") : displayName);
    m_tabs->setEnabled(!userId.isEmpty());
    m_access->showUser(userId);
    const bool owner = m_context.isValid() && m_context.instanceOwner();
    const QString ownersOnly = tr("Only an instance owner can change a user's account, sign-in methods and API "
                                  "tokens. The groups of this tenant can still be changed under Access.");
    m_tokensNote->setText(userId.isEmpty() || owner ? QString() : ownersOnly);
    m_tokensNote->setVisible(!m_tokensNote->text().isEmpty());
    if (userId.isEmpty() || !owner) {
        m_details->setUnavailable(userId.isEmpty() ? QString() : ownersOnly);
        m_auth->setUnavailable(userId.isEmpty() ? QString() : ownersOnly);
        m_tokens->setSource(std::nullopt);
        return;
    }
    m_tokens->setSource(TokenSource::forUser(m_context.client, userId));
    loadAccount();
}

void UserDetailPanel::loadAccount()
{
    const quint64 generation = m_generation;
    m_details->setUnavailable(tr("Loading…"));
    m_auth->setUnavailable(tr("Loading…"));
    api::UsersApi(m_context.client).get(m_userId, this, [this, generation](const api::ApiResult<User>& result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_details->setUnavailable(result.error().message());
            m_auth->setUnavailable(result.error().message());
            emit notice(result.error().message(), true);
            return;
        }
        m_details->setUser(result.value());
        m_auth->setUser(result.value());
    });
}

void UserDetailPanel::setAccount(const User& user)
{
    if (user.id != m_userId)
        return;
    m_title->setText(user.displayName.isEmpty() ? user.email : user.displayName);
    m_details->setUser(user);
    m_auth->setUser(user);
    emit userChanged(user);
}

} // namespace ktc::ui
