#pragma once

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;

namespace ktc::ui {

class ConnectionStatus;
class TenantListPanel;
class TenantPagesWidget;
class WelcomePage;

// The console's main window: tenant list on the left, the selected tenant's pages on the right,
// a welcome page until a connection exists, menus, a toolbar and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    WelcomePage* welcomePage() const { return m_welcome; }
    TenantListPanel* tenantList() const { return m_tenantList; }
    TenantPagesWidget* tenantPages() const { return m_pages; }
    ConnectionStatus* connectionStatus() const { return m_status; }

    QAction* newTenantAction() const { return m_newTenant; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* deleteTenantAction() const { return m_deleteTenant; }
    QAction* connectAction() const { return m_connect; }
    QAction* myTokensAction() const { return m_myTokens; }

    // A visible warning across the top of the window (e.g. the keychain is unavailable).
    void showBanner(const QString& text);
    void hideBanner();
    QString bannerText() const;

    // Asked before the window closes (unsaved edits); it answers through the callback.
    using CloseGuard = std::function<void(std::function<void(bool proceed)>)>;
    void setCloseGuard(CloseGuard guard) { m_closeGuard = std::move(guard); }

    enum class View { Welcome, Tenants };
    void showView(View view);
    View currentView() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    QAction* makeAction(const QString& text, const QString& objectName, const QKeySequence& shortcut);

    WelcomePage* m_welcome = nullptr;
    TenantListPanel* m_tenantList = nullptr;
    TenantPagesWidget* m_pages = nullptr;
    ConnectionStatus* m_status = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_banner = nullptr;

    QAction* m_connect = nullptr;
    QAction* m_newTenant = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_deleteTenant = nullptr;
    QAction* m_myTokens = nullptr;
    QAction* m_quit = nullptr;
    CloseGuard m_closeGuard;
    bool m_closeApproved = false;
};

} // namespace ktc::ui
