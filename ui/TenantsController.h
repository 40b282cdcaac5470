#pragma once

#include "TenantPagesWidget.h"

#include <QObject>
#include <QPointer>

#include <array>
#include <functional>
#include <memory>

namespace ktc::api {
struct SessionInfo;
}
namespace ktc::models {
class TenantListModel;
}

namespace ktc::ui {

class CreateTenantDialog;
class DeleteTenantDialog;
class MainWindow;
class Prompter;
class SessionController;
class TenantPage;

// The tenant list and what hangs on it: which tenants the identity sees (searched for an
// instance owner, from /me otherwise), which one is open in the pages, creating and deleting
// tenants, Refresh, and asking before unsaved edits are left behind.
class TenantsController : public QObject
{
    Q_OBJECT
public:
    TenantsController(SessionController& session, Prompter& prompter, MainWindow& window, QObject* parent = nullptr);
    ~TenantsController() override;

    models::TenantListModel* model() const { return m_model.get(); }
    QString currentTenantId() const { return m_currentTenant; }
    TenantPage* page(TenantPagesWidget::Page page) const { return m_pages.at(page); }

    // Asks about unsaved edits first; `done(true)` when it is fine to go on.
    void confirmLeave(std::function<void(bool proceed)> done);

signals:
    void currentTenantChanged(const QString& tenantId);

private:
    void onConnected(const api::SessionInfo& session);
    void onDisconnected();
    void onSelectionChanged();
    void openTenant(const QString& tenantId);
    void restoreSelection();
    void updateCount();
    void updateActions();
    void refresh();
    void newTenant();
    void deleteTenant();
    TenantPage* pageWithUnsavedChanges() const;

    SessionController& m_session;
    Prompter& m_prompter;
    MainWindow& m_window;
    std::unique_ptr<models::TenantListModel> m_model;
    std::array<TenantPage*, TenantPagesWidget::PageCount> m_pages {};
    QString m_currentTenant;
    bool m_restoring = false;
    QPointer<CreateTenantDialog> m_createDialog;
    QPointer<DeleteTenantDialog> m_deleteDialog;
};

} // namespace ktc::ui
