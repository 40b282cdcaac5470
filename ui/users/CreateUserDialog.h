#pragma once

#include "api/ApiError.h"
#include "core/User.h"
#include "ui/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ktc::api {
class ApiClient;
}

namespace ktc::ui {

class GroupPicker;
class PasswordFields;

// New user (Kestra 2.0: the username is the e-mail): e-mail, names, the tenant's groups, the
// instance-owner flag and an optional first password. A server error stays in the dialog with
// everything typed kept.
class CreateUserDialog : public QDialog
{
    Q_OBJECT
public:
    CreateUserDialog(api::ApiClient* client, const QString& tenantId, QWidget* parent = nullptr);

    // The request without tenants and groups (the caller grants access, then adds groups).
    UserRequest request() const;
    QStringList groupIds() const;
    void setBusy(bool busy);
    void showError(const api::ApiError& error);
    void showError(const QString& message);

signals:
    void createRequested();

private:
    void validate();

    QLineEdit* m_email = nullptr;
    QLabel* m_emailHint = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    GroupPicker* m_groups = nullptr;
    QCheckBox* m_superAdmin = nullptr;
    PasswordFields* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
    FieldErrors m_fieldErrors;
    bool m_busy = false;
};

} // namespace ktc::ui
