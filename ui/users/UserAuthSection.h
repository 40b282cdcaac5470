#pragma once

#include "core/User.h"
#include "ui/pages/PageContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ktc::ui {

class PasswordFields;

// The Authentication section of a user: the methods Kestra reports (password, SSO, LDAP...) with
// Remove, and Set password with a typed confirmation and a strength hint (instance owners only).
class UserAuthSection : public QWidget
{
    Q_OBJECT
public:
    explicit UserAuthSection(QWidget* parent = nullptr);

    void setContext(const PageContext& context) { m_context = context; }
    void setUser(const User& user);
    void setUnavailable(const QString& why);

    // "Password" for basic auth, "Single sign-on (OpenID Connect)" for oidc, and so on.
    static QString typeText(const QString& type);
    static bool isPassword(const QString& type);

signals:
    void userChanged(const ktc::User& user);
    void notice(const QString& text, bool isError);

private:
    void removeSelected();
    void setPassword();
    void updateButtons();

    PageContext m_context;
    User m_user;
    QTreeWidget* m_methods = nullptr;
    QPushButton* m_remove = nullptr;
    PasswordFields* m_password = nullptr;
    QPushButton* m_setPassword = nullptr;
    QLabel* m_reason = nullptr;
    bool m_busy = false;
};

} // namespace ktc::ui
