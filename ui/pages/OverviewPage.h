#pragma once

#include "TenantPage.h"
#include "core/Tenant.h"
#include "ui/FieldErrors.h"

#include <QPointer>

class QLabel;
class QPushButton;

namespace ktc::api {
class ApiClient;
}

namespace ktc::ui {

class StateOverlay;
class TenantForm;

// The Overview tab: every property of the tenant, edited in sections, with Save and Revert, an
// unsaved-changes marker and server validation errors at their fields. Save PUTs the tenant as
// last read with the edits applied, so fields the console does not know survive.
class OverviewPage : public TenantPage
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void refresh() override;
    bool hasUnsavedChanges() const override;
    void saveChanges(std::function<void(bool saved)> done) override;
    void discardChanges() override;

    // The tenant as last read from the server (the base of the next PUT).
    const Tenant& baseline() const { return m_baseline; }
    bool isSaving() const { return m_saving; }

protected:
    void load() override;
    void clearForContext() override;

private:
    void onEdited();
    void save(std::function<void(bool saved)> done);
    void showError(const QString& message, const QList<FieldError>& errors);
    void clearError();
    void setDirty(bool dirty);
    void updateState();
    void cancelPending();

    TenantForm* m_form;
    StateOverlay* m_overlay;
    QLabel* m_unsaved;
    QLabel* m_status;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_revert;
    FieldErrors m_fieldErrors;

    Tenant m_baseline;
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_saving = false;
    bool m_legacy = false;
    quint64 m_generation = 0;
    QPointer<api::ApiClient> m_pendingClient;
    quint64 m_pendingRequest = 0;
};

} // namespace ktc::ui
