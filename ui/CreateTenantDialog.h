#pragma once

#include "api/ApiError.h"
#include "core/Tenant.h"
#include "ui/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ktc::ui {

// New tenant: ID (checked as it is typed against Kestra's pattern), name and worker group.
// A server error stays in the dialog, with everything typed kept.
class CreateTenantDialog : public QDialog
{
    Q_OBJECT
public:
    // `legacyWorkerGroup`: a 1.3 server (workerGroup) rather than 2.0 (defaultWorkerSelector).
    explicit CreateTenantDialog(bool legacyWorkerGroup, QWidget* parent = nullptr);

    // Offers these worker groups (ids) in the picker; free text stays possible.
    void setWorkerGroups(const QStringList& ids);
    void setBusy(bool busy);
    void showError(const api::ApiError& error);

    Tenant tenant() const;

signals:
    void createRequested(const ktc::Tenant& tenant);

private:
    void validate();

    bool m_legacy;
    QLineEdit* m_id = nullptr;
    QLabel* m_idHint = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_workerGroup = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
    FieldErrors m_fieldErrors;
    bool m_busy = false;
};

} // namespace ktc::ui
