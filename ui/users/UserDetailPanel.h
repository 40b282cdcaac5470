#pragma once

#include "core/TenantAccess.h"
#include "core/User.h"
#include "ui/pages/PageContext.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace ktc::ui {

class ApiTokensPanel;
class UserAccessSection;
class UserAuthSection;
class UserDetailsSection;

// The detail of the user selected on the Users page, in sections: Details, Authentication,
// Access (groups and effective roles in this tenant) and API tokens.
class UserDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailPanel(QWidget* parent = nullptr);

    void setContext(const PageContext& context);
    // Loads the user (empty: shows nothing).
    void showUser(const QString& userId, const QString& displayName);
    QString userId() const { return m_userId; }

    QTabWidget* sections() const { return m_tabs; }
    UserDetailsSection* detailsSection() const { return m_details; }
    UserAuthSection* authSection() const { return m_auth; }
    UserAccessSection* accessSection() const { return m_access; }

signals:
    void userChanged(const ktc::User& user);
    void accessChanged(const ktc::TenantAccess& access);
    void notice(const QString& text, bool isError);

private:
    void loadAccount();
    void setAccount(const User& user);

    PageContext m_context;
    QString m_userId;
    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    UserDetailsSection* m_details = nullptr;
    UserAuthSection* m_auth = nullptr;
    UserAccessSection* m_access = nullptr;
    ApiTokensPanel* m_tokens = nullptr;
    QLabel* m_tokensNote = nullptr;
    quint64 m_generation = 0;
};

} // namespace ktc::ui
