#pragma once

#include "api/ApiError.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTimer;

namespace ktc::api {
class ApiClient;
}

namespace ktc::ui {

// Gives an existing account (e.g. from another tenant) access to this tenant, by e-mail; the
// addresses are completed from the tenant's user autocomplete (tenant-access/autocomplete).
class AddExistingUserDialog : public QDialog
{
    Q_OBJECT
public:
    // `client` null: no completion.
    AddExistingUserDialog(api::ApiClient* client, const QString& tenantId, QWidget* parent = nullptr);

    QString email() const;
    void setBusy(bool busy);
    void showError(const api::ApiError& error);

signals:
    void addRequested(const QString& email);

private:
    void validate();
    void complete();

    api::ApiClient* m_client;
    QString m_tenantId;
    QLineEdit* m_email = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_add = nullptr;
    QStringListModel* m_suggestions = nullptr;
    QTimer* m_debounce = nullptr;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace ktc::ui
