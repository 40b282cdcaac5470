#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ktc::ui {

// The confirmation before deleting a tenant: says what Kestra removes and what it keeps, and
// enables Delete only once the tenant id has been typed.
class DeleteTenantDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteTenantDialog(const QString& tenantId, const QString& tenantName, QWidget* parent = nullptr);

    void setBusy(bool busy);
    void showError(const QString& message);

signals:
    void deleteConfirmed(const QString& tenantId);

private:
    void updateButton();

    QString m_tenantId;
    QLineEdit* m_confirm = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_error = nullptr;
    bool m_busy = false;
};

} // namespace ktc::ui
