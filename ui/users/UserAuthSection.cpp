#include "UserAuthSection.h"

#include "api/UsersApi.h"
#include "ui/Prompter.h"
#include "ui/widgets/PasswordFields.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ktc::ui {

namespace {
constexpr int kAuthIdRole = Qt::UserRole + 1;
}

UserAuthSection::UserAuthSection(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("userAuthSection"));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("authUnavailable"));
    m_reason->setWordWrap(true);
    m_reason->hide();

    m_methods = new QTreeWidget(this);
    m_methods->setObjectName(QStringLiteral("authMethods"));
    m_methods->setAccessibleName(tr("Authentication methods"));
    m_methods->setHeaderLabels({ tr("Method"), tr("Name") });
    m_methods->setRootIsDecorated(false);
    m_methods->header()->setStretchLastSection(true);
    m_remove = new QPushButton(tr("Remove method"), this);
    m_remove->setObjectName(QStringLiteral("removeMethodButton"));
    m_remove->setAccessibleName(tr("Remove method"));
    auto* ssoNote = new QLabel(tr("Single sign-on methods (OpenID Connect, LDAP, SAML...) cannot be added here: "
                                  "they appear when the user first signs in through the identity provider."),
                               this);
    ssoNote->setObjectName(QStringLiteral("ssoNote"));
    ssoNote->setWordWrap(true);

    auto* passwordBox = new QGroupBox(tr("Password"), this);
    m_password = new PasswordFields(/*optional=*/false, passwordBox);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_setPassword = new QPushButton(tr("Set password"), passwordBox);
    m_setPassword->setObjectName(QStringLiteral("setPasswordButton"));
    m_setPassword->setAccessibleName(tr("Set password"));
    auto* passwordLayout = new QVBoxLayout(passwordBox);
    passwordLayout->addWidget(m_password);
    passwordLayout->addWidget(m_setPassword, 0, Qt::AlignRight);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_methods, 1);
    layout->addWidget(m_remove, 0, Qt::AlignRight);
    layout->addWidget(ssoNote);
    layout->addWidget(passwordBox);

    connect(m_methods, &QTreeWidget::currentItemChanged, this, &UserAuthSection::updateButtons);
    connect(m_password, &PasswordFields::changed, this, &UserAuthSection::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &UserAuthSection::removeSelected);
    connect(m_setPassword, &QPushButton::clicked, this, &UserAuthSection::setPassword);
    setUnavailable(QString());
}

bool UserAuthSection::isPassword(const QString& type)
{
    return type.compare(QLatin1String("BASIC"), Qt::CaseInsensitive) == 0
        || type.compare(QLatin1String("basicAuth"), Qt::CaseInsensitive) == 0;
}

QString UserAuthSection::typeText(const QString& type)
{
    if (isPassword(type))
        return tr("Password");
    const QString lower = type.toLower();
    if (lower.contains(QLatin1String("oidc")) || lower.contains(QLatin1String("openid")))
        return tr("Single sign-on (OpenID Connect)");
    if (lower.contains(QLatin1String("ldap")))
        return tr("LDAP");
    if (lower.contains(QLatin1String("saml")))
        return tr("Single sign-on (SAML)");
    if (lower.contains(QLatin1String("passwordless")))
        return tr("Passwordless");
    if (lower.contains(QLatin1String("apikey")))
        return tr("API key");
    return type; // what Kestra reports, as it reports it
}

void UserAuthSection::setUser(const User& user)
{
    const bool sameUser = user.id == m_user.id;
    m_user = user;
    m_busy = false;
    m_reason->hide();
    m_methods->clear();
    for (const AuthMethod& auth : user.auths) {
        auto* item = new QTreeWidgetItem(m_methods, { typeText(auth.type), auth.name });
        item->setData(0, kAuthIdRole, auth.id);
        item->setToolTip(0, auth.type);
    }
    if (!sameUser)
        m_password->clear();
    m_methods->setEnabled(true);
    m_password->setEnabled(true);
    m_setPassword->setToolTip(QString());
    updateButtons();
}

void UserAuthSection::setUnavailable(const QString& why)
{
    m_user = {};
    m_methods->clear();
    m_methods->setEnabled(false);
    m_password->clear();
    m_password->setEnabled(false);
    m_reason->setText(why);
    m_reason->setVisible(!why.isEmpty());
    m_setPassword->setToolTip(why);
    m_remove->setToolTip(why);
    updateButtons();
}

void UserAuthSection::updateButtons()
{
    const bool ready = !m_user.id.isEmpty() && !m_busy;
    m_remove->setEnabled(ready && m_methods->currentItem());
    m_setPassword->setEnabled(ready && !m_password->isEmpty());
    const bool hasPassword = std::any_of(m_user.auths.cbegin(), m_user.auths.cend(),
                                         [](const AuthMethod& auth) { return isPassword(auth.type); });
    m_setPassword->setText(hasPassword ? tr("Reset password") : tr("Set password"));
}

void UserAuthSection::removeSelected()
{
    QTreeWidgetItem* item = m_methods->currentItem();
    if (!item || m_user.id.isEmpty())
        return;
    const QString authId = item->data(0, kAuthIdRole).toString();
    const QString userId = m_user.id;
    const QString text = tr("Remove the %1 method of %2? They can no longer sign in that way%3.")
                             .arg(item->text(0), m_user.email,
                                  isPassword(item->toolTip(0)) ? tr(" until a new password is set")
                                                               : tr(" until they sign in through the identity provider again"));
    m_context.prompter->confirm(this, tr("Remove authentication method"), text, tr("Remove method"), this,
                                [this, userId, authId](bool accepted) {
        if (!accepted || userId != m_user.id)
            return;
        m_busy = true;
        updateButtons();
        api::UsersApi(m_context.client).removeAuth(userId, authId, this, [this, userId](const api::ApiResult<User>& result) {
            if (userId != m_user.id)
                return;
            m_busy = false;
            if (!result.ok()) {
                updateButtons();
                emit notice(result.error().message(), true);
                return;
            }
            setUser(result.value());
            emit notice(tr("Removed the authentication method of %1.").arg(result->email), false);
            emit userChanged(result.value());
        });
    });
}

void UserAuthSection::setPassword()
{
    if (m_user.id.isEmpty())
        return;
    if (!m_password->isAcceptable()) {
        emit notice(m_password->problem(), true);
        return;
    }
    const QString userId = m_user.id;
    const QString text = tr("Set a new password for %1? A password they use now stops working, and they have to "
                            "be told the new one.")
                             .arg(m_user.email);
    m_context.prompter->confirm(this, tr("Set password"), text, tr("Set password"), this, [this, userId](bool accepted) {
        if (!accepted || userId != m_user.id)
            return;
        m_busy = true;
        updateButtons();
        api::UsersApi(m_context.client)
            .setPassword(userId, UserPasswordPatch { m_password->password() }, this,
                         [this, userId](const api::ApiResult<User>& result) {
                             if (userId != m_user.id)
                                 return;
                             m_busy = false;
                             if (!result.ok()) {
                                 updateButtons();
                                 emit notice(result.error().message(), true);
                                 return;
                             }
                             m_password->clear();
                             setUser(result.value());
                             emit notice(tr("Set the password of %1.").arg(result->email), false);
                             emit userChanged(result.value());
                         });
    });
}

} // namespace ktc::ui
